import { html, nothing, isServer, type PropertyValues, type TemplateResult } from 'lit';
import { GovElement } from '../shared/gov-element.js';
import { govEvent } from '../shared/events.js';
import { clock } from '../../format/clock.js';
import { describeValue } from '../../model/describe.js';
import type { Issue, WeatherReport, WeatherUnits } from '../../model/types.js';
import type { WeatherSource, WeatherSourceError } from '../../sources/weather/source.js';
import { weatherIconSvg } from './icons.js';
import { weatherMessages } from './messages.js';
import { weatherSourceFactory } from './registry.js';
import { browserScheduler, type WeatherScheduler } from './scheduler.js';
import { styles } from './styles.js';
import {
  weatherView,
  type WeatherCredit,
  type WeatherDetail,
  type WeatherRow,
  type WeatherStatus,
  type WeatherUpdated,
  type WeatherView,
  type WeatherViewSettings,
} from './view.js';

/** Detail of `gov-weather-load`. */
export interface WeatherLoadDetail {
  report: WeatherReport;
}

export type WeatherLayout = 'list' | 'grid' | 'compact';

/** How long the element waits for `src` to answer. */
const SRC_TIMEOUT = 10_000;
/** The longest a failed load adds to the refresh interval before the next try. */
const MAX_BACK_OFF = 3_600_000;

/** The place ids of the `places` attribute, in order. */
const placeIds = (places: string | undefined): string[] =>
  (places ?? '')
    .split(',')
    .map((id) => id.trim())
    .filter(Boolean);

/** The portal's own JSON from `src`, with a time limit (AbortSignal.any where the browser has it). */
async function fetchReport(url: string, signal: AbortSignal): Promise<unknown> {
  const limited = AbortSignal.any?.([signal, AbortSignal.timeout(SRC_TIMEOUT)]) ?? signal;
  const response = await fetch(url, { signal: limited });
  if (!response.ok) throw { kind: 'http', message: `HTTP ${response.status}: ${url}` };
  return response.json();
}

/**
 * What a failed load leaves: a partial answer's usable report with its issues, else one issue
 * (`code` the source's error kind, or the error's name). A source may reject with anything
 * (undefined, a Proxy that throws): it is described, never thrown again.
 */
function loadFailure(error: unknown): { report: unknown; issues: Issue[] } {
  let report: unknown;
  try {
    const failure = error as Partial<WeatherSourceError>;
    report = failure.report;
    const message = typeof failure.message == 'string' ? failure.message : describeValue(error);
    const issues = report ? failure.issues : undefined;
    if (Array.isArray(issues)) return { report, issues };
    return { report, issues: [{ path: 'source', message, code: failure.kind ?? failure.name ?? 'load' }] };
  } catch {
    return { report, issues: [{ path: 'source', message: describeValue(error), code: 'load' }] };
  }
}

