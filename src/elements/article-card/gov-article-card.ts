import { html, nothing, isServer, type PropertyValues } from 'lit';
import { GovElement } from '../shared/gov-element.js';
import { clock } from '../../format/clock.js';
import { relativeTime } from '../../format/relative.js';
import { portalDate } from '../../format/dates.js';
import { safeUrl } from '../../model/safe-url.js';
import type { Article, Issue } from '../../model/types.js';
import { describeValue } from '../../model/describe.js';
import { formatCount } from '../../format/numbers.js';
import { resolveLocale } from '../../format/locale.js';
import { viewCount } from '../../sources/view-count.js';
import { messages as counterMessages } from '../view-counter/messages.js';
import { messages } from './messages.js';
import { styles } from './styles.js';

export type ArticleCardVariant = 'list' | 'featured' | 'compact';

type Dated = { text: string; datetime: string; date: Date };

/** What the card shows, read once per change of its data (not per render). */
interface CardData {
  headline: string;
  href?: string | undefined;
  summary?: string | undefined;
  image?: { src: string; alt: string; width?: number | undefined; height?: number | undefined } | undefined;
  section?: string | undefined;
  sectionHref?: string | undefined;
  byline?: string | undefined;
  date?: Dated | undefined;
  updated?: Dated | undefined;
  views?: number | undefined;
  level: number;
}

/** The content the card reads, from the article or the attributes, each of any type until checked. */
type Fields = Partial<Record<ContentProperty, unknown>>;
type ContentProperty =
  | 'headline'
  | 'href'
  | 'summary'
  | 'section'
  | 'sectionHref'
  | 'author'
  | 'published'
  | 'updatedAt'
  | 'views'
  | 'imageSrc'
  | 'imageAlt'
  | 'imageWidth'
  | 'imageHeight';

/** Properties that only change how the data is shown; any other change means reading it again. */
const VIEW = ['lang', 'variant', 'relative'];

const size = (v: unknown): number | undefined =>
  Number.isSafeInteger(v) && (v as number) > 0 ? (v as number) : undefined;
const given = (v: unknown) => v != null && v !== '';

function heading(level: number, content: unknown) {
  // One template per tag: Lit cannot bind a tag name (and the level is checked to be 2–6).
  // prettier-ignore
  switch (level) {
    case 2: return html`<h2 part="headline">${content}</h2>`;
    case 4: return html`<h4 part="headline">${content}</h4>`;
    case 5: return html`<h5 part="headline">${content}</h5>`;
    case 6: return html`<h6 part="headline">${content}</h6>`;
    default: return html`<h3 part="headline">${content}</h3>`;
  }
}

