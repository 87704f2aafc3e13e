import type { Article } from '../../model/types.js';
import type { Issue } from '../../model/types.js';
import { list, object, string } from './checks.js';

/**
 * The card's content attributes, by attribute name: what the server writes on the tag for an
 * article, and what the card shows.
 */
export interface ArticleCardAttributes {
  headline?: string;
  href?: string;
  summary?: string;
  section?: string;
  'section-href'?: string;
  author?: string;
  published?: string;
  updated?: string;
  views?: number;
  'image-src'?: string;
  'image-alt'?: string;
  'image-width'?: number;
  'image-height'?: number;
}

/** The same attributes as the card receives them from script: any value of any type, unchecked. */
export type UncheckedAttributes = { [name in keyof ArticleCardAttributes]?: unknown };

/**
 * The one mapping from an `Article` to the card's attributes, used by the server to write the tag
 * and by the card to read its `article` property. The card passes its `issues`: an article set
 * from script can hold anything, and a nested value of the wrong shape (images that are not a
 * list, an author that is not an object, a name that is not text) is reported under the
 * attribute's name in `issues` and left out. The other values are passed on as they are, to be checked with
 * the attributes. A getter that throws is not caught here: the card catches it.
 */
export function articleCardAttributes(article: Article): ArticleCardAttributes;
export function articleCardAttributes(
  article: Readonly<Record<string, unknown>>,
  issues: Issue[],
): UncheckedAttributes;
export function articleCardAttributes(
  article: { readonly [field in keyof Article]?: unknown },
  issues: Issue[] = [],
): UncheckedAttributes {
  const image = object(issues, 'image-src', list(issues, 'image-src', article.images)[0]);
  const section = object(issues, 'section', article.section);
  const names = list(issues, 'author', article.authors).map((author) =>
    string(issues, 'author', object(issues, 'author', author)?.name),
  );
  return {
    headline: article.headline,
    href: article.url,
    summary: article.summary,
    section: section?.name,
    'section-href': section?.href,
    author: names.filter(Boolean).join(', ') || undefined,
    published: article.publishedAt,
    updated: article.updatedAt,
    views: article.viewCount,
    'image-src': image?.src,
    'image-alt': image?.alt,
    'image-width': image?.width,
    'image-height': image?.height,
  };
}
