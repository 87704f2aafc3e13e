/**
 * A small structural check of a `WeatherReport`, for the browser.
 *
 * `parseWeatherReport` (src/model/parse.ts) is the reference parser, but it is built on valibot
 * and costs about 5 KB min+gzip, more than the whole weather element may weigh. This check
 * follows the same rules for a report (tests hold the two to the same answers, see
 * test/node/weather-sources.test.ts) in a few hundred bytes, and it salvages: a broken place
 * or field is left out and reported, so the element can still show the rest.
 *
 * Rules, as in `parseWeatherReport` without a time zone: strings are NFC-normalised and trimmed;
 * `id`, `name`, `source.name` must not be empty; numbers must be finite and in range; dates are
 * ISO 8601 with an offset; `source.url` must pass `safeUrl`; `units` defaults to `metric`.
 */
import { safeUrl } from '../../model/safe-url.js';
import type { Issue, WeatherPlace, WeatherReport } from '../../model/types.js';

export interface WeatherCheck {
  /** The report with every invalid part left out; absent when nothing usable is left. */
  value?: WeatherReport;
  /** Everything that was wrong (empty when the input was a valid report). */
  issues: Issue[];
}

const ISO = /^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d)(?::(\d\d)(?:\.\d{1,9})?)?(?:Z|[+-]\d\d:\d\d)$/;

/** ISO 8601 with an offset, and a real calendar date (no 2023-02-30, no 25:00). */
export function isIsoWithOffset(s: unknown): s is string {
  const m = typeof s === 'string' ? ISO.exec(s) : null;
  if (!m) return false;
  const [y, mo, d, h, mi, se] = m.slice(1).map((x) => Number(x ?? 0)) as number[];
  return mo! >= 1 && mo! <= 12 && d! >= 1 && d! <= new Date(Date.UTC(y!, mo!, 0)).getUTCDate() && h! < 24 && mi! < 60 && se! < 60 && !Number.isNaN(Date.parse(s as string));
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** [key, min, max, whole number] for the numeric fields of a place. */
const NUMBERS: [keyof WeatherPlace, number, number, boolean?][] = [
  ['latitude', -90, 90],
  ['longitude', -180, 180],
  ['temperature', -Infinity, Infinity],
  ['apparentTemperature', -Infinity, Infinity],
  ['humidity', 0, 100],
  ['windSpeed', 0, Infinity],
  ['windDirection', 0, 360],
  ['weatherCode', 0, 99, true],
  ['min', -Infinity, Infinity],
  ['max', -Infinity, Infinity],
];

export function checkWeatherReport(input: unknown): WeatherCheck {
  const issues: Issue[] = [];
  const fail = (path: string, message: string, code = 'invalid') => {
    issues.push({ path, message, code });
    return undefined;
  };
  /** A string, normalised and trimmed; `undefined` (with an issue) when it is not one. */
  const text = (x: unknown, path: string, required?: boolean): string | undefined => {
    if (x === undefined && !required) return undefined;
    if (typeof x !== 'string') return fail(path, x === undefined ? 'required' : 'must be a string', x === undefined ? 'required' : 'invalid');
    const s = x.normalize('NFC').trim();
    return s || !required ? s : fail(path, 'required', 'required');
  };

  if (!isObject(input)) return fail('(root)', 'must be an object') ?? { issues };
  const units = (input.units ?? 'metric') as WeatherReport['units'];
  if (units !== 'metric' && units !== 'imperial') fail('units', 'must be metric or imperial');
  if (!Array.isArray(input.places)) fail('places', input.places === undefined ? 'required' : 'must be a list');
  if (issues.length) return { issues };

  const places: WeatherPlace[] = [];
  (input.places as unknown[]).forEach((raw, i) => {
    const at = `places[${i}]`;
    if (!isObject(raw)) return fail(at, 'must be an object');
    const id = text(raw.id, `${at}.id`, true);
    const name = text(raw.name, `${at}.name`, true);
    if (!id || !name) return;
    const place: WeatherPlace = { id, name };
    for (const [key, min, max, whole] of NUMBERS) {
      const x = raw[key];
      if (x === undefined) continue;
      if (typeof x === 'number' && Number.isFinite(x) && x >= min && x <= max && (!whole || Number.isInteger(x))) (place as unknown as Record<string, number>)[key] = x;
      else fail(`${at}.${key}`, typeof x === 'number' ? `must be ${whole ? 'a whole number ' : ''}${min}…${max}` : 'must be a number');
    }
    if (raw.observedAt !== undefined) {
      const s = typeof raw.observedAt === 'string' ? raw.observedAt.trim() : raw.observedAt;
      if (isIsoWithOffset(s)) place.observedAt = s;
      else fail(`${at}.observedAt`, 'expected ISO 8601 with an offset');
    }
    if (raw.isDay !== undefined) {
      if (typeof raw.isDay === 'boolean') place.isDay = raw.isDay;
      else fail(`${at}.isDay`, 'must be true or false');
    }
    places.push(place);
  });

  const src = isObject(input.source) ? input.source : (fail('source', input.source === undefined ? 'required' : 'must be an object', input.source === undefined ? 'required' : 'invalid'), {});
  const source: WeatherReport['source'] = { name: text(src.name, 'source.name', true) ?? '' };
  if (src.url !== undefined) {
    const url = safeUrl(src.url);
    if (url) source.url = url;
    else fail('source.url', 'unsafe or invalid URL (allowed: http, https, relative)', 'unsafe-url');
  }
  const attribution = text(src.attribution, 'source.attribution');
  if (attribution !== undefined) source.attribution = attribution;

  const f = typeof input.fetchedAt === 'string' ? input.fetchedAt.trim() : input.fetchedAt;
  const fetchedAt = isIsoWithOffset(f) ? f : (fail('fetchedAt', f === undefined ? 'required' : 'expected ISO 8601 with an offset', f === undefined ? 'required' : 'invalid'), '');
  return { value: { places, units, source, fetchedAt }, issues };
}
