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

export interface ArticleCardOptions {
  locale: Locale;
  variant?: 'list' | 'featured' | 'compact';
  headingLevel?: 2 | 3 | 4 | 5 | 6;
  timeZone?: string;
  dateFormat?: string;
  /** Rendered absolute on the server; turns "3 ngày trước" after hydration. */
  relative?: boolean;
  /** Link of the headline (default: the article's `url`). */
  href?: string;
}

export function articleCardTemplate(a: Article, o: ArticleCardOptions): TemplateResult {
  const image = a.images[0];
  return html`<gov-article-card
    lang=${o.locale}
    variant=${o.variant ?? 'list'}
    heading-level=${o.headingLevel ?? 3}
    time-zone=${o.timeZone ?? nothing}
    date-format=${o.dateFormat ?? nothing}
    ?relative=${o.relative ?? false}
    headline=${a.headline}
    href=${o.href ?? a.url ?? nothing}
    summary=${a.summary ?? nothing}
    section=${a.section?.name ?? nothing}
    section-href=${a.section?.href ?? nothing}
    author=${a.authors.length ? a.authors.map((x) => x.name).join(', ') : nothing}
    published=${a.publishedAt ?? nothing}
    updated=${a.updatedAt ?? nothing}
    views=${a.viewCount ?? nothing}
    image-src=${image?.src ?? nothing}
    image-alt=${image?.alt ?? nothing}
    image-width=${image?.width ?? nothing}
    image-height=${image?.height ?? nothing}
  ></gov-article-card>`;
}

/**
 * Everything that changes a card's HTML: the article's identity and version (updatedAt, else
 * publishedAt), its view count, and every option. Content edited without a new `updatedAt` is
 * not seen: give edited articles a new `updatedAt`.
 */
export function articleCardKey(a: Article, o: ArticleCardOptions): string {
  return cacheKey(
    'gov-article-card',
    a.id,
    a.updatedAt ?? a.publishedAt,
    a.viewCount,
    o.locale,
    o.variant ?? 'list',
    o.headingLevel ?? 3,
    o.timeZone ?? DEFAULT_TIME_ZONE,
    o.dateFormat ?? DEFAULT_DATE_PATTERN,
    o.relative ?? false,
    o.href ?? a.url,
  );
}

/** The card's HTML, from `cache` when this exact card was rendered before. */
export function renderArticleCard(a: Article, o: ArticleCardOptions, cache: RenderCache): string {
  return cache.render(articleCardKey(a, o), () => articleCardTemplate(a, o));
}

/** The same, as a value for a server template (`html\`<li>${articleCardFragment(…)}</li>\``). */
export function articleCardFragment(a: Article, o: ArticleCardOptions, cache: RenderCache) {
  return cache.fragment(articleCardKey(a, o), () => articleCardTemplate(a, o));
}
