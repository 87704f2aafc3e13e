/**
 * Server rendering of article cards from the model, through the render cache. The card is
 * written with attributes only (properties do not travel in HTML), so the browser hydrates it
 * with the same input the server had.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Article } from '../model/types.js';
import type { Locale } from '../format/locale.js';
import { DEFAULT_TIME_ZONE, DEFAULT_DATE_PATTERN } from '../format/dates.js';
import { RenderCache, cacheKey } from './render-cache.js';
import '../elements/article-card/define.js';
import { articleCardAttributes } from '../elements/article-card/attributes.js';
import type { ArticleCardVariant } from '../elements/article-card/view-model.js';

export interface ArticleCardOptions {
  locale: Locale;
  variant?: ArticleCardVariant;
  headingLevel?: 2 | 3 | 4 | 5 | 6;
  timeZone?: string;
  dateFormat?: string;
  /** Rendered absolute on the server; turns "3 ngày trước" after hydration. */
  relative?: boolean;
  /** Link of the headline (default: the article's `url`). */
  href?: string;
}

/**
 * The card's tag for an article: its attributes from `articleCardAttributes`, the mapping the
 * card itself reads its `article` property through, and the options.
 */
export function articleCardTemplate(article: Article, options: ArticleCardOptions): TemplateResult {
  const attributes = articleCardAttributes(article);
  return html`<gov-article-card
    lang=${options.locale}
    variant=${options.variant ?? 'list'}
    heading-level=${options.headingLevel ?? 3}
    time-zone=${options.timeZone ?? nothing}
    date-format=${options.dateFormat ?? nothing}
    ?relative=${options.relative ?? false}
    headline=${attributes.headline ?? nothing}
    href=${options.href ?? attributes.href ?? nothing}
    summary=${attributes.summary ?? nothing}
    section=${attributes.section ?? nothing}
    section-href=${attributes['section-href'] ?? nothing}
    author=${attributes.author ?? nothing}
    published=${attributes.published ?? nothing}
    updated=${attributes.updated ?? nothing}
    views=${attributes.views ?? nothing}
    image-src=${attributes['image-src'] ?? nothing}
    image-alt=${attributes['image-alt'] ?? nothing}
    image-width=${attributes['image-width'] ?? nothing}
    image-height=${attributes['image-height'] ?? nothing}
  ></gov-article-card>`;
}

/**
 * Everything that changes a card's HTML: the article's identity and version (updatedAt, else
 * publishedAt), its view count, and every option. Content edited without a new `updatedAt` is
 * not seen: give edited articles a new `updatedAt`.
 */
export function articleCardKey(article: Article, options: ArticleCardOptions): string {
  return cacheKey(
    'gov-article-card',
    article.id,
    article.updatedAt ?? article.publishedAt,
    article.viewCount,
    options.locale,
    options.variant ?? 'list',
    options.headingLevel ?? 3,
    options.timeZone ?? DEFAULT_TIME_ZONE,
    options.dateFormat ?? DEFAULT_DATE_PATTERN,
    options.relative ?? false,
    options.href ?? article.url,
  );
}

/** The card's HTML, from `cache` when this exact card was rendered before. */
export function renderArticleCard(article: Article, options: ArticleCardOptions, cache: RenderCache): string {
  return cache.render(articleCardKey(article, options), () => articleCardTemplate(article, options));
}

/** The same, as a value for a server template (`html\`<li>${articleCardFragment(…)}</li>\``). */
export function articleCardFragment(article: Article, options: ArticleCardOptions, cache: RenderCache) {
  return cache.fragment(articleCardKey(article, options), () => articleCardTemplate(article, options));
}