/**
 * Current weather for several places — "Thời tiết các vùng": name, temperature, condition
 * (text and icon from the WMO code), humidity, wind, low/high and the time of the reading,
 * with the source credited. Presentation only: the data comes from `report`, a `src` URL, a
 * `source` object, or a registered source name for tag-only use (`source="open-meteo"` once
 * `gov-portal-elements/weather/open-meteo` is loaded). Says so when the data is old, missing or
 * failed to load, and keeps the last good data on screen after a failed refresh.
 *
 * Server rendering: with `report`, the full data; with `src`/`source`, the loading placeholder
 * (same size as the result); the browser loads after hydration. The data's age ("cập nhật 3 giờ
 * trước") and the stale warning appear after hydration; the server prints the absolute time. A
 * reading of another day than today shows its date ("Lúc 18:00 29/11/2026"; before hydration,
 * today is the report's day), and one that was old when the report was made says so ("Số liệu cũ").
 *
 * @tagname gov-weather
 * @summary Weather for several places, from a report, a JSON URL or a weather source.
 *
 * @attr {string} src - URL of a `WeatherReport` as JSON (e.g. the portal's own proxy). Read in the browser only.
 * @attr {string} source - Name of a registered source (`open-meteo`). The `source` property also takes a source object `{ load({ signal }) }`.
 * @attr {string} places - Comma-separated place ids for a named source (`ha-noi,da-nang,tp-ho-chi-minh`); their number sizes the loading placeholder.
 * @attr {'metric'|'imperial'} units - `imperial` shows °F and mph (converted from the report). Default `metric` (°C, km/h).
 * @attr {'list'|'grid'|'compact'} layout - Default `list`.
 * @attr {string} heading - Heading text (default "Thời tiết các vùng" / "Weather by region").
 * @attr {number} heading-level - 2–6, default 2.
 * @attr {number} refresh - Seconds between loads (0 = load once). Pauses while the page is hidden; after failures the delay doubles up to 8× (at most 1 hour more than `refresh`).
 * @attr {number} stale-after - Seconds after which data is called out of date when there is no `refresh` (default 10800, 3 hours). With `refresh`, twice the refresh interval.
 * @attr {string} lang - `vi` or `en`; else the closest `[lang]`, else the document's.
 *
 * @prop {WeatherReport | undefined} report - The data; wins over `src` and `source`.
 * @prop {WeatherSource | string | undefined} source - A source object or a registered name.
 * @prop {WeatherScheduler} scheduler - Timers and page visibility for `refresh` (tests inject `manualScheduler()`).
 *
 * @fires gov-weather-load - `{ report }` after each load from `src` or `source` whose every value shown is valid
 *   (a source's partial report counts; an answer to `src` with one bad value does not).
 * @fires gov-error - `{ source, issues }` for invalid data (the rest is shown; `null` counts as absent; any value
 *   at all, a BigInt or a Proxy that throws, is reported, never thrown), an unknown source name (`unknown-source`),
 *   or a failed load: `code` is the source's `WeatherSourceError` kind (http, service, malformed, partial, timeout,
 *   network), `malformed` for an answer that is no report (the last good data stays), `load` for a rejection that
 *   is no error, or for `src` `http` or the error's name (`TimeoutError` after 10 s, `SyntaxError` for non-JSON,
 *   `TypeError` for a network failure).
 *
 * @csspart base - The section around everything.
 * @csspart heading - The heading (`role="heading"` with `aria-level` from `heading-level`).
 * @csspart list - The list of places (`aria-busy` while loading).
 * @csspart place - One place (also `placeholder` while loading).
 * @csspart icon - The condition icon (SVG, decorative).
 * @csspart name - Place name.
 * @csspart temp - Temperature.
 * @csspart condition - Condition text ("Mưa nhỏ").
 * @csspart old - "Số liệu cũ" / "Old reading" after the condition when the reading was older than the stale
 *   threshold when the report was made.
 * @csspart details - Humidity, wind, low–high and time of the reading, with its date when not today (not in `compact`).
 * @csspart footer - Update time, status and attribution.
 * @csspart updated - "Cập nhật 19:45 15/03/2023" / "Cập nhật 5 phút trước" (made today); also `stale` when out of date.
 * @csspart status - Loading, error and "could not refresh" messages.
 * @csspart retry - The retry button.
 * @csspart attribution - Source credit; `source-link` is its link.
 * @csspart source-link - Link to the data source.
 *
 * @cssproperty [--gov-weather-background=var(--gov-color-surface, #fff)] - Background.
 * @cssproperty [--gov-weather-text=var(--gov-color-text, #1b1b1b)] - Text colour.
 * @cssproperty [--gov-weather-muted=var(--gov-color-text-muted, #595959)] - Secondary text colour.
 * @cssproperty [--gov-weather-border=var(--gov-color-border, #c9c9c9)] - Border colour.
 * @cssproperty [--gov-weather-accent=var(--gov-color-primary, #a50f15)] - Heading bar, links, button.
 * @cssproperty [--gov-weather-focus=var(--gov-color-focus, #0b4ea2)] - Focus outline colour.
 * @cssproperty [--gov-weather-icon-color=var(--gov-weather-accent)] - Icon colour.
 * @cssproperty [--gov-weather-warning=var(--gov-color-warning-text, #8a3b00)] - Stale and error text.
 * @cssproperty [--gov-weather-placeholder=var(--gov-color-placeholder, #ececec)] - Loading blocks.
 * @cssproperty [--gov-weather-radius=var(--gov-radius, 0.25rem)] - Corner radius.
 */
export class GovWeather extends GovElement {
  static override styles = styles;

  static override properties = {
    report: { attribute: false },
    src: {},
    source: {},
    places: {},
    units: {},
    layout: {},
    heading: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
    refresh: { type: Number },
    staleAfter: { type: Number, attribute: 'stale-after' },
    scheduler: { attribute: false },
  };

