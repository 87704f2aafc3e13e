/**
 * What <gov-weather> shows, worked out from what it was given: a pure function of the data, the
 * time, the language and the element's settings (tested in Node, test/node/weather-view.test.ts),
 * so the element's `render` only lays it out.
 *
 * Any value at all may come in as the data (a BigInt, a cycle, a Proxy that throws): each value is
 * read once, checked by the model's rules (src/model/weather-fields.ts, each read as
 * `rule.read(value)`) and, when wrong, described in `issues` — never thrown. The element checks
 * only what it reads: the sources check whole reports (src/sources/weather/check.ts).
 */
import { describeValue } from '../../model/describe.js';
import { WEATHER_PLACE_FIELDS, WEATHER_SOURCE_FIELDS, WEATHER_UNITS } from '../../model/weather-fields.js';
import { readIsoDate } from '../../model/iso-date.js';
import type { Issue, WeatherPlace, WeatherReport, WeatherUnits } from '../../model/types.js';
import { portalDay, portalTime, zonedParts, type DateParts } from '../../format/dates.js';
import type { Locale } from '../../format/locale.js';
import { relativeTimeFormat } from '../../format/relative.js';
import { weatherIcon, weatherText, type WeatherIcon } from './conditions.js';
import { weatherMessages, type WeatherMessages } from './messages.js';

export interface WeatherViewSettings {
  locale: Locale;
  /** The units to show (the `units` attribute). */
  units: WeatherUnits;
  /** Now, in ms since the epoch. */
  now: number;
  /**
   * Whether the reader's clock may be used: after hydration only. Before, the reading time is
   * printed as a time and a day, as the server printed it; after, as an age, with staleness.
   */
  live: boolean;
  /** Seconds between loads (0: none). */
  refresh: number;
  /** Seconds after which data without `refresh` is out of date (0 or less: the default). */
  staleAfter: number;
  /** Whether the data comes from `src` or `source` rather than `report`. */
  loads: boolean;
  /** Why the last load failed ('' = the generic message); undefined when it did not. */
  failure: string | undefined;
  /** The `places` attribute: its number of ids sizes the loading placeholder. */
  places: string | undefined;
}

/** One line of a place's details: "Độ ẩm 88%"; a time also has its ISO text for `<time datetime>`. */
export interface WeatherDetail {
  label: string;
  text: string;
  datetime?: string;
}

export interface WeatherRow {
  name: string;
  icon: WeatherIcon;
  /** "21°C", or "–" without a temperature. */
  temperature: string;
  /** "Mưa nhỏ": the text of the WMO code. */
  condition: string;
  /** "Số liệu cũ": the reading was older than the stale threshold when the report was made. */
  old?: string;
  details: WeatherDetail[];
}

/**
 * "Cập nhật 19:50 15/03/2023" (server; in the browser for a report of another day), "Cập nhật 5 phút
 * trước" (browser, a report of today), or stale.
 */
export interface WeatherUpdated {
  stale: boolean;
  label: string;
  /** The reading time as shown; '' when the data has none that can be read. */
  text: string;
  datetime?: string;
}

export interface WeatherCredit {
  /** "Nguồn" */
  label: string;
  name: string;
  /** The source's link, when it has a safe one. */
  href?: string;
}

export interface WeatherStatus {
  message: string;
  /** Whether a retry button goes with the message (a failed load). */
  retry: boolean;
}

export interface WeatherView {
  /** The places shown; undefined when there is no data that can be shown. */
  rows?: WeatherRow[];
  /** How many placeholder rows stand for the data while it loads (0: none). */
  placeholders: number;
  updated?: WeatherUpdated;
  status?: WeatherStatus;
  credit?: WeatherCredit;
  /** What was wrong with the data, for `gov-error`. */
  issues: Issue[];
}

const DEFAULT_STALE_AFTER = 10_800;
const KM_PER_MILE = 1.609344;
const MINUTE = 60_000;

/** The numbers of a place the element reads (not the wind direction: it is not shown yet). */
const PLACE_NUMBERS = ['temperature', 'humidity', 'windSpeed', 'weatherCode', 'min', 'max'] as const;

type PlaceNumbers = Partial<Pick<WeatherPlace, (typeof PLACE_NUMBERS)[number]>>;

/** A reading time that can be shown: the text for `<time datetime>`, the instant, its wall clock. */
interface ReadingTime {
  datetime: string;
  time: number;
  parts: DateParts;
}

/** An issue for a value that breaks the rules. */
const invalid = (path: string, value: unknown, code = 'invalid'): Issue => ({
  path,
  message: `invalid value: ${describeValue(value)}`,
  code,
});

/** Everything <gov-weather> shows for `data` (a report, or anything at all) with `settings`. */
export function weatherView(data: unknown, settings: WeatherViewSettings): WeatherView {
  const issues: Issue[] = [];
  const shown = data == null ? undefined : readReport(data, settings, issues);
  const loading = data == null && settings.failure === undefined && settings.loads;
  return {
    ...shown,
    placeholders: loading ? settings.places?.split(',').length || 3 : 0,
    status: statusOf(data, shown?.rows, settings),
    issues,
  };
}