/**
 * An article teaser: the headline is its one link (the card is never wrapped in an anchor),
 * `<time datetime>` with the portal format, the view count, image, summary, section, byline.
 * Takes an `Article` through the `article` property, or plain attributes for tag-only use;
 * `article` wins over the content attributes (all of them are then ignored).
 *
 * @tagname gov-article-card
 * @summary Article teaser for news lists: list, featured and compact variants.
 *
 * @attr {string} headline - The headline (required; a readable fallback and `gov-error` without it).
 * @attr {string} href - Link of the headline: http(s) or relative; anything else renders the headline without a link.
 * @attr {string} summary - Teaser text, clamped to `--gov-card-summary-lines` lines.
 * @attr {string} image-src - http(s), relative or `data:image/…`.
 * @attr {string} image-alt - Alternative text of the image.
 * @attr {number} image-width - Intrinsic width in pixels (reserves space: no layout shift).
 * @attr {number} image-height - Intrinsic height in pixels.
 * @attr {string} section - Section name ("Tin tức").
 * @attr {string} section-href - Section link (a link only when safe).
 * @attr {string} author - Byline.
 * @attr {string} published - ISO 8601 with offset, e.g. `2023-03-15T19:52:00+07:00`.
 * @attr {string} updated - ISO 8601 with offset.
 * @attr {number} views - View count (non-negative integer): "55 lượt xem" / "55 views", grouped per locale, the number in `<data value>`.
 * @attr {number} heading-level - 2–6, default 3.
 * @attr {'list'|'featured'|'compact'} variant - Default `list`. `featured` loads its image eagerly with `fetchpriority="high"`; `compact` is one line with no image or summary.
 * @attr {string} date-format - Pattern of yyyy, yy, MM, M, dd, d, HH, H, mm, m, ss, s and 'quoted text'; default `dd/MM/yyyy | HH:mm`.
 * @attr {string} time-zone - IANA zone the date is printed in; default `Asia/Ho_Chi_Minh` (server and browser print the same).
 * @attr {boolean} relative - After hydration, "3 ngày trước" / "3 days ago" with the absolute date in `title`; the server and the first client render show the absolute date.
 * @attr {string} lang - `vi` or `en`; else the closest `[lang]`, else the document's (on the server: `vi` unless given).
 *
 * @fires gov-error - `{ source, issues }` when data is missing, unsafe or of the wrong type (no headline, unsafe URL, bad date, bad count, a list where text belongs…); the card still renders. Any value, of any type, is reported, never thrown.
 *
 * @csspart article - The `<article>`.
 * @csspart body - Everything but the image.
 * @csspart section - The section name (a link when `section-href` is safe).
 * @csspart headline - The `<h2>`…`<h6>`.
 * @csspart link - The headline's link.
 * @csspart meta - The date line ("Ngày đăng 15/03/2023 | 19:52 | 55 lượt xem").
 * @csspart published-label - "Ngày đăng" / "Published".
 * @csspart date - The `<time>` of publication.
 * @csspart views - The view count (the same markup and wording as `gov-view-counter`, without its network code).
 * @csspart views-count - The number (a `<data>` element).
 * @csspart views-label - The word after it ("lượt xem" / "views").
 * @csspart updated - "Cập nhật …" / "Updated …".
 * @csspart image - The `<img>`.
 * @csspart summary - The summary paragraph.
 * @csspart byline - The byline paragraph.
 *
 * @cssproperty [--gov-card-text=var(--gov-color-text, #1b1b1b)] - Text colour.
 * @cssproperty [--gov-card-muted=var(--gov-color-text-muted, #595959)] - Date line and byline colour.
 * @cssproperty [--gov-card-border=var(--gov-color-border, #c9c9c9)] - Rule under the card.
 * @cssproperty [--gov-card-gap=1rem] - Space between image and text.
 * @cssproperty [--gov-card-link=var(--gov-color-link, #0b4ea2)] - Headline and section link colour.
 * @cssproperty [--gov-card-focus=var(--gov-color-focus, #0b4ea2)] - Focus outline colour.
 * @cssproperty [--gov-card-headline-size=1.125rem] - Headline size (list and compact).
 * @cssproperty [--gov-card-featured-headline-size=1.5rem] - Headline size (featured).
 * @cssproperty [--gov-card-image-width=35%] - Image width in the list variant (full width in featured and in a card narrower than 30rem).
 * @cssproperty [--gov-card-image-ratio=16/9] - Image aspect ratio (the image is cropped to it).
 * @cssproperty [--gov-card-summary-lines=3] - Lines of summary before it is clamped.
 * @cssproperty [--gov-view-counter-count-weight=600] - Weight of the view count's number (the same property as on `gov-view-counter`).
 */
export class GovArticleCard extends GovElement {
  static override styles = styles;

  static override properties = {
    article: { attribute: false },
    headline: {},
    href: {},
    summary: {},
    imageSrc: { attribute: 'image-src' },
    imageAlt: { attribute: 'image-alt' },
    imageWidth: { attribute: 'image-width', type: Number },
    imageHeight: { attribute: 'image-height', type: Number },
    section: {},
    sectionHref: { attribute: 'section-href' },
    author: {},
    published: {},
    updatedAt: { attribute: 'updated' },
    views: { type: Number },
    headingLevel: { attribute: 'heading-level', type: Number },
    variant: {},
    dateFormat: { attribute: 'date-format' },
    timeZone: { attribute: 'time-zone' },
    relative: { type: Boolean },
  };

  /** The article to show; wins over the content attributes. */
  declare article: Article | undefined;
  declare headline: string | undefined;
  declare href: string | undefined;
  declare summary: string | undefined;
  declare imageSrc: string | undefined;
  declare imageAlt: string | undefined;
  declare imageWidth: number | undefined;
  declare imageHeight: number | undefined;
  declare section: string | undefined;
  declare sectionHref: string | undefined;
  declare author: string | undefined;
  declare published: string | undefined;
  /** ISO 8601 with offset (attribute `updated`; `updated` itself is Lit's lifecycle method). */
  declare updatedAt: string | undefined;
  declare views: number | undefined;
  declare headingLevel: number;
  declare variant: ArticleCardVariant;
  declare dateFormat: string | undefined;
  declare timeZone: string | undefined;
  declare relative: boolean;

  #d: CardData = { headline: '', level: 3 };
  #relative = '';
  #count = '';
  #unsubscribe: (() => void) | undefined;