  declare report: WeatherReport | undefined;
  declare src: string | undefined;
  declare source: WeatherSource | string | undefined;
  declare places: string | undefined;
  declare units: WeatherUnits;
  declare layout: WeatherLayout;
  declare heading: string | undefined;
  declare headingLevel: number;
  declare refresh: number;
  declare staleAfter: number;
  declare scheduler: WeatherScheduler;
  /** The last good report from `src`/`source` (reload() requests the update). */
  protected loaded: WeatherReport | undefined;
  /** Why the last load failed ('' = the generic message); undefined after a good one. */
  protected failure: string | undefined;
  /** True after the first update in the browser: ages and staleness show from then on. */
  protected live = false;

  /** What is shown, worked out in willUpdate from the data and the settings. */
  #view: WeatherView | undefined;
  /** The report of the last load, announced by gov-weather-load once its values have passed. */
  #fresh: WeatherReport | undefined;
  /** Issues of the last load, reported with the data's own at the next update. */
  #loadIssues: Issue[] | undefined;
  #abort: AbortController | undefined;
  /** Stops what the element listens to or waits for: the clock, page visibility, the next load. */
  #cancel: { clock?: () => void; visibility?: () => void; timer?: () => void } = {};
  /** Failed loads in a row (the delay to the next load doubles with each). */
  #failures = 0;
  /** A timed load fell due while the page was hidden. */
  #due = false;

  constructor() {
    super();
    this.units = 'metric';
    this.layout = 'list';
    this.headingLevel = 2;
    this.refresh = 0;
    this.staleAfter = 10_800;
    this.scheduler = browserScheduler;
  }

  /** Whether data comes from a loader (src or source) rather than `report`. */
  get #loads(): boolean {
    return this.report === undefined && !!(this.source || this.src);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (isServer) return;
    this.#cancel.clock = clock.subscribe(() => this.requestUpdate());
    this.#listen();
    // Reconnected after a disconnect: carry on where it stopped.
    if (this.hasUpdated) void this.reload();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const cancel of Object.values(this.#cancel)) cancel?.();
    this.#cancel = {};
    this.#abort?.abort();
  }