/** The rows, reading time and credit of a report; undefined when it is none. */
function readReport(
  data: unknown,
  settings: WeatherViewSettings,
  issues: Issue[],
): Pick<WeatherView, 'rows' | 'updated' | 'credit'> | undefined {
  try {
    // Each value is read once: a getter may answer differently the next time, after the check.
    const { places, units, fetchedAt, source } = data as Partial<WeatherReport>;
    if (!Array.isArray(places)) {
      if (typeof data == 'object') issues.push(invalid('places', places));
      else issues.push(invalid('(root)', data));
    }
    if (units && !WEATHER_UNITS.includes(units)) issues.push(invalid('units', units));
    if (issues.length) return undefined;
    const fetched = readingTime(fetchedAt);
    // "Today" is the reader's day once their clock is known (after hydration); before, on the
    // server too, it is the report's day, so both print the same.
    const today = settings.live ? zonedParts(settings.now) : fetched?.parts;
    const report: ReportContext = { units: units || 'metric', fetched, today, settings };
    const rows: WeatherRow[] = [];
    (places as unknown[]).forEach((place, index) => {
      const row = readPlace(place, `places[${index}]`, report, issues);
      if (row) rows.push(row);
    });
    if (!fetched) issues.push(invalid('fetchedAt', fetchedAt));
    return {
      rows,
      updated: updatedLine(fetched, today, settings),
      credit: readCredit(source, settings, issues),
    };
  } catch (error) {
    // Outside a place, a getter or a Proxy trap that throws leaves nothing to show.
    issues.push(invalid('(root)', error));
    return undefined;
  }
}

/** What a place is read with: the report's units, when it was made, today, the settings. */
interface ReportContext {
  units: WeatherUnits;
  fetched: ReadingTime | undefined;
  today: DateParts | undefined;
  settings: WeatherViewSettings;
}

/** One place's row; undefined (with an issue) when it cannot be shown. */
function readPlace(
  place: unknown,
  path: string,
  { units: reportUnits, fetched, today, settings }: ReportContext,
  issues: Issue[],
): WeatherRow | undefined {
  try {
    const { id, name, observedAt, isDay } = (place ?? {}) as Partial<WeatherPlace>;
    const shownName = WEATHER_PLACE_FIELDS.name!.read(name) as string | undefined;
    if (!shownName || WEATHER_PLACE_FIELDS.id!.read(id) === undefined) {
      issues.push(invalid(path, place));
      return undefined;
    }
    const numbers: PlaceNumbers = {};
    for (const key of PLACE_NUMBERS) {
      const value = (place as WeatherPlace)[key];
      // null counts as absent, as undefined does.
      if (value == null) continue;
      const read = WEATHER_PLACE_FIELDS[key]!.read(value) as number | undefined;
      if (read === undefined) issues.push(invalid(`${path}.${key}`, value));
      else numbers[key] = read;
    }
    const observed = readingTime(observedAt);
    if (!observed && observedAt != null) issues.push(invalid(`${path}.observedAt`, observedAt));
    const messages = weatherMessages[settings.locale];
    const row: WeatherRow = {
      name: shownName,
      icon: weatherIcon(numbers.weatherCode, isDay),
      temperature: temperatureText(numbers.temperature, reportUnits, settings.units),
      condition: weatherText(numbers.weatherCode, settings.locale),
      details: placeDetails(numbers, observed, today, reportUnits, settings.units, messages),
    };
    // Old when the report was made: a report fetched now may carry a reading of days ago. (Data
    // that ages after it was fetched is what the update line's stale warning is for.)
    if (observed && fetched && fetched.time - observed.time > 1000 * staleAfterSeconds(settings)) {
      row.old = messages.oldReading;
    }
    return row;
  } catch (error) {
    // A getter or a Proxy trap threw: this place is left out, the others stay.
    issues.push(invalid(path, error));
    return undefined;
  }
}

/** Humidity, wind, low–high and the time of the reading: those the place has. */
function placeDetails(
  numbers: PlaceNumbers,
  observed: ReadingTime | undefined,
  today: DateParts | undefined,
  reportUnits: WeatherUnits,
  units: WeatherUnits,
  messages: WeatherMessages,
): WeatherDetail[] {
  const details: WeatherDetail[] = [];
  const { humidity, windSpeed, min, max } = numbers;
  if (humidity !== undefined) details.push({ label: messages.humidity, text: `${Math.round(humidity)}%` });
  if (windSpeed !== undefined)
    details.push({ label: messages.wind, text: windText(windSpeed, reportUnits, units) });
  if (min !== undefined && max !== undefined) {
    const range = `${temperatureText(min, reportUnits, units)} – ${temperatureText(max, reportUnits, units)}`;
    details.push({ label: messages.range, text: range });
  }
  if (observed) {
    details.push({ label: messages.observed, text: timeText(observed, today), datetime: observed.datetime });
  }
  return details;
}

