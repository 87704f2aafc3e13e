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
 *
 * It never throws, whatever the input: values are described with `describeValue` (JSON.stringify
 * throws on a BigInt, a cycle or deep nesting), and a place whose getters or Proxy traps throw is
 * left out and reported like any other broken place.
 */
import { safeUrl } from '../../model/safe-url.js';
import type { Issue, WeatherPlace, WeatherReport } from '../../model/types.js';
import { readDate } from '../../format/dates.js';
import { describeValue } from '../../model/describe.js';

/** ISO 8601 with an offset, and a real calendar date (no 2023-02-30, no 25:00): format's reader. */
export const isIsoWithOffset = (s: unknown): s is string => readDate(s)?.[6] != null;

export interface WeatherCheck {
  /** The report with every invalid part left out; absent when nothing usable is left. */
  value?: WeatherReport;
  /** Everything that was wrong (empty when the input was a valid report). */
  issues: Issue[];
}

const isObject = (x: unknown): x is Record<string, unknown> =>
  typeof x == 'object' && !!x && !Array.isArray(x);
const I = Infinity;

/** Numeric fields of a place: key, min, max (a negative max: whole numbers up to -max). */
const NUMBERS: [string, number, number][] = [
  ['latitude', -90, 90],
  ['longitude', -180, 180],
  ['temperature', -I, I],
  ['apparentTemperature', -I, I],
  ['humidity', 0, 100],
  ['windSpeed', 0, I],
  ['windDirection', 0, 360],
  ['weatherCode', 0, -99],
  ['min', -I, I],
  ['max', -I, I],
];

export function checkWeatherReport(input: unknown): WeatherCheck {
  const issues: Issue[] = [];
  /** Records a problem with `path`; `x` is the value found (absent → code `required`). */
  const fail = (path: string, x?: unknown, code = x === undefined ? 'required' : 'invalid'): undefined => {
    issues.push({ path, message: code == 'invalid' ? `invalid value ${describeValue(x)}` : code, code });
  };
  /** A string, NFC-normalised and trimmed; `undefined` (with an issue) when it is not one. */
  const text = (x: unknown, path: string, required?: 1): string | undefined => {
    if (x === undefined && !required) return;
    if (typeof x != 'string') return fail(path, x);
    const s = x.normalize('NFC').trim();
    return s || !required ? s : fail(path);
  };
  const date = (x: unknown, path: string) => {
    const s = typeof x == 'string' ? x.trim() : x;
    return isIsoWithOffset(s) ? s : fail(path, x);
  };
  /** A getter or a Proxy trap threw (objects built in code can do this; JSON cannot). */
  const unreadable = (path: string, error: unknown): undefined => {
    issues.push({ path, message: `unreadable: ${describeValue(error)}`, code: 'invalid' });
  };

  try {
    if (!isObject(input)) return fail('(root)', input) ?? { issues };
    const units = (input.units ?? 'metric') as WeatherReport['units'];
    if (units != 'metric' && units != 'imperial') fail('units', units);
    if (!Array.isArray(input.places)) fail('places', input.places);
    if (issues.length) return { issues };

    const places: WeatherPlace[] = [];
    (input.places as unknown[]).forEach((raw, i) => {
      const at = `places[${i}]`;
      try {
        if (!isObject(raw)) return fail(at, raw);
        const id = text(raw.id, at + '.id', 1);
        const name = text(raw.name, at + '.name', 1);
        if (!id || !name) return;
        const place: Record<string, unknown> = { id, name };
        for (const [key, min, max] of NUMBERS) {
          const x = raw[key];
          if (x === undefined) continue;
          const inRange = typeof x == 'number' && isFinite(x) && x >= min && x <= Math.abs(max);
          const valid = inRange && (max > 0 || Number.isInteger(x));
          if (valid) place[key] = x;
          else fail(`${at}.${key}`, x);
        }
        // Each value read once: a getter may answer differently the second time.
        const { observedAt, isDay } = raw;
        if (observedAt !== undefined) place.observedAt = date(observedAt, at + '.observedAt');
        if (isDay !== undefined) place.isDay = typeof isDay == 'boolean' ? isDay : fail(at + '.isDay', isDay);
        places.push(JSON.parse(JSON.stringify(place)));
      } catch (error) {
        unreadable(at, error);
      }
    });

    const src = isObject(input.source) ? input.source : (fail('source', input.source), {});
    const source: WeatherReport['source'] = JSON.parse(
      JSON.stringify({
        name: text(src.name, 'source.name', 1) ?? '',
        url:
          src.url === undefined ? undefined : (safeUrl(src.url) ?? fail('source.url', src.url, 'unsafe-url')),
        attribution: text(src.attribution, 'source.attribution'),
      }),
    );
    return { value: { places, units, source, fetchedAt: date(input.fetchedAt, 'fetchedAt') ?? '' }, issues };
  } catch (error) {
    // Outside a place, a throwing getter or trap leaves nothing to trust.
    return unreadable('(root)', error) ?? { issues };
  }
}
