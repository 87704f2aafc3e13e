import { defineElement } from '../shared/define.js';
// The card shows its count through gov-view-counter: one entry defines both.
import '../view-counter/define.js';
import { GovArticleCard, type ArticleCardVariant } from './gov-article-card.js';

defineElement('gov-article-card', GovArticleCard);

export { GovArticleCard, type ArticleCardVariant };
export { GovViewCounter, type ViewCountDetail } from '../view-counter/define.js';

declare global {
  interface HTMLElementTagNameMap {
    'gov-article-card': GovArticleCard;
  }
}
