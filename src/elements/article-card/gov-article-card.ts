import { html, nothing, isServer, type PropertyValues, type TemplateResult } from 'lit';
import { GovElement } from '../shared/gov-element.js';
import { clock } from '../../format/clock.js';
import { formatRelativeTime } from '../../format/relative.js';
import { portalDate, type PortalDate } from '../../format/dates.js';
import { safeUrl } from '../../model/safe-url.js';
import type { Article, Issue } from '../../model/types.js';
import { viewCount } from '../../sources/view-count.js';
import { messages } from './messages.js';
import { styles } from './styles.js';

export type ArticleCardVariant = 'list' | 'featured' | 'compact';

/** What the card shows, read once per change of its data (not per render). */
interface CardData {
  headline: string;
  href?: string | undefined;
  summary?: string | undefined;
  image?: { src: string; alt: string; width?: number | undefined; height?: number | undefined } | undefined;
  section?: string | undefined;
  sectionHref?: string | undefined;
  byline?: string | undefined;
  published?: string | undefined;
  date?: PortalDate & { ok: true };
  updated?: PortalDate & { ok: true };
  views?: number | undefined;
  level: number;
}

/** Properties whose change means the data must be read again. */
const DATA = [
  'article', 'headline', 'href', 'summary', 'imageSrc', 'imageAlt', 'imageWidth', 'imageHeight', 'section',
  'sectionHref', 'author', 'published', 'updatedAt', 'views', 'headingLevel', 'dateFormat', 'timeZone',
];

const text = (v: unknown): string | undefined => (typeof v == 'string' && v.trim()) || undefined;
const size = (v: unknown): number | undefined => (Number.isSafeInteger(v) && (v as number) > 0 ? (v as number) : undefined);

