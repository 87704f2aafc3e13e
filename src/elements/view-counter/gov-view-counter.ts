import { html, nothing, isServer, type PropertyValues } from 'lit';
import { GovElement, asString } from '../shared/gov-element.js';
import { govEvent } from '../shared/events.js';
import { formatCount } from '../../format/numbers.js';
import { fetchViewCount, reportView, viewCount } from '../../sources/view-count.js';
import type { Issue } from '../../model/types.js';
import { describeValue } from '../../model/describe.js';
import { messages } from './messages.js';
import { styles } from './styles.js';

/** Detail of `gov-view-count`. */
export interface ViewCountDetail {
  count: number;
}

/**
 * A view count: "55 lượt xem" / "55 views", grouped per locale (1.234 / 1,234), the number in
 * `<data value>`. It can read its count from `src` and report one view per browser session.
 *
 * @tagname gov-view-counter
 * @summary View count of an article, optionally read from and reported to a counting service.
 *
 * @attr {number} count - The count to show. Non-negative integer; anything else shows nothing and fires `gov-error`.
 * @attr {string} src - `GET` URL answering `{"count": n}`; read after the element connects (browser only).
 * @attr {boolean} track - Report one view of `article-id` per browser session when the page is hidden.
 * @attr {string} track-url - `POST` URL for `track` (default: `src`).
 * @attr {string} article-id - The article whose view is reported.
 * @attr {'standard'|'compact'} notation - `compact` shows "1,2 N" / "1.2K".
 * @attr {number} timeout - Milliseconds before a read of `src` is abandoned (default 8000, also for anything but a whole number).
 * @attr {string} lang - `vi` or `en`; else the closest `[lang]`, else the document's.
 *
 * @fires gov-view-count - `{ count }` when a count read from `src` (or returned by a report) changes the number shown.
 * @fires gov-error - `{ source, issues }` for a bad `count` or `src` (any value, of any type, is reported, never thrown), a missing `track-url`/`article-id`, or a failed read or report; the last good number stays.
 *
 * @csspart count - The number (a `<data>` element).
 * @csspart label - The word after it ("lượt xem" / "views").
 *
 * @cssproperty [--gov-view-counter-color=inherit] - Text colour.
 * @cssproperty [--gov-view-counter-count-weight=600] - Weight of the number.
 */
export class GovViewCounter extends GovElement {
  static override styles = styles;

  static override properties = {
    count: { type: Number },
    src: {},
    track: { type: Boolean },
    trackUrl: { attribute: 'track-url' },
    articleId: { attribute: 'article-id' },
    notation: {},
    timeout: { type: Number },
  };

  /** The count shown. Updated by reads of `src`. */
  declare count: number | undefined;
  declare src: string | undefined;
  declare track: boolean;
  declare trackUrl: string | undefined;
  declare articleId: string | undefined;
  declare notation: 'standard' | 'compact';
  declare timeout: number | undefined;

  /** The count shown (a valid `count`), its text in the locale and the word after it. */
  #shown: number | undefined;
  #text = '';
  #label = '';
  #abort: AbortController | undefined;

  constructor() {
    super();
    this.track = false;
    this.notation = 'standard';
    // No default for `timeout` here: fetchViewCount's (8000 ms) is the one definition.
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!isServer) document.addEventListener('visibilitychange', this.#onVisibility);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('visibilitychange', this.#onVisibility);
    this.#abort?.abort();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const shown = viewCount(this.count);
    this.#shown = shown;
    if (['count', 'track', 'trackUrl', 'src', 'articleId'].some((name) => changed.has(name))) {
      const issues: Issue[] = [];
      const { count, src } = this;
      // Bad values are named by describeValue: a template literal could throw or recurse on them.
      if (count != null && shown === undefined) {
        issues.push({
          path: 'count',
          code: 'type',
          message: `not a non-negative integer: ${describeValue(count)}`,
        });
      }
      if (src != null && typeof src != 'string') {
        issues.push({ path: 'src', code: 'type', message: `not a URL: ${describeValue(src)}` });
      }
      if (this.track && !(this.#reportUrl() && asString(this.articleId))) {
        issues.push({ path: 'track', code: 'required', message: 'needs article-id and track-url or src' });
      }
      this.reportIssues(issues);
    }
    if (shown !== undefined) {
      // Only a string: formatCount compares it with `==`, which turns a nested list into text.
      this.#text = formatCount(shown, {
        locale: this.locale,
        notation: asString(this.notation) as 'compact' | undefined,
      });
      this.#label = messages[this.locale].label(shown);
    }
  }

  protected override render() {
    if (this.#shown === undefined) return nothing;
    return html`<data part="count" value=${this.#shown}>${this.#text}</data>
      <span part="label">${this.#label}</span>`;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (changed.has('src')) void this.refresh();
  }

  /** Reads `src` again (done on its own when `src` changes). Keeps the last good count on failure. */
  async refresh(): Promise<void> {
    // Only strings reach the network code and its messages.
    const src = asString(this.src);
    if (!src) return;
    // A read still under way is abandoned: only the latest `src` may set the count.
    this.#abort?.abort();
    this.#abort = new AbortController();
    const { signal } = this.#abort;
    // fetchViewCount uses its default for any timeout that is not a usable number of milliseconds.
    const read = await fetchViewCount(src, { signal, timeoutMs: this.timeout });
    if (signal.aborted) return;
    if (!read.ok) {
      this.#fail('src', read.code, `${src}: ${read.message}`);
    } else if (read.count !== this.#shown) {
      this.count = read.count;
      this.dispatchEvent(govEvent<ViewCountDetail>('gov-view-count', { count: read.count }));
    }
  }

  /** Where views are reported: `track-url`, else `src`. */
  #reportUrl = (): string | undefined => asString(this.trackUrl) || asString(this.src);

  /** A failure outside an update (network): reported like data issues, after the next render. */
  #fail(path: string, code: string, message: string): void {
    this.reportIssues([{ path, code, message }]);
    this.requestUpdate();
  }

  /** Reports one view of the article when the page is hidden (once per session: see reportView). */
  #onVisibility = (): void => {
    const url = this.#reportUrl();
    const articleId = asString(this.articleId);
    if (document.visibilityState == 'hidden' && this.track && url && articleId) {
      void reportView(url, articleId, { sendBeacon: navigator.sendBeacon?.bind(navigator) }).then(
        (report) => {
          if (report.sent === false && report.message) {
            this.#fail('track-url', report.reason, `${url}: ${report.message}`);
          }
        },
      );
    }
  };
}
