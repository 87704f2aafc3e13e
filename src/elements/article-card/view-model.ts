/**
 * The card's view model, apart from its template and free of the DOM: `readArticleCard` checks
 * the inputs and formats the dates (once per change of the data), `articleCardView` turns that
 * into what the card shows in a language and a variant (on every render).
 */
import { portalDate } from '../../format/dates.js';
import { relativeTime } from '../../format/relative.js';
import { formatCount } from '../../format/numbers.js';
import type { Locale } from '../../format/locale.js';
import type { Issue } from '../../model/types.js';
import { describeValue } from '../../model/describe.js';
import { viewCount } from '../../sources/view-count.js';
import { messages as counterMessages } from '../view-counter/messages.js';
import { articleCardAttributes, type UncheckedAttributes } from './attributes.js';
import { isGiven, positiveInteger, problem, string, text, url, object } from './checks.js';
import { messages } from './messages.js';

export type ArticleCardVariant = 'list' | 'featured' | 'compact';

/** Everything the card reads its content from, each value of any type until checked. */
export interface ArticleCardInput {
  /** The `article` property: when it is an object, it wins over the content attributes. */
  article: unknown;
  attributes: UncheckedAttributes;
  headingLevel: unknown;
  dateFormat: unknown;
  timeZone: unknown;
}

/** A date the card shows: the portal text, `<time datetime>` (with its offset) and the instant. */
export interface CardDate {
  text: string;
  datetime: string;
  date: Date;
}

/** A `<time>` the server printed (or anything of its shape). */
export interface PrintedDate {
  readonly textContent: string | null;
  readonly dateTime: string;
}

/** The card's content, checked and with its dates formatted. */
export interface ArticleCardContent {
  /** '' when there is none (the card then shows "Untitled article"). */
  headline: string;
  href?: string | undefined;
  summary?: string | undefined;
  section?: string | undefined;
  sectionHref?: string | undefined;
  /** The authors' names, joined. */
  byline?: string | undefined;
  image?: CardImage | undefined;
  published?: CardDate | undefined;
  updated?: CardDate | undefined;
  views?: number | undefined;
  /** 2–6. */
  headingLevel: number;
}

export interface CardImage {
  src: string;
  /** '' when missing (reported): the image is then decorative. */
  alt: string;
  width?: number | undefined;
  height?: number | undefined;
}

/** The dates the server printed, read while hydrating; each is used when it shows the same instant. */
export interface PrintedDates {
  published?: PrintedDate | undefined;
  updated?: PrintedDate | undefined;
}

/**
 * Reads the card's inputs into its content, and lists what is wrong. Issue paths are attribute
 * names, also when the data came from `article`. Never throws: a getter or a Proxy trap in the
 * article that throws gives the fallback content and an `article` issue.
 */
export function readArticleCard(
  input: ArticleCardInput,
  printed: PrintedDates = {},
): { content: ArticleCardContent; issues: Issue[] } {
  const issues: Issue[] = [];
  const dateOptions = {
    pattern: string(issues, 'date-format', input.dateFormat) || undefined,
    timeZone: string(issues, 'time-zone', input.timeZone) || undefined,
  };
  const attributes = attributesOf(input, issues);

  const readDate = (path: 'published' | 'updated'): CardDate | undefined => {
    const iso = string(issues, path, attributes[path]);
    if (!iso) return undefined;
    // Hydrating: the date as the server printed it, when it is the same instant (the server
    // prints whole seconds). A bad date has no <time>: it is read below, with its issue.
    const served = printed[path];
    if (served && Date.parse(served.dateTime) / 1000 == Math.floor(Date.parse(iso) / 1000)) {
      return { text: served.textContent ?? '', datetime: served.dateTime, date: new Date(served.dateTime) };
    }
    const formatted = portalDate(iso, dateOptions);
    if (formatted.ok) return formatted;
    problem(issues, path, 'date', formatted.reason);
    return undefined;
  };

  // Read in this order, which is the order of the issues.
  const content: ArticleCardContent = {
    headline: text(issues, 'headline', attributes.headline, 'no headline') ?? '',
    href: url(issues, 'href', attributes.href),
    summary: text(issues, 'summary', attributes.summary),
    section: text(issues, 'section', attributes.section),
    sectionHref: url(issues, 'section-href', attributes['section-href']),
    byline: text(issues, 'author', attributes.author),
    image: readImage(attributes, issues),
    published: readDate('published'),
    updated: readDate('updated'),
    views: readViews(attributes.views, issues),
    headingLevel: readHeadingLevel(input.headingLevel, issues),
  };
  return { content, issues };
}

/** The attributes, or the article's fields under their names when `article` is an object. */
function attributesOf(input: ArticleCardInput, issues: Issue[]): UncheckedAttributes {
  try {
    const article = object(issues, 'article', input.article);
    return article ? articleCardAttributes(article, issues) : input.attributes;
  } catch {
    // A getter or a Proxy trap threw: the card shows its fallback and the exception stays here.
    problem(issues, 'article', 'unreadable', 'a field could not be read (a getter or a Proxy threw)');
    return {};
  }
}