/** "21°C" or "71°F" in the units shown, converted from the report's; "–" without a value. */
function temperatureText(value: number | undefined, from: WeatherUnits, to: WeatherUnits): string {
  if (value === undefined) return '–';
  const imperial = to == 'imperial';
  let shown = value;
  if (from != to) shown = imperial ? value * 1.8 + 32 : (value - 32) / 1.8;
  return Math.round(shown) + (imperial ? '°F' : '°C');
}

/** "10 km/h" or "6 mph" in the units shown, converted from the report's. */
function windText(value: number, from: WeatherUnits, to: WeatherUnits): string {
  const imperial = to == 'imperial';
  let shown = value;
  if (from != to) shown = imperial ? value / KM_PER_MILE : value * KM_PER_MILE;
  return Math.round(shown) + (imperial ? ' mph' : ' km/h');
}

/**
 * A time of the data that can be shown: ISO 8601 with an offset (the model's date rule, read by
 * readIsoDate), printed on the portal's clock through zonedParts; undefined for anything else.
 */
function readingTime(value: unknown): ReadingTime | undefined {
  const text = WEATHER_PLACE_FIELDS.observedAt!.read(value) as string | undefined;
  const time = readIsoDate(text)?.time;
  if (time === undefined) return undefined;
  return { datetime: text!, time, parts: zonedParts(time) };
}

/** Whether the wall clock `parts` is on the day `today` (false when today is not known). */
const isOn = (parts: DateParts, today: DateParts | undefined) =>
  !!today && portalDay(parts) == portalDay(today);

/** "18:00", with its date when that is not `today` (or today is not known): "18:00 29/11/2026". */
function timeText({ parts }: ReadingTime, today?: DateParts): string {
  return isOn(parts, today) ? portalTime(parts) : `${portalTime(parts)} ${portalDay(parts)}`;
}

/**
 * The update line: the time and date the report was made; once the reader's clock is known, its
 * age if it was made today, and whether it is stale.
 */
function updatedLine(
  fetched: ReadingTime | undefined,
  today: DateParts | undefined,
  settings: WeatherViewSettings,
): WeatherUpdated {
  const messages = weatherMessages[settings.locale];
  const age = fetched ? settings.now - fetched.time : Infinity;
  const stale = settings.live && age > 1000 * staleAfterSeconds(settings);
  let text = '';
  if (fetched) {
    // Before hydration "today" is the report's own day: the time and date are printed, as ever.
    const madeToday = settings.live && isOn(fetched.parts, today);
    text = madeToday ? ageText(age, settings.locale) : timeText(fetched);
  }
  return {
    stale,
    label: stale ? `${messages.stale} · ${messages.updated.toLowerCase()}` : messages.updated,
    text,
    datetime: fetched?.datetime,
  };
}

/** With `refresh`, data is out of date after two refresh intervals; else after `stale-after`. */
function staleAfterSeconds({ refresh, staleAfter }: WeatherViewSettings): number {
  if (refresh > 0) return 2 * refresh;
  return staleAfter > 0 ? staleAfter : DEFAULT_STALE_AFTER;
}

/**
 * "3 giờ trước" / "3 hours ago": minutes or hours, through format's shared Intl formatter (as relativeTime in
 * src/format/relative.ts, which also knows days to years — not needed here: a report of another day
 * is shown with its date).
 */
function ageText(milliseconds: number, locale: Locale): string {
  const minutes = Math.max(0, milliseconds / MINUTE);
  const format = relativeTimeFormat(locale);
  if (minutes < 60) return format.format(-Math.floor(minutes), 'minute');
  return format.format(-Math.floor(minutes / 60), 'hour');
}

/** The source's credit, linked when its URL is safe; undefined (with an issue) without a name. */
function readCredit(
  source: unknown,
  settings: WeatherViewSettings,
  issues: Issue[],
): WeatherCredit | undefined {
  const { name, url, attribution } = (source ?? {}) as Partial<WeatherReport['source']>;
  const shownName = attribution || name;
  const href = WEATHER_SOURCE_FIELDS.url!.read(url) as string | undefined;
  if (url != null && !href) issues.push(invalid('source.url', url, 'unsafe-url'));
  if (typeof shownName != 'string') {
    issues.push(invalid('source', source));
    return undefined;
  }
  return { label: weatherMessages[settings.locale].source, name: shownName, href };
}

/** The status line: loading, no data, an error, or a failed refresh over the last good data. */
function statusOf(
  data: unknown,
  rows: WeatherRow[] | undefined,
  { locale, loads, failure }: WeatherViewSettings,
): WeatherStatus | undefined {
  const messages = weatherMessages[locale];
  const failed = failure !== undefined;
  const retry = loads && failed;
  if (rows) return failed ? { message: messages.failed, retry } : undefined;
  if (data != null) return { message: messages.error, retry };
  if (failure) return { message: failure, retry };
  if (failed) return { message: messages.error, retry };
  return { message: loads ? messages.loading : messages.noData, retry };
}
