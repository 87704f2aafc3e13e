import { html, nothing, isServer, type PropertyValues, type TemplateResult } from 'lit';
import { GovElement } from '../shared/gov-element.js';
import { govEvent } from '../shared/events.js';
import { clock } from '../../format/clock.js';
import { describeValue } from '../../model/describe.js';
import { portalDay, portalTime, zonedParts, type DateParts } from '../../format/dates.js';
import { safeUrl } from '../../model/safe-url.js';
import type { Issue, WeatherPlace, WeatherReport, WeatherUnits } from '../../model/types.js';
import type { WeatherSource, WeatherSourceError } from '../../sources/weather/source.js';
import { weatherIcon, weatherText } from '../../sources/weather/wmo.js';
import { weatherIconSvg } from './icons.js';
import { weatherMessages } from './messages.js';
import { weatherSourceFactory } from './registry.js';
import { browserScheduler, type WeatherScheduler } from './scheduler.js';
import { styles } from './styles.js';

/** Detail of `gov-weather-load`. */
export interface WeatherLoadDetail {
  report: WeatherReport;
}

export type WeatherLayout = 'list' | 'grid' | 'compact';

const I = Infinity;
/** The numbers shown, with their range (a negative max: whole numbers up to -max), as in parseWeatherReport. */
const NUMBERS: [keyof WeatherPlace, number, number][] = [
  ['temperature', -I, I],
  ['humidity', 0, 100],
  ['windSpeed', 0, I],
  ['windDirection', 0, 360],
  ['weatherCode', 0, -99],
  ['min', -I, I],
  ['max', -I, I],
];

/**
 * A reading time: the wall-clock fields (Asia/Ho_Chi_Minh, through the shared zonedParts, so the
 * text is the one every element prints) and the instant of an ISO 8601 date-time with an offset;
 * undefined for anything else (no offset, 2023-02-30, 24:00, 25:00). `<time datetime>` takes the
 * data's own text. Not readDate, which also reads offset-less and calendar dates: ~100 bytes this
 * entry's 6 KB budget does not have. One pattern and Date.parse, plus what engines let through:
 * a roll-over of 2023-02-30 to 03-02 (a calendar check of the day) and 24:00 (the pattern).
 */
const INSTANT = /^\d{4}-\d\d-\d\dT(?!24)\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:\d\d)$/;
const reading = (iso: unknown): [...DateParts, number] | undefined => {
  const time =
    typeof iso == 'string' &&
    INSTANT.test(iso) &&
    new Date(iso.slice(0, 10)).toJSON()?.startsWith(iso.slice(0, 10))
      ? Date.parse(iso)
      : NaN;
  return time == time ? [...zonedParts(time), time] : undefined;
};

/** A place can be shown when it has a name and an id; each other value is checked on its own. */
const named = (name: unknown, id: unknown): name is string =>
  typeof name == 'string' && !!name.trim() && typeof id == 'string';

/**
 * Whether loaded data may replace what is shown: a list of places, one at least with a name, in
 * known units. Anything else (`{"unexpected": true}`) is a failed load; the last good data stays.
 */
const showable = (data: any): boolean => {
  try {
    const { places, units } = data;
    const knownUnits = !units || units == 'metric' || units == 'imperial';
    return knownUnits && Array.isArray(places) && places.some((p) => named(p?.name, p?.id));
  } catch {
    return false; // null, undefined, or a getter that throws
  }
};

/**
 * "3 giờ trước" / "3 hours ago": minutes, hours or days, through Intl (as formatRelativeTime in
 * src/format/relative.ts, which also knows weeks to years — not needed here).
 */