function heading(level: number, content: unknown): TemplateResult {
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
 * @attr {number} views - View count (non-negative integer), shown through `gov-view-counter`.
 * @attr {number} heading-level - 2–6, default 3.
 * @attr {'list'|'featured'|'compact'} variant - Default `list`. `featured` loads its image eagerly with `fetchpriority="high"`; `compact` is one line with no image or summary.
 * @attr {string} date-format - Pattern of yyyy, yy, MM, M, dd, d, HH, H, mm, m, ss, s and 'quoted text'; default `dd/MM/yyyy | HH:mm`.
 * @attr {string} time-zone - IANA zone the date is printed in; default `Asia/Ho_Chi_Minh` (server and browser print the same).
 * @attr {boolean} relative - After hydration, "3 ngày trước" / "3 days ago" with the absolute date in `title`; the server and the first client render show the absolute date.
 * @attr {string} lang - `vi` or `en`; else the closest `[lang]`, else the document's (on the server: `vi` unless given).
 *
 * @fires gov-error - `{ source, issues }` when data is missing or unsafe (no headline, unsafe URL, bad date, bad count…); the card still renders.
 *
 * @csspart article - The `<article>`.
 * @csspart body - Everything but the image.
 * @csspart section - The section name (a link when `section-href` is safe).
 * @csspart headline - The `<h2>`…`<h6>`.
 * @csspart link - The headline's link.
 * @csspart meta - The date line ("Ngày đăng 15/03/2023 | 19:52 | 55 lượt xem").
 * @csspart published-label - "Ngày đăng" / "Published".
 * @csspart date - The `<time>` of publication.
 * @csspart views - The `gov-view-counter`; its parts are exported as `views-count` and `views-label`.
 * @csspart updated - "Cập nhật …" / "Updated …".
 * @csspart image - The `<img>`.
 * @csspart summary - The summary paragraph.
 * @csspart byline - The byline paragraph.
 *
 * @cssproperty [--gov-card-font=var(--gov-font-family, system-ui, sans-serif)] - Font family.
 * @cssproperty [--gov-card-text=var(--gov-color-text, #1b1b1b)] - Text colour.
 * @cssproperty [--gov-card-muted=var(--gov-color-text-muted, #595959)] - Date line and byline colour.
 * @cssproperty [--gov-card-background=var(--gov-color-surface, transparent)] - Background.
 * @cssproperty [--gov-card-border=var(--gov-color-border, #d9d9d9)] - Rule under the card.
 * @cssproperty [--gov-card-padding=0 0 1rem] - Padding of the card.
 * @cssproperty [--gov-card-gap=1rem] - Space between image and text.
 * @cssproperty [--gov-card-link=var(--gov-color-link, #0b4ea2)] - Headline link colour.
 * @cssproperty [--gov-card-link-hover=var(--gov-color-link-hover, #083a7a)] - Headline link colour on hover.
 * @cssproperty [--gov-card-focus=var(--gov-color-focus, #0b4ea2)] - Focus outline colour.
 * @cssproperty [--gov-card-section-color=var(--gov-color-accent, #a51c30)] - Section colour.
 * @cssproperty [--gov-card-headline-size=1.125rem] - Headline size (list).
 * @cssproperty [--gov-card-featured-headline-size=1.5rem] - Headline size (featured).
 * @cssproperty [--gov-card-image-width=min(12rem, 35%)] - Image width in the list variant.
 * @cssproperty [--gov-card-image-ratio=16/9] - Image aspect ratio (the image is cropped to it).
 * @cssproperty [--gov-card-radius=var(--gov-radius, .25rem)] - Image corner radius.
 * @cssproperty [--gov-card-summary-lines=3] - Lines of summary before it is clamped.
 */
export class GovArticleCard extends GovElement {
  static override styles = styles;

  static override properties = {
    ...GovElement.properties,
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
    this.#unsubscribe = clock.subscribe(() => this.relative && this.requestUpdate());
    void this.updateComplete.then(() => this.relative && this.requestUpdate());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (DATA.some((k) => changed.has(k))) this.#d = this.#read();
    const d = this.#d;
    this.#relative =
      this.relative && this.hasUpdated && d.date ? formatRelativeTime(d.published, { now: clock.now(), locale: this.locale }) : '';
  }

  /**
   * Reads the article (or the attributes) into what the card shows, and reports what is wrong.
   * Issue paths are the attribute names, also when the data came from `article`.
   */
  #read(): CardData {
    const issues: Issue[] = [];
    const problem = (path: string, code: string, message: string) => issues.push({ path, code, message });
    const a = this.article && typeof this.article === 'object' ? this.article : undefined;
    const image = a?.images?.[0];
    const [headline, href, summary, imageSrc, imageAlt, width, height, section, sectionHref, author, published, updated, views] = a
      ? [a.headline, a.url, a.summary, image?.src, image?.alt, image?.width, image?.height, a.section?.name, a.section?.href, a.authors?.map((x) => x?.name).join(', '), a.publishedAt, a.updatedAt, a.viewCount]
      : [this.headline, this.href, this.summary, this.imageSrc, this.imageAlt, this.imageWidth, this.imageHeight, this.section, this.sectionHref, this.author, this.published, this.updatedAt, this.views];
    const given = (v: unknown) => v != null && v !== '';
    const url = (value: unknown, kind: 'link' | 'image', path: string) => {
      const safe = safeUrl(value, kind);
      if (given(value) && !safe) problem(path, 'unsafe-url', `unsafe URL: ${String(value).slice(0, 40)}`);
      return safe;
    };
    const date = (value: unknown, path: string) => {
      if (!given(value)) return;
      const r = portalDate(value, { pattern: this.dateFormat || undefined, timeZone: this.timeZone || undefined });
      if (r.ok) return r;
      problem(path, 'date', r.reason);
    };
    const d: CardData = { headline: text(headline) ?? '', level: 3 };
    if (!d.headline) problem('headline', 'required', 'no headline');
    d.href = url(href, 'link', 'href');
    d.summary = text(summary);
    d.section = text(section);
    d.sectionHref = url(sectionHref, 'link', 'section-href');
    d.byline = text(author);
    const src = url(imageSrc, 'image', 'image-src');
    if (src) {
      const alt = text(imageAlt);
      if (!alt) problem('image-alt', 'required', 'no alt text');
      d.image = { src, alt: alt ?? '', width: size(width), height: size(height) };
    }
    if ((given(width) && !size(width)) || (given(height) && !size(height))) problem('image-width', 'type', 'not a positive integer');
    d.published = published as string;
    d.date = date(published, 'published');
    d.updated = date(updated, 'updated');
    d.views = viewCount(views);
    if (given(views) && d.views === undefined) problem('views', 'type', `not a non-negative integer: ${views}`);
    const level = this.headingLevel;
    if (level >= 2 && level <= 6 && Number.isInteger(level)) d.level = level;
    else problem('heading-level', 'range', `not 2–6: ${level}`);
    this.reportIssues(issues);
    return d;
  }

  protected override render() {
    const d = this.#d;
    const m = messages[this.locale];
    const variant = this.variant === 'featured' || this.variant === 'compact' ? this.variant : 'list';
    const featured = variant === 'featured';
    const full = variant !== 'compact';
    const image = full ? d.image : undefined;
    const title = d.headline || m.untitled;
    const { date, updated, views } = d;
    const counter = views !== undefined;
    // Templates are written without indentation: their whitespace would reach every page.
    // prettier-ignore
    return html`<article part="article" class=${variant}><div part="body">${d.section ? d.sectionHref ? html`<a part="section" href=${d.sectionHref}>${d.section}</a>` : html`<span part="section">${d.section}</span>` : nothing}${heading(d.level, d.href ? html`<a part="link" href=${d.href}>${title}</a>` : title)}${date || updated || counter ? html`<p part="meta">${date ? html`<span part="published-label">${m.published}</span> <time part="date" datetime=${date.datetime} title=${this.#relative ? date.text : nothing}>${this.#relative || date.text}</time>` : nothing}${date && counter ? ' | ' : ''}${counter ? html`<gov-view-counter part="views" exportparts="count:views-count,label:views-label" count=${views} lang=${this.locale}></gov-view-counter>` : nothing}${updated ? html` · <span part="updated">${m.updated} <time datetime=${updated.datetime}>${updated.text}</time></span>` : nothing}</p>` : nothing}${full && d.summary ? html`<p part="summary">${d.summary}</p>` : nothing}${full && d.byline ? html`<p part="byline">${m.by(d.byline)}</p>` : nothing}</div>${image ? html`<img part="image" src=${image.src} alt=${image.alt} width=${image.width ?? nothing} height=${image.height ?? nothing} loading=${featured ? 'eager' : 'lazy'} fetchpriority=${featured ? 'high' : nothing} decoding="async">` : nothing}</article>`;
  }
}
