/** Search-engine and social metadata for an article: schema.org JSON-LD and Open Graph. */
import type { Article } from './types.js';

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
  const ld: NewsArticleJsonLd = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.headline,
    publisher: {
      '@type': 'Organization',
      name: publisher.name,
      ...(publisher.url ? { url: publisher.url } : {}),
      ...(publisher.logo ? { logo: { '@type': 'ImageObject', url: publisher.logo } } : {}),
    },
  };
  if (article.summary) ld.description = article.summary;
  if (article.images.length) ld.image = article.images.map((image) => image.src);
  if (article.publishedAt) ld.datePublished = article.publishedAt;
  if (article.updatedAt) ld.dateModified = article.updatedAt;
  if (article.authors.length) {
    ld.author = article.authors.map((a) => ({ '@type': 'Person', name: a.name, ...(a.url ? { url: a.url } : {}) }));
  }
  if (article.section) ld.articleSection = article.section.name;
  if (article.tags.length) ld.keywords = article.tags;
  if (article.lang) ld.inLanguage = article.lang;
  if (article.url) ld.mainEntityOfPage = article.url;
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
  add('og:url', article.url);
  add('og:site_name', options.siteName);
  if (article.lang) add('og:locale', OG_LOCALES[article.lang.slice(0, 2).toLowerCase()] ?? article.lang);
  for (const image of article.images) {
    add('og:image', image.src);
    add('og:image:alt', image.alt);
    add('og:image:width', image.width);
    add('og:image:height', image.height);
  }
  add('article:published_time', article.publishedAt);
  add('article:modified_time', article.updatedAt);
  add('article:section', article.section?.name);
  for (const author of article.authors) add('article:author', author.url ?? author.name);
  for (const tag of article.tags) add('article:tag', tag);
  return tags;
}