function age(ms: number, locale: string): string {
  const min = Math.max(0, ms / 60_000);
  const [n, unit]: [number, Intl.RelativeTimeFormatUnit] =
    min < 60 ? [min, 'minute'] : min < 1440 ? [min / 60, 'hour'] : [min / 1440, 'day'];
  return new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }).format(-Math.floor(n), unit);
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
 * trước") and the stale warning appear after hydration; the server prints the absolute time.
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
 * @csspart details - Humidity, wind, low–high and time of the reading (not in `compact`).
 * @csspart footer - Update time, status and attribution.
 * @csspart updated - "Cập nhật 19:45 15/03/2023" / "Cập nhật 5 phút trước"; also `stale` when out of date.
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

  /** The rendered body (rows or placeholder) and footer, computed in willUpdate. */
  #body: unknown;
  #footer: unknown;
  /** The report of the last load, announced by gov-weather-load once its values have passed. */
  #fresh: WeatherReport | undefined;
  /** Issues of the last load, reported with the data's own at the next update. */
  #loadIssues: Issue[] | undefined;
  #abort: AbortController | undefined;
  #off: { clock?: () => void; visibility?: () => void; timer?: () => void } = {};
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
    this.#off.clock = clock.subscribe(() => this.requestUpdate());
    this.#listen();
    // Reconnected after a disconnect: carry on where it stopped.
    if (this.hasUpdated) void this.reload();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const off of Object.values(this.#off)) off?.();
    this.#off = {};
    this.#abort?.abort();
  }

  /** Follows the page's visibility through the current scheduler: a load that fell due while hidden runs when shown. */
  #listen(): void {
    this.#off.visibility?.();
    this.#off.visibility = this.scheduler.onVisibility(
      () => !this.scheduler.hidden() && this.#due && this.reload(),
    );
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const m = weatherMessages[this.locale];
    const data = (this.report ?? this.loaded) as Partial<WeatherReport> | undefined;
    // Every value shown is checked as parseWeatherReport would (src/sources/weather/check.ts
    // checks whole reports for the sources; the element pays only for what it shows). Any value
    // at all may come in (a BigInt, a cycle, a Proxy that throws): it is described, never thrown.
    const issues: Issue[] = [];
    const bad = (path: string, x: unknown, code = 'invalid'): undefined => {
      issues.push({ path, message: `invalid value: ${describeValue(x)}`, code });
    };
    let message: string | undefined;
    let rows: unknown[] | undefined;
    let updated: TemplateResult | undefined;
    let credit: TemplateResult | undefined;
    const loads = this.#loads;
    const failed = this.failure != undefined;
    try {
      // Each value is read once: a getter may answer differently the next time, after the check.
      const { places, units, fetchedAt, source } = data ?? {};
      if (data != null && !Array.isArray(places)) {
        if (typeof data == 'object') bad('places', places);
        else bad('(root)', data);
      }
      if (units && units != 'metric' && units != 'imperial') bad('units', units);
      if (data != null && !issues.length) {
        const imperial = this.units == 'imperial';
        const convert = (units || 'metric') != this.units;
        const t = (c?: number) =>
          c == null
            ? '–'
            : Math.round(convert ? (imperial ? c * 1.8 + 32 : (c - 32) / 1.8) : c) + (imperial ? '°F' : '°C');
        rows = places!.map((p, i) => {
          const at = `places[${i}]`;
          try {
            const { name, observedAt } = p ?? {};
            if (!named(name, p?.id)) return bad(at, p);
            const v: Partial<Record<keyof WeatherPlace, number>> = {};
            for (const [key, min, max] of NUMBERS) {
              const x = p[key];
              if (
                typeof x == 'number' &&
                isFinite(x) &&
                x >= min &&
                x <= Math.abs(max) &&
                (max > 0 || x % 1 == 0)
              )
                v[key] = x;
              else if (x != null) bad(`${at}.${key}`, x);
            }
            const details: [string, unknown][] = [];
            if (v.humidity != null) details.push([m.humidity, Math.round(v.humidity) + '%']);
            if (v.windSpeed != null) {
              details.push([
                m.wind,
                Math.round(
                  convert ? (imperial ? v.windSpeed / 1.609344 : v.windSpeed * 1.609344) : v.windSpeed,
                ) + (imperial ? ' mph' : ' km/h'),
              ]);
            }
            if (v.min != null && v.max != null) details.push([m.range, `${t(v.min)} – ${t(v.max)}`]);
            const time = reading(observedAt);
            if (time)
              details.push([m.observed, html`<time datetime=${observedAt!}>${portalTime(time)}</time>`]);
            else if (observedAt != null) bad(at + '.observedAt', observedAt);
            return html`<li part="place">
              ${weatherIconSvg(weatherIcon(v.weatherCode, p.isDay))}<span part="name">${name}</span
              ><span part="temp">${t(v.temperature)}</span
              ><span part="condition">${weatherText(v.weatherCode, this.locale)}</span>${
                this.layout == 'compact' || !details.length
                  ? nothing
                  : html`<dl part="details">
                      ${details.map(
                        ([k, d]) =>
                          html`<div>
                            <dt>${k}</dt>
                            <dd>${d}</dd>
                          </div>`,
                      )}
                    </dl>`
              }
            </li>`;
          } catch (error) {
            // A getter or a Proxy trap threw: this place is left out, the others stay.
            return bad(at, error);
          }
        });
        const fetched = reading(fetchedAt);
        if (!fetched) bad('fetchedAt', fetchedAt);
        // Ages and staleness need the reader's clock: after hydration only (the server prints the time).
        const stale =
          this.live &&
          (!fetched ||
            clock.now() - fetched[6] >
              1000 * (this.refresh > 0 ? 2 * this.refresh : this.staleAfter > 0 ? this.staleAfter : 10_800));
        updated = html`<p part=${stale ? 'updated stale' : 'updated'}>
          ${stale ? `${m.stale} · ${m.updated.toLowerCase()}` : m.updated}
          <time datetime=${fetched ? fetchedAt! : nothing}
            >${!fetched ? '' : this.live ? age(clock.now() - fetched[6], this.locale) : `${portalTime(fetched)} ${portalDay(fetched)}`}</time
          >
        </p>`;
        const name = source?.attribution || source?.name;
        const url = source?.url;
        const href = safeUrl(url);
        if (url != null && !href) bad('source.url', url, 'unsafe-url');
        if (typeof name == 'string')
          credit = html`<p part="attribution">
            ${m.source}: ${href ? html`<a part="source-link" href=${href}>${name}</a>` : name}
          </p>`;
        else bad('source', source);
      }
    } catch (error) {
      // Outside a place, a getter or a Proxy trap that throws leaves nothing to show.
      rows = updated = credit = undefined;
      bad('(root)', error);
    }
    if (rows) {
      this.#body = html`<ul part="list">
        ${rows}
      </ul>`;
      if (failed) message = m.failed;
    } else {
      message = data != null ? m.error : this.failure || (failed ? m.error : loads ? m.loading : m.noData);
      this.#body =
        message == m.loading
          ? html`<ul part="list" aria-busy="true">
              ${Array.from({ length: this.places?.split(',').length || 3 }, () => html`<li part="place placeholder"></li>`)}
            </ul>`
          : nothing;
    }
    this.#footer = html`<div part="footer">
      ${updated}${
        message
          ? html`<p part="status" role="status">
              ${message}${loads && failed ? html` <button part="retry" type="button" @click=${this.reload}>${m.retry}</button>` : nothing}
            </p>`
          : nothing
      }${credit}
    </div>`;
    // A load's report goes out once every value shown has passed: the answer to `src` is raw JSON.
    if (data && data == this.#fresh && !issues.length) {
      this.dispatchEvent(govEvent<WeatherLoadDetail>('gov-weather-load', { report: data as WeatherReport }));
    }
    this.#fresh = undefined;
    if (changed.has('report') || this.#loadIssues) {
      this.reportIssues([...(this.#loadIssues ?? []), ...issues]);
      this.#loadIssues = undefined;
    }
  }

  protected override render() {
    return html`<section part="base" data-layout=${this.layout} aria-labelledby="h">
      <div part="heading" role="heading" aria-level=${this.headingLevel} id="h">
        ${this.heading || weatherMessages[this.locale].heading}
      </div>
      ${this.#body}${this.#footer}
    </section>`;
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
    if (['report', 'src', 'source', 'places', 'refresh'].some((k) => changed.has(k))) void this.reload();
  }

  /** Loads now from `src` or `source` (the retry button does this). Resolves when done; never rejects. */
  reload = async (): Promise<void> => {
    if (isServer || !this.#loads) return;
    this.#off.timer?.();
    this.#abort?.abort();
    this.#due = false;
    const { signal } = (this.#abort = new AbortController());
    const s = this.source;
    const url = this.src!;
    const factory = typeof s == 'string' && weatherSourceFactory(s);
    let issues: Issue[] = [];
    let report: unknown;
    try {
      if (factory == undefined)
        throw { message: weatherMessages[this.locale].unknownSource(s as string), kind: 'unknown-source' };
      report = await (typeof s == 'object'
        ? s.load({ signal })
        : factory
          ? factory({
              places: (this.places ?? '')
                .split(',')
                .map((p) => p.trim())
                .filter(Boolean),
              lang: this.locale,
            }).load({ signal })
          : // The portal's own JSON, with a 10 s limit (AbortSignal.any where the browser has it).
            fetch(url, { signal: AbortSignal.any?.([signal, AbortSignal.timeout(10_000)]) ?? signal }).then(
              (r) => {
                if (!r.ok) throw { kind: 'http', message: `HTTP ${r.status}: ${url}` };
                return r.json();
              },
            ));
    } catch (error) {
      if (signal.aborted) return;
      try {
        // A partial answer: show what is usable, report the rest.
        const e = error as Partial<WeatherSourceError>;
        report = e.report;
        const message = typeof e.message == 'string' ? e.message : describeValue(error);
        issues =
          report && Array.isArray(e.issues)
            ? e.issues
            : [{ path: 'source', message, code: e.kind ?? e.name ?? 'load' }];
      } catch {
        // A source may reject with anything (undefined, a Proxy).
        issues = [{ path: 'source', message: describeValue(error), code: 'load' }];
      }
    }
    if (showable(report)) {
      this.loaded = this.#fresh = report as WeatherReport;
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
    if (this.refresh > 0 && this.isConnected) {
      // Every `refresh` seconds; after failures the delay doubles, up to 8× (and 1 hour more).
      const base = this.refresh * 1000;
      this.#off.timer = this.scheduler.after(
        Math.min(base * 2 ** this.#failures, base * 8, base + 3_600_000),
        () => {
          if (this.scheduler.hidden()) this.#due = true;
          else void this.reload();
        },
      );
    }
  };
}
