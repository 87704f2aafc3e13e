/** The rules of an article's own fields and of its images (see rules.ts). */
import { count, date, number, text, url, type FieldTable } from './rules.js';
import type { Article, ArticleImage } from './types.js';

/** An article's own fields; `id` (a string or a number), lists and the section are read by the parsers. */
export const ARTICLE_FIELDS: FieldTable<Article> = {
  slug: text(),
  headline: text(true),
  summary: text(),
  url: url(),
  publishedAt: date(),
  updatedAt: date(),
  viewCount: count(),
  sourceCredit: text(),
  lang: text(),
};

/** `alt` is read by the parsers: it may be empty (a decorative image) and is kept as written. */
export const IMAGE_FIELDS: FieldTable<ArticleImage> = {
  src: url('image', true),
  caption: text(),
  width: number({ min: 1, whole: true }),
  height: number({ min: 1, whole: true }),
};