/** The image when its URL is safe, with its alt text and the sizes that are positive integers. */
function readImage(attributes: UncheckedAttributes, issues: Issue[]): CardImage | undefined {
  const src = url(issues, 'image-src', attributes['image-src'], 'image');
  const width = attributes['image-width'];
  const height = attributes['image-height'];
  const image = src && {
    src,
    alt: text(issues, 'image-alt', attributes['image-alt'], 'no alt text') ?? '',
    width: positiveInteger(width),
    height: positiveInteger(height),
  };
  if ((isGiven(width) && !positiveInteger(width)) || (isGiven(height) && !positiveInteger(height))) {
    problem(issues, 'image-width', 'type', 'not a positive integer');
  }
  return image || undefined;
}

function readViews(views: unknown, issues: Issue[]): number | undefined {
  const count = viewCount(views);
  if (isGiven(views) && count === undefined) {
    problem(issues, 'views', 'type', `not a non-negative integer: ${describeValue(views)}`);
  }
  return count;
}

/** 2–6; 3 for anything else, which is reported. */
function readHeadingLevel(level: unknown, issues: Issue[]): number {
  // isInteger first: `>=` would turn an object into a primitive (which can throw or recurse).
  if (Number.isInteger(level) && (level as number) >= 2 && (level as number) <= 6) return level as number;
  problem(issues, 'heading-level', 'range', `not 2–6: ${describeValue(level)}`);
  return 3;
}

/** How to show the content: the language, the variant, and whether dates are relative yet. */
export interface ArticleCardDisplay {
  locale: Locale;
  /** Any value: anything but `featured` and `compact` is `list`. */
  variant: unknown;
  /**
   * The time relative dates are counted from, when the card shows them ("3 ngày trước"); without
   * it the date is absolute (on the server, in the first client render and without `relative`).
   */
  now?: number | undefined;
  /** While hydrating: the count's `<data>` as the server printed it (or anything of its shape)... */
  printedCount?: { readonly value: string; readonly textContent: string | null } | undefined;
  /** ...in this language: the server knows only the `lang` attribute. */
  printedLocale?: Locale | undefined;
}

/** What the card shows: the content in a language and a variant. `render` lays it out. */
export interface ArticleCardView extends Omit<ArticleCardContent, 'published' | 'updated' | 'views'> {
  variant: ArticleCardVariant;
  /** "Ngày đăng 15/03/2023 | 19:52 | 55 lượt xem · Cập nhật …": only the parts that exist. */
  dateLine?: DateLine | undefined;
  image?: ShownImage | undefined;
}

export interface DateLine {
  /** "Ngày đăng" and the date; when the date is relative ("3 ngày trước"), `title` is the absolute one. */
  published?: (CardDate & { label: string; title?: string | undefined }) | undefined;
  /** The count with `gov-view-counter`'s words: "55" and "lượt xem". */
  views?: { value: number; text: string; label: string } | undefined;
  /** "Cập nhật" and the date. */
  updated?: (CardDate & { label: string }) | undefined;
}

export interface ShownImage extends CardImage {
  loading: 'eager' | 'lazy';
  fetchPriority?: 'high' | undefined;
}

/** What the card shows for `content` in a language and a variant. */
export function articleCardView(content: ArticleCardContent, display: ArticleCardDisplay): ArticleCardView {
  const words = messages[display.locale];
  // Compared strictly: `==` would turn an object into a primitive (which can throw or recurse).
  const variant = display.variant === 'featured' || display.variant === 'compact' ? display.variant : 'list';
  // The compact variant is one line: no image, summary or byline.
  const full = variant != 'compact';
  // The featured image is the page's main one: it loads first, not when scrolled to.
  const featured = variant == 'featured';
  const loading = featured ? 'eager' : 'lazy';
  const fetchPriority = featured ? 'high' : undefined;
  const { image, byline } = content;
  return {
    ...content,
    variant,
    headline: content.headline || words.untitled,
    dateLine: dateLine(content, display),
    summary: full ? content.summary : undefined,
    byline: full && byline ? words.by(byline) : undefined,
    image: full && image ? { ...image, loading, fetchPriority } : undefined,
  };
}

/** The date line, or undefined when the card has no date and no count. */
function dateLine(content: ArticleCardContent, display: ArticleCardDisplay): DateLine | undefined {
  const { published, updated, views } = content;
  if (!published && !updated && views === undefined) return undefined;
  const { locale, now } = display;
  const words = messages[locale];
  // Relative, the absolute date moves to the title.
  const relative = published && now !== undefined ? relativeTime(published.date, now, locale) : '';
  return {
    published: published && {
      ...published,
      label: words.published,
      text: relative || published.text,
      title: relative ? published.text : undefined,
    },
    views: views === undefined ? undefined : shownCount(views, display),
    updated: updated && { ...updated, label: words.updated },
  };
}

/** The count with `gov-view-counter`'s words. */
function shownCount(views: number, display: ArticleCardDisplay): DateLine['views'] {
  const { locale, printedCount } = display;
  // Hydrating, the count as the server printed it: no Intl call (ICU start-up) while hydrating.
  const printed = printedCount?.value == String(views) && display.printedLocale == locale;
  return {
    value: views,
    text: printed ? (printedCount.textContent ?? '') : formatCount(views, { locale }),
    label: counterMessages[locale].label(views),
  };
}
