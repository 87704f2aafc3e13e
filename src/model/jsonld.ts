/** Search-engine and social metadata for an article: schema.org JSON-LD and Open Graph. */
import type { Article } from './types.js';
import { safeUrl } from './safe-url.js';

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

/** Dates are copied as written (ISO 8601 with offset), never re-expressed in UTC. */
export function toNewsArticleJsonLd(article: Article, options: { publisher: Publisher }): NewsArticleJsonLd {
  const { publisher } = options;
  // URLs are checked here too: a typed Article or a publisher from configuration may not have
  // gone through the parser, and these URLs end up as links in search results and share cards.
  const publisherUrl = safeUrl(publisher.url);
  const logo = safeUrl(publisher.logo, 'image');
  const images = list(article.images)
    .map((image) => safeUrl(field(image, 'src'), 'image'))
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
      const url = safeUrl(field(author, 'url'));
      return { '@type': 'Person', name: text(field(author, 'name'))!, ...(url ? { url } : {}) };
    });
  }
  const section = text(field(article.section, 'name'));
  if (section) ld.articleSection = section;
  const keywords = list(article.tags).filter((tag): tag is string => text(tag) !== undefined);
  if (keywords.length) ld.keywords = keywords;
  const lang = text(article.lang);
  if (lang) ld.inLanguage = lang;
  const pageUrl = safeUrl(article.url);
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

export function toOpenGraph(article: Article, options: { siteName?: string } = {}): MetaTag[] {
  const tags: MetaTag[] = [
    { property: 'og:type', content: 'article' },
    { property: 'og:title', content: text(article.headline) ?? '' },
  ];
  const add = (property: string, content: unknown) => {
    const value = typeof content === 'number' && Number.isFinite(content) ? String(content) : text(content);
    if (value !== undefined) tags.push({ property, content: value });
  };
  add('og:description', article.summary);
  add('og:url', safeUrl(article.url));
  add('og:site_name', options.siteName);
  const lang = text(article.lang);
  if (lang) add('og:locale', OG_LOCALES[lang.slice(0, 2).toLowerCase()] ?? lang);
  for (const image of list(article.images)) {
    const src = safeUrl(field(image, 'src'), 'image');
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
    add('article:author', safeUrl(field(author, 'url')) ?? field(author, 'name'));
  }
  for (const tag of list(article.tags)) add('article:tag', tag);
  return tags;
}