  /** Follows the page's visibility through the current scheduler: a load that fell due while hidden runs when shown. */
  #listen(): void {
    this.#cancel.visibility?.();
    this.#cancel.visibility = this.scheduler.onVisibility(() => {
      if (this.#due && !this.scheduler.hidden()) void this.reload();
    });
  }

  /** What the view is worked out with, now. */
  get #settings(): WeatherViewSettings {
    return {
      locale: this.locale,
      units: this.units,
      now: clock.now(),
      live: this.live,
      refresh: this.refresh,
      staleAfter: this.staleAfter,
      loads: this.#loads,
      failure: this.failure,
      places: this.places,
    };
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const data = this.report ?? this.loaded;
    const view = weatherView(data, this.#settings);
    this.#view = view;
    // A load's report goes out once every value shown has passed: the answer to `src` is raw JSON.
    if (data && data == this.#fresh && !view.issues.length) {
      this.dispatchEvent(govEvent<WeatherLoadDetail>('gov-weather-load', { report: data }));
    }
    this.#fresh = undefined;
    if (changed.has('report') || this.#loadIssues) {
      this.reportIssues([...(this.#loadIssues ?? []), ...view.issues]);
      this.#loadIssues = undefined;
    }
  }

  protected override render() {
    const view = this.#view!;
    return html`
      <section part="base" data-layout=${this.layout} aria-labelledby="h">
        <div part="heading" role="heading" aria-level=${this.headingLevel} id="h">
          ${this.heading || weatherMessages[this.locale].heading}
        </div>
        ${this.#list(view)}
        <div part="footer">
          ${this.#updated(view.updated)} ${this.#status(view.status)} ${this.#credit(view.credit)}
        </div>
      </section>
    `;
  }

  /** The places; while loading, placeholder rows of the same size; nothing without data. */
  #list(view: WeatherView) {
    if (view.rows) {
      return html`<ul part="list">
        ${view.rows.map((row) => this.#place(row))}
      </ul>`;
    }
    if (!view.placeholders) return nothing;
    const placeholders = Array.from(
      { length: view.placeholders },
      () => html`<li part="place placeholder"></li>`,
    );
    return html`<ul part="list" aria-busy="true">
      ${placeholders}
    </ul>`;
  }

  #place(row: WeatherRow): TemplateResult {
    return html`
      <li part="place">
        ${weatherIconSvg(row.icon)}
        <span part="name">${row.name}</span>
        <span part="temp">${row.temperature}</span>
        <span part="condition">${row.condition}${this.#old(row.old)}</span>
        ${this.#details(row)}
      </li>
    `;
  }

  /** "· Số liệu cũ" after the condition (so in every layout) when the reading was old. */
  #old(old: string | undefined) {
    return old ? html` · <strong part="old">${old}</strong>` : nothing;
  }

  /** Humidity, wind, low–high and the time of the reading; not in the compact layout. */
  #details(row: WeatherRow) {
    if (this.layout == 'compact' || !row.details.length) return nothing;
    return html`<dl part="details">${row.details.map((detail) => this.#detail(detail))}</dl>`;
  }

  #detail({ label, text, datetime }: WeatherDetail): TemplateResult {
    const value = datetime ? html`<time datetime=${datetime}>${text}</time>` : text;
    return html`<div>
      <dt>${label}</dt>
      <dd>${value}</dd>
    </div>`;
  }

  #updated(updated: WeatherUpdated | undefined) {
    if (!updated) return nothing;
    return html`
      <p part=${updated.stale ? 'updated stale' : 'updated'}>
        ${updated.label}
        <time datetime=${updated.datetime ?? nothing}>${updated.text}</time>
      </p>
    `;
  }

  #status(status: WeatherStatus | undefined) {
    if (!status) return nothing;
    const retry = html`<button part="retry" type="button" @click=${this.reload}>
      ${weatherMessages[this.locale].retry}
    </button>`;
    return html`<p part="status" role="status">${status.message} ${status.retry ? retry : nothing}</p>`;
  }

  #credit(credit: WeatherCredit | undefined) {
    if (!credit) return nothing;
    const name = credit.href
      ? html`<a part="source-link" href=${credit.href}>${credit.name}</a>`
      : credit.name;
    return html`<p part="attribution">${credit.label}: ${name}</p>`;
  }

  protected override firstUpdated(changed: PropertyValues): void {
    super.firstUpdated(changed);
    // The first render matched the server's; from now on ages and staleness are shown.
    this.live = true;
    this.requestUpdate();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (changed.has('scheduler') && this.isConnected) this.#listen();
    const loadSettings = ['report', 'src', 'source', 'places', 'refresh'];
    if (loadSettings.some((name) => changed.has(name))) void this.reload();
  }

  /** Loads now from `src` or `source` (the retry button does this). Resolves when done; never rejects. */
  reload = async (): Promise<void> => {
    if (isServer || !this.#loads) return;
    this.#cancel.timer?.();
    this.#abort?.abort();
    this.#due = false;
    const controller = new AbortController();
    this.#abort = controller;
    let report: unknown;
    let issues: Issue[] = [];
    try {
      report = await this.#load(controller.signal);
    } catch (error) {
      if (controller.signal.aborted) return;
      const failure = loadFailure(error);
      report = failure.report;
      issues = failure.issues;
    }
    // A load may replace what is shown when it has a place to show. Anything else
    // ({"unexpected": true}) is a failed load: the last good data stays.
    if (weatherView(report, this.#settings).rows?.length) {
      this.loaded = report as WeatherReport;
      this.#fresh = this.loaded;
      this.failure = undefined;
      this.#failures = 0;
    } else {
      this.#failures++;
      this.failure = issues[0]?.code == 'unknown-source' ? issues[0].message : '';
      // An answer that is no report ({"unexpected": true}) is a failed load: the last good data stays.
      if (report !== undefined || !issues.length) {
        const message = `not a weather report: ${describeValue(report)}`;
        issues = [{ path: 'source', message, code: 'malformed' }, ...issues];
      }
    }
    this.#loadIssues = issues;
    this.requestUpdate();
    this.#scheduleReload();
  };

  /** The report from the `source` object, the source registered under its name, or `src`. */
  #load(signal: AbortSignal): Promise<unknown> {
    const source = this.source;
    if (typeof source == 'object') return source.load({ signal });
    if (typeof source != 'string') return fetchReport(this.src!, signal);
    const factory = weatherSourceFactory(source);
    if (!factory) {
      throw { message: weatherMessages[this.locale].unknownSource(source), kind: 'unknown-source' };
    }
    return factory({ places: placeIds(this.places), lang: this.locale }).load({ signal });
  }

  /**
   * With `refresh`, the next load: every `refresh` seconds; after failures the delay doubles, up
   * to 8× (and at most 1 hour more than `refresh`).
   */
  #scheduleReload(): void {
    if (!(this.refresh > 0) || !this.isConnected) return;
    const interval = this.refresh * 1000;
    const delay = Math.min(interval * 2 ** this.#failures, interval * 8, interval + MAX_BACK_OFF);
    this.#cancel.timer = this.scheduler.after(delay, () => {
      if (this.scheduler.hidden()) this.#due = true;
      else void this.reload();
    });
  }
}
