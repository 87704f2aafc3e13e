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
  publisher: { '@type': 'Organization'; name: string; url?: string; logo?: { '@type': 'ImageObject'; url: string } };
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

/** Dates are copied as written (ISO 8601 with offset), never re-expressed in UTC. */
export function toNewsArticleJsonLd(article: Article, options: { publisher: Publisher }): NewsArticleJsonLd {
  const { publisher } = options;
  // URLs are checked here too: a typed Article or a publisher from configuration may not have
  // gone through the parser, and these URLs end up as links in search results and share cards.
  const publisherUrl = safeUrl(publisher.url);
  const logo = safeUrl(publisher.logo, 'image');
  const images = article.images.map((image) => safeUrl(image.src, 'image')).filter((src) => src !== undefined);
  const ld: NewsArticleJsonLd = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.headline,
    publisher: {
      '@type': 'Organization',
      name: publisher.name,
      ...(publisherUrl ? { url: publisherUrl } : {}),
      ...(logo ? { logo: { '@type': 'ImageObject', url: logo } } : {}),
    },
  };
  if (article.summary) ld.description = article.summary;
  if (images.length) ld.image = images;
  if (article.publishedAt) ld.datePublished = article.publishedAt;
  if (article.updatedAt) ld.dateModified = article.updatedAt;
  if (article.authors.length) {
    ld.author = article.authors.map((author) => {
      const url = safeUrl(author.url);
      return { '@type': 'Person', name: author.name, ...(url ? { url } : {}) };
    });
  }
  if (article.section) ld.articleSection = article.section.name;
  if (article.tags.length) ld.keywords = article.tags;
  if (article.lang) ld.inLanguage = article.lang;
  const pageUrl = safeUrl(article.url);
  if (pageUrl) ld.mainEntityOfPage = pageUrl;
  if (article.viewCount !== undefined) {
    ld.interactionStatistic = {
      '@type': 'InteractionCounter',
      interactionType: 'https://schema.org/ViewAction',
      userInteractionCount: article.viewCount,
    };
  }
  return ld;
}

/**
 * JSON for a `<script type="application/ld+json">`: `<`, `>`, `&` and the JS line separators
 * are escaped so that no headline can close the script element.
 */
export function serializeJsonLd(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export interface MetaTag {
  property: string;
  content: string;
}

const OG_LOCALES: Record<string, string> = { vi: 'vi_VN', en: 'en_US' };

export function toOpenGraph(article: Article, options: { siteName?: string } = {}): MetaTag[] {
  const tags: MetaTag[] = [
    { property: 'og:type', content: 'article' },
    { property: 'og:title', content: article.headline },
  ];
  const add = (property: string, content: string | number | undefined) => {
    if (content !== undefined && content !== '') tags.push({ property, content: String(content) });
  };
  add('og:description', article.summary);
  add('og:url', safeUrl(article.url));
  add('og:site_name', options.siteName);
  if (article.lang) add('og:locale', OG_LOCALES[article.lang.slice(0, 2).toLowerCase()] ?? article.lang);
  for (const image of article.images) {
    const src = safeUrl(image.src, 'image');
    if (!src) continue;
    add('og:image', src);
    add('og:image:alt', image.alt);
    add('og:image:width', image.width);
    add('og:image:height', image.height);
  }
  add('article:published_time', article.publishedAt);
  add('article:modified_time', article.updatedAt);
  add('article:section', article.section?.name);
  for (const author of article.authors) add('article:author', safeUrl(author.url) ?? author.name);
  for (const tag of article.tags) add('article:tag', tag);
  return tags;
}
