import { defineElement } from '../shared/define.js';
import { GovArticleCard, type ArticleCardVariant } from './gov-article-card.js';

// The card prints its view count itself (the same markup and words as gov-view-counter): it
// never reads or reports counts, so it does not carry the counter's network code.
defineElement('gov-article-card', GovArticleCard);

// The detail of the `gov-error` event (the generated JSX and Vue types import it from here).
export type { GovErrorDetail } from '../shared/events.js';
export { GovArticleCard, type ArticleCardVariant };

declare global {
  interface HTMLElementTagNameMap {
    'gov-article-card': GovArticleCard;
  }
}
