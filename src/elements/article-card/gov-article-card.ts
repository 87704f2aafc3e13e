import { html, nothing, isServer, type PropertyDeclaration, type PropertyValues } from 'lit';
import { GovElement } from '../shared/gov-element.js';
import { clock } from '../../format/clock.js';
import { resolveLocale } from '../../format/locale.js';
import type { Article } from '../../model/types.js';
import {
  articleCardView,
  readArticleCard,
  type ArticleCardContent,
  type ArticleCardInput,
  type ArticleCardVariant,
  type ArticleCardView,
  type DateLine,
} from './view-model.js';
import { styles } from './styles.js';

export type { ArticleCardVariant };

/** Properties that only change how the content is shown; a change of any other means reading it again. */
const DISPLAY_PROPERTIES = ['lang', 'variant', 'relative'];

/** The headline in its heading element, as the card's one link when it has one. */
function headline({ headingLevel, headline, href }: ArticleCardView) {
  const content = href ? html`<a part="link" href=${href}>${headline}</a>` : headline;
  // One template per tag: Lit cannot bind a tag name (and the level is checked to be 2–6).
  // prettier-ignore
  switch (headingLevel) {
    case 2: return html`<h2 part="headline">${content}</h2>`;
    case 4: return html`<h4 part="headline">${content}</h4>`;
    case 5: return html`<h5 part="headline">${content}</h5>`;
    case 6: return html`<h6 part="headline">${content}</h6>`;
    default: return html`<h3 part="headline">${content}</h3>`;
  }
}

/** The section name, a link when it has a safe one. */
function section({ section, sectionHref }: ArticleCardView) {
  if (!section) return nothing;
  if (sectionHref) return html`<a part="section" href=${sectionHref}>${section}</a>`;
  return html`<span part="section">${section}</span>`;
}

/** "Ngày đăng 15/03/2023 | 19:52 | 55 lượt xem · Cập nhật 16/03/2023 | 08:00", the parts that exist. */
function dateLine(line: DateLine | undefined) {
  if (!line) return nothing;
  const { published, views, updated } = line;
  const between = published && views ? ' | ' : '';
  return html`<p part="meta">
    ${publishedDate(published)}${between}${viewCount(views)}${updatedDate(updated)}
  </p>`;
}

/** "Ngày đăng 15/03/2023 | 19:52", or "Ngày đăng 3 ngày trước" with the date in the title. */
function publishedDate(published: DateLine['published']) {
  if (!published) return nothing;
  return html`<span part="published-label">${published.label}</span>
    <time part="date" datetime=${published.datetime} title=${published.title ?? nothing}
      >${published.text}</time
    >`;
}

/** The count with gov-view-counter's markup, words and parts (the card never fetches counts). */
function viewCount(views: DateLine['views']) {
  if (!views) return nothing;
  return html`<span part="views"
    ><data part="views-count" value=${views.value}>${views.text}</data>
    <span part="views-label">${views.label}</span></span
  >`;
}

/** " · Cập nhật 16/03/2023 | 08:00". */
function updatedDate(updated: DateLine['updated']) {
  if (!updated) return nothing;
  return html` ·
    <span part="updated">${updated.label} <time datetime=${updated.datetime}>${updated.text}</time></span>`;
}

/** The image at its intrinsic size (no layout shift); the featured one loads first. */
function image(shown: ArticleCardView['image']) {
  if (!shown) return nothing;
  return html`<img
    part="image"
    src=${shown.src}
    alt=${shown.alt}
    width=${shown.width ?? nothing}
    height=${shown.height ?? nothing}
    loading=${shown.loading}
    fetchpriority=${shown.fetchPriority ?? nothing}
    decoding="async"
  />`;
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

  /** The content, read again only when the data changes (always on the first update). */
  #content!: ArticleCardContent;
  #view: ArticleCardView | undefined;
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
    if ([...changed.keys()].some((name) => !DISPLAY_PROPERTIES.includes(name as string))) {
      const { content, issues } = readArticleCard(this.#input(), {
        published: this.#printed<HTMLTimeElement>('[part=date]'),
        updated: this.#printed<HTMLTimeElement>('[part=updated] time'),
      });
      this.#content = content;
      this.reportIssues(issues);
    }
    this.#view = articleCardView(this.#content, {
      locale: this.locale,
      variant: this.variant,
      now: this.relative && this.hasUpdated ? clock.now() : undefined,
      printedCount: this.#printed<HTMLDataElement>('[part=views-count]'),
      printedLocale: resolveLocale(this.getAttribute('lang')),
    });
  }

  /**
   * The inputs as they were given (properties can be set to anything from script). `attributes`
   * holds every property that has an attribute, under the attribute's name (`updatedAt` under
   * `updated`): the view model reads the content ones.
   */
  #input(): ArticleCardInput {
    const declared = Object.entries<PropertyDeclaration>(GovArticleCard.properties);
    return {
      article: this.article,
      attributes: Object.fromEntries(
        declared
          .filter(([, { attribute }]) => attribute !== false)
          .map(([name, { attribute }]) => [attribute ?? name, this[name as keyof this]]),
      ),
      headingLevel: this.headingLevel,
      dateFormat: this.dateFormat,
      timeZone: this.timeZone,
    };
  }

  /**
   * While hydrating (the first update of a server-rendered card), the element the server printed
   * for `selector`; else nothing. The card takes its dates and count from there instead of
   * formatting them again, which keeps a page's first Intl call (ICU start-up, 40–185 ms in
   * Chromium) off hydration. The view model checks that it shows the current value first: a
   * property set on the client before the card was defined must be formatted (and checked).
   */
  #printed<E extends Element>(selector: string): E | undefined {
    if (isServer || this.hasUpdated) return undefined;
    return this.renderRoot?.querySelector<E>(selector) ?? undefined;
  }

  protected override render() {
    const view = this.#view!;
    return html`<article part="article" class=${view.variant}>
      <div part="body">
        ${section(view)} ${headline(view)} ${dateLine(view.dateLine)}
        ${view.summary ? html`<p part="summary">${view.summary}</p>` : nothing}
        ${view.byline ? html`<p part="byline">${view.byline}</p>` : nothing}
      </div>
      ${image(view.image)}
    </article>`;
  }
}
