/**
 * A structural check of a `WeatherReport`, for the browser.
 *
 * `parseWeatherReport` (src/model/parse.ts) is the reference parser, but it is built on valibot
 * and costs about 5 KB min+gzip, more than the whole weather element may weigh. This check reads
 * the same rules — the model's field tables (src/model/fields.ts) through `readFields`, their light
 * reader — so the two give the same answers (test/node/weather-sources.test.ts holds them to it),
 * and it salvages: a broken place or field is left out and reported, so the element can still show
 * the rest.
 *
 * It never throws, whatever the input: values are described with `describeValue` (JSON.stringify
 * throws on a BigInt, a cycle or deep nesting), and a place whose getters or Proxy traps throw is
 * left out and reported like any other broken place.
 */
import { describeValue } from '../../model/describe.js';
import { readFields } from '../../model/rules.js';
import {
  FETCHED_AT,
  WEATHER_PLACE_FIELDS,
  WEATHER_SOURCE_FIELDS,
  WEATHER_UNITS,
} from '../../model/weather-fields.js';
import type { Issue, WeatherPlace, WeatherReport, WeatherUnits } from '../../model/types.js';

/** ISO 8601 with an offset, and a real calendar date (no 2023-02-30, no 25:00): the model's rule. */
export const isIsoWithOffset = (value: unknown): value is string =>
  typeof value == 'string' && FETCHED_AT.read(value) === value;

export interface WeatherCheck {
  /** The report with every invalid part left out; absent when nothing usable is left. */
  value?: WeatherReport;
  /** Everything that was wrong (empty when the input was a valid report). */
  issues: Issue[];
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value == 'object' && value !== null && !Array.isArray(value);

/** A value that breaks the rules, or a missing one (`required`). */
function wrong(path: string, value: unknown): Issue {
  if (value === undefined) return { path, message: 'required', code: 'required' };
  return { path, message: `invalid value ${describeValue(value)}`, code: 'invalid' };
}

/** A getter or a Proxy trap threw (objects built in code can do this; JSON cannot). */
const unreadable = (path: string, error: unknown): Issue => ({
  path,
  message: `unreadable: ${describeValue(error)}`,
  code: 'invalid',
});

export function checkWeatherReport(input: unknown): WeatherCheck {
  const issues: Issue[] = [];
  try {
    if (!isObject(input)) return { issues: [wrong('(root)', input)] };
    // Each value is read once: a getter may answer differently the second time.
    const { places, fetchedAt } = input;
    const units = (input.units ?? 'metric') as WeatherUnits;
    if (!WEATHER_UNITS.includes(units)) issues.push(wrong('units', units));
    if (!Array.isArray(places)) issues.push(wrong('places', places));
    if (issues.length) return { issues };
    const checkedPlaces = checkPlaces(places as unknown[], issues);
    const source = readFields(input.source, WEATHER_SOURCE_FIELDS, 'source', issues);
    const checkedFetchedAt = FETCHED_AT.read(fetchedAt) as string | undefined;
    if (!checkedFetchedAt) issues.push(wrong('fetchedAt', fetchedAt));
    const value: WeatherReport = {
      places: checkedPlaces,
      units,
      source: { name: '', ...source },
      fetchedAt: checkedFetchedAt ?? '',
    };
    return { value, issues };
  } catch (error) {
    // Outside a place, a throwing getter or trap leaves nothing to trust.
    return { issues: [...issues, unreadable('(root)', error)] };
  }
}

/** The places with an id and a name, each with its valid fields; the rest is in `issues`. */
function checkPlaces(places: unknown[], issues: Issue[]): WeatherPlace[] {
  const checked: WeatherPlace[] = [];
  places.forEach((input, index) => {
    const path = `places[${index}]`;
    try {
      const place = readFields(input, WEATHER_PLACE_FIELDS, path, issues);
      if (place?.id && place.name) checked.push(place as WeatherPlace);
    } catch (error) {
      issues.push(unreadable(path, error));
    }
  });
  return checked;
}