  constructor() {
    super();
    this.headingLevel = 3;
    this.variant = 'list';
    this.relative = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (isServer) return;
    // One shared clock for every card; the first render stays absolute (it must match the
    // server's HTML), the next one turns relative.
    const tick = () => this.relative && this.requestUpdate();
    this.#unsubscribe = clock.subscribe(tick);
    void this.updateComplete.then(tick);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#unsubscribe?.();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if ([...changed.keys()].some((k) => !VIEW.includes(k as string))) this.#d = this.#read();
    const { date, views } = this.#d;
    const locale = this.locale;
    this.#relative =
      this.relative && this.hasUpdated && date ? relativeTime(date.date, clock.now(), locale) : '';
    // The server printed the count in the language of the `lang` attribute (all it knows).
    const printed = this.#printed<HTMLDataElement>(
      '[part=views-count]',
      (e) => e.value == String(views) && resolveLocale(this.getAttribute('lang')) == locale,
    );
    this.#count = printed?.textContent ?? formatCount(views, { locale });
  }

  /**
   * While hydrating (the first update of a server-rendered card), the element the server printed
   * for `selector` when `shows` says it shows the current value; else nothing. The card takes its
   * dates and count from there instead of formatting them again, which keeps a page's first Intl
   * call (ICU start-up, 40–185 ms in Chromium) off hydration. Checked first, not trusted: a
   * property set on the client before the card was defined must be formatted (and checked).
   */
  #printed<E extends Element>(selector: string, shows: (printed: E) => boolean): E | undefined {
    const printed = isServer || this.hasUpdated ? null : this.renderRoot?.querySelector<E>(selector);
    return printed && shows(printed) ? printed : undefined;
  }

  /**
   * Reads the article (or the attributes) into what the card shows, and reports what is wrong.
   * Issue paths are the attribute names, also when the data came from `article`. Any value at all
   * can arrive here (a Symbol, a list nested 10,000 deep, a getter that throws): values are checked
   * by type and named with `describeValue`, never turned into text with `String()` or `${}`.
   */
  #read(): CardData {
    const issues: Issue[] = [];
    const problem = (path: string, code: string, message: string) => issues.push({ path, code, message });
    /** The value when it is a string; anything else that was given is reported. */
    const string = (path: string, value: unknown): string | undefined => {
      if (typeof value == 'string') return value;
      if (given(value)) problem(path, 'type', `not text: ${describeValue(value)}`);
    };
    /** Trimmed text; when `required` (the message) and there is none, that is reported too. */
    const text = (path: string, value: unknown, required?: string) => {
      const trimmed = string(path, value)?.trim();
      // A value of the wrong type has been reported by `string` already.
      if (!trimmed && required && (typeof value == 'string' || !given(value)))
        problem(path, 'required', required);
      return trimmed || undefined;
    };
    /** The value when it is an object (not a list); anything else that was given is reported. */
    const object = (path: string, value: unknown): Record<string, unknown> | undefined => {
      if (value && typeof value == 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
      if (given(value)) problem(path, 'type', `not an object: ${describeValue(value)}`);
    };
    /** The value when it is a list; anything else that was given is reported. */
    const list = (path: string, value: unknown): unknown[] => {
      if (Array.isArray(value)) return value;
      if (given(value)) problem(path, 'type', `not a list: ${describeValue(value)}`);
      return [];
    };
    const url = (path: string, value: unknown, kind?: 'image') => {
      const candidate = string(path, value);
      const safe = safeUrl(candidate, kind);
      if (candidate && !safe) problem(path, 'unsafe-url', `unsafe URL: ${candidate.slice(0, 40)}`);
      return safe;
    };
    const pattern = string('date-format', this.dateFormat) || undefined;
    const timeZone = string('time-zone', this.timeZone) || undefined;
    const date = (path: string, value: unknown, printed: string): Dated | undefined => {
      const iso = string(path, value);
      if (!iso) return;
      // Hydrating: the date as the server printed it, when it is the same instant (the server
      // prints whole seconds). A bad one has no <time>: it is read below, with its issue.
      const sameInstant = (e: HTMLTimeElement) =>
        Date.parse(e.dateTime) / 1000 == Math.floor(Date.parse(iso) / 1000);
      const t = this.#printed<HTMLTimeElement>(printed, sameInstant);
      if (t) return { text: t.textContent!, datetime: t.dateTime, date: new Date(t.dateTime) };
      const r = portalDate(iso, { pattern, timeZone });
      if (r.ok) return r;
      problem(path, 'date', r.reason);
    };

    // The article's fields under the names of the attributes' properties.
    let s: Fields = this;
    try {
      const a = object('article', this.article);
      if (a) {
        const image = object('image-src', list('image-src', a.images)[0]);
        const section = object('section', a.section);
        // Names that are not text are reported (under `author`) and left out of the byline.
        const names = list('author', a.authors).map((author) =>
          string('author', object('author', author)?.name),
        );
        s = {
          headline: a.headline,
          href: a.url,
          summary: a.summary,
          section: section?.name,
          sectionHref: section?.href,
          author: names.filter(Boolean).join(', '),
          published: a.publishedAt,
          updatedAt: a.updatedAt,
          views: a.viewCount,
          imageSrc: image?.src,
          imageAlt: image?.alt,
          imageWidth: image?.width,
          imageHeight: image?.height,
        };
      }
    } catch {
      // A getter or a Proxy trap threw: the card shows its fallback and the exception stays here.
      problem('article', 'unreadable', 'a field could not be read (a getter or a Proxy threw)');
      s = {};
    }

    const { imageWidth: width, imageHeight: height, views } = s;
    const d: CardData = { headline: text('headline', s.headline, 'no headline') ?? '', level: 3 };
    d.href = url('href', s.href);
    d.summary = text('summary', s.summary);
    d.section = text('section', s.section);
    d.sectionHref = url('section-href', s.sectionHref);
    d.byline = text('author', s.author);
    const src = url('image-src', s.imageSrc, 'image');
    if (src) {
      const alt = text('image-alt', s.imageAlt, 'no alt text');
      d.image = { src, alt: alt ?? '', width: size(width), height: size(height) };
    }
    if ((given(width) && !size(width)) || (given(height) && !size(height)))
      problem('image-width', 'type', 'not a positive integer');
    d.date = date('published', s.published, '[part=date]');
    d.updated = date('updated', s.updatedAt, '[part=updated] time');
    d.views = viewCount(views);
    if (given(views) && d.views === undefined) {
      problem('views', 'type', `not a non-negative integer: ${describeValue(views)}`);
    }
    const level = this.headingLevel;
    // isInteger first: `>=` would turn an object into a primitive (which can throw or recurse).
    if (Number.isInteger(level) && level >= 2 && level <= 6) d.level = level;
    else problem('heading-level', 'range', `not 2–6: ${describeValue(level)}`);
    this.reportIssues(issues);
    return d;
  }

  protected override render() {
    const d = this.#d;
    const m = messages[this.locale];
    // Compared strictly: `==` would turn an object into a primitive (which can throw or recurse).
    const variant = this.variant === 'featured' || this.variant === 'compact' ? this.variant : 'list';
    const featured = variant == 'featured';
    const full = variant != 'compact';
    const image = full && d.image;
    const title = d.headline || m.untitled;
    const { date, updated, views } = d;
    const counter = views !== undefined;
    // Templates are written without indentation: their whitespace would reach every page.
    const section = d.section
      ? d.sectionHref
        ? html`<a part="section" href=${d.sectionHref}>${d.section}</a>`
        : html`<span part="section">${d.section}</span>`
      : nothing;
    const headline = heading(d.level, d.href ? html`<a part="link" href=${d.href}>${title}</a>` : title);
    const published = date
      ? html`<span part="published-label">${m.published}</span>
          <time part="date" datetime=${date.datetime} title=${this.#relative ? date.text : nothing}
            >${this.#relative || date.text}</time
          >`
      : nothing;
    // The count with gov-view-counter's markup, words and parts (the card never fetches counts).
    const count = counter
      ? html`<span part="views"
          ><data part="views-count" value=${views}>${this.#count}</data>
          <span part="views-label">${counterMessages[this.locale].label(views)}</span></span
        >`
      : nothing;
    const edited = updated
      ? html` ·
          <span part="updated">${m.updated} <time datetime=${updated.datetime}>${updated.text}</time></span>`
      : nothing;
    const meta =
      date || updated || counter
        ? html`<p part="meta">${published}${date && counter ? ' | ' : ''}${count}${edited}</p>`
        : nothing;
    const summary = full && d.summary ? html`<p part="summary">${d.summary}</p>` : nothing;
    const byline = full && d.byline ? html`<p part="byline">${m.by(d.byline)}</p>` : nothing;
    const img = image
      ? html`<img
          part="image"
          src=${image.src}
          alt=${image.alt}
          width=${image.width ?? nothing}
          height=${image.height ?? nothing}
          loading=${featured ? 'eager' : 'lazy'}
          fetchpriority=${featured ? 'high' : nothing}
          decoding="async"
        />`
      : nothing;
    return html`<article part="article" class=${variant}>
      <div part="body">${section}${headline}${meta}${summary}${byline}</div>
      ${img}
    </article>`;
  }
}
