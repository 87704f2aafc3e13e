/** Search-engine and social metadata for an article: schema.org JSON-LD and Open Graph. */
import type { Article } from './types.js';
import { safeUrl, type UrlKind } from './safe-url.js';

export interface Publisher {
  name: string;
  url?: string;
  logo?: string;
}

export interface NewsArticleJsonLd {
  '@context': 'https://schema.org';
  '@type': 'NewsArticle';
  headline: string;
  description?: string;
  image?: string[];
  datePublished?: string;
  dateModified?: string;
  author?: { '@type': 'Person'; name: string; url?: string }[];
  publisher: {
    '@type': 'Organization';
    name: string;
    url?: string;
    logo?: { '@type': 'ImageObject'; url: string };
  };
  articleSection?: string;
  keywords?: string[];
  inLanguage?: string;
  mainEntityOfPage?: string;
  interactionStatistic?: {
    '@type': 'InteractionCounter';
    interactionType: 'https://schema.org/ViewAction';
    userInteractionCount: number;
  };
}

// The article may be typed but not parsed (or built by hand): only values of the right type are
// copied, so a BigInt, a circular object or a list nested 10,000 deep never reaches JSON.stringify.
const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : undefined);
const count = (value: unknown) =>
  Number.isSafeInteger(value) && (value as number) >= 0 ? (value as number) : undefined;
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const field = (value: unknown, key: string): unknown =>
  value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;

export interface SiteOptions {
  /**
   * The site's address (absolute http or https), e.g. `https://quangtrung.gov.vn/`. Search engines
   * and share cards need absolute URLs: relative ones in the article (its `url`, image sources,
   * author pages) are resolved against it. Without it they are copied as they are.
   */
  baseUrl?: string;
}

/**
 * A URL `safeUrl` accepts, made absolute against `baseUrl` when one is given (and is itself an
 * absolute http or https URL); undefined for anything `safeUrl` refuses.
 */
export function absoluteUrl(url: unknown, baseUrl: string | undefined, kind?: UrlKind): string | undefined {
  const safe = safeUrl(url, kind);
  if (safe === undefined || !baseUrl || !/^https?:\/\//i.test(baseUrl)) return safe;
  try {
    return new URL(safe, baseUrl).href;
  } catch {
    return safe;
  }
}

/** Dates are copied as written (ISO 8601 with offset), never re-expressed in UTC. */
export function toNewsArticleJsonLd(
  article: Article,
  options: SiteOptions & { publisher: Publisher },
): NewsArticleJsonLd {
  const { publisher, baseUrl } = options;
  // URLs are checked here too: a typed Article or a publisher from configuration may not have
  // gone through the parser, and these URLs end up as links in search results and share cards.
  const publisherUrl = absoluteUrl(publisher.url, baseUrl);
  const logo = absoluteUrl(publisher.logo, baseUrl, 'image');
  const images = list(article.images)
    .map((image) => absoluteUrl(field(image, 'src'), baseUrl, 'image'))
    .filter((src) => src !== undefined);
  const ld: NewsArticleJsonLd = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: text(article.headline) ?? '',
    publisher: {
      '@type': 'Organization',
      name: text(publisher.name) ?? '',
      ...(publisherUrl ? { url: publisherUrl } : {}),
      ...(logo ? { logo: { '@type': 'ImageObject', url: logo } } : {}),
    },
  };
  const summary = text(article.summary);
  if (summary) ld.description = summary;
  if (images.length) ld.image = images;
  const published = text(article.publishedAt);
  if (published) ld.datePublished = published;
  const updated = text(article.updatedAt);
  if (updated) ld.dateModified = updated;
  const authors = list(article.authors).filter((author) => text(field(author, 'name')));
  if (authors.length) {
    ld.author = authors.map((author) => {
      const url = absoluteUrl(field(author, 'url'), baseUrl);
      return { '@type': 'Person', name: text(field(author, 'name'))!, ...(url ? { url } : {}) };
    });
  }
  const section = text(field(article.section, 'name'));
  if (section) ld.articleSection = section;
  const keywords = list(article.tags).filter((tag): tag is string => text(tag) !== undefined);
  if (keywords.length) ld.keywords = keywords;
  const lang = text(article.lang);
  if (lang) ld.inLanguage = lang;
  const pageUrl = absoluteUrl(article.url, baseUrl);
  if (pageUrl) ld.mainEntityOfPage = pageUrl;
  const views = count(article.viewCount);
  if (views !== undefined) {
    ld.interactionStatistic = {
      '@type': 'InteractionCounter',
      interactionType: 'https://schema.org/ViewAction',
      userInteractionCount: views,
    };
  }
  return ld;
}

/**
 * JSON for a `<script type="application/ld+json">`: `<`, `>`, `&` and the JS line separators
 * are escaped so that no headline can close the script element.
 */
export function serializeJsonLd(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

export interface MetaTag {
  property: string;
  content: string;
}

const OG_LOCALES: Record<string, string> = { vi: 'vi_VN', en: 'en_US' };

export function toOpenGraph(article: Article, options: SiteOptions & { siteName?: string } = {}): MetaTag[] {
  const { baseUrl } = options;
  const tags: MetaTag[] = [
    { property: 'og:type', content: 'article' },
    { property: 'og:title', content: text(article.headline) ?? '' },
  ];
  const add = (property: string, content: unknown) => {
    const value = typeof content === 'number' && Number.isFinite(content) ? String(content) : text(content);
    if (value !== undefined) tags.push({ property, content: value });
  };
  add('og:description', article.summary);
  add('og:url', absoluteUrl(article.url, baseUrl));
  add('og:site_name', options.siteName);
  const lang = text(article.lang);
  if (lang) add('og:locale', OG_LOCALES[lang.slice(0, 2).toLowerCase()] ?? lang);
  for (const image of list(article.images)) {
    const src = absoluteUrl(field(image, 'src'), baseUrl, 'image');
    if (!src) continue;
    add('og:image', src);
    add('og:image:alt', field(image, 'alt'));
    add('og:image:width', field(image, 'width'));
    add('og:image:height', field(image, 'height'));
  }
  add('article:published_time', article.publishedAt);
  add('article:modified_time', article.updatedAt);
  add('article:section', field(article.section, 'name'));
  for (const author of list(article.authors)) {
    add('article:author', absoluteUrl(field(author, 'url'), baseUrl) ?? field(author, 'name'));
  }
  for (const tag of list(article.tags)) add('article:tag', tag);
  return tags;
}
