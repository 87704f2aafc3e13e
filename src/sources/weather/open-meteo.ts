/**
 * Open-Meteo (https://open-meteo.com/) as a weather source: free, no API key, data under
 * CC BY 4.0 (the report carries the credit and the element shows it with a link).
 *
 * One request for all places (comma-separated coordinates), answers cached per URL for
 * `cacheTtlMs` with one shared promise, so a page with many widgets makes one request.
 *
 * Partial answers: a place missing from the answer, or a requested value missing (absent, null,
 * or unusable: a number that is not finite, a time off the calendar or the clock, an offset beyond
 * ±14:00), is left out and listed; `load()` then rejects with a `WeatherSourceError` of kind
 * `partial` whose `report` holds every usable place (the element shows it and reports the
 * issues). Nothing usable at all → kind `malformed`.
 */
import { clock } from '../../format/clock.js';
import type { Locale } from '../../format/locale.js';
import { WEATHER_PLACE_FIELDS } from '../../model/weather-fields.js';
import { formatOffset, readIsoDate, twoDigits } from '../../model/iso-date.js';
import type { Issue, WeatherPlace, WeatherReport } from '../../model/types.js';
import { placePreset, type PlacePreset } from './places.js';
import { fetchJson, WeatherSourceError, type WeatherSource } from './source.js';

export const OPEN_METEO_URL = 'https://api.open-meteo.com/v1/forecast';

export const OPEN_METEO_INFO = {
  name: 'Open-Meteo',
  url: 'https://open-meteo.com/',
  attribution: 'Open-Meteo.com (CC BY 4.0)',
} as const;

export interface OpenMeteoOptions {
  /** Preset ids (`ha-noi`, `da-nang`, `tp-ho-chi-minh`, …, see PLACE_PRESETS) or places with coordinates. */
  places: readonly (string | PlacePreset)[];
  /** Language of the place names (default `vi`). */
  lang?: Locale;
  fetch?: typeof fetch;
  /** Default 10 000 ms. */
  timeoutMs?: number;
  /** How long an answer is reused, default 10 minutes (Open-Meteo updates every 15). */
  cacheTtlMs?: number;
  /** Another endpoint with the same API (a self-hosted Open-Meteo, a proxy). */
  baseUrl?: string;
}

/** The current conditions asked for: Open-Meteo's name and ours. */
const CURRENT: { variable: string; field: keyof WeatherPlace }[] = [
  { variable: 'temperature_2m', field: 'temperature' },
  { variable: 'relative_humidity_2m', field: 'humidity' },
  { variable: 'apparent_temperature', field: 'apparentTemperature' },
  { variable: 'is_day', field: 'isDay' },
  { variable: 'weather_code', field: 'weatherCode' },
  { variable: 'wind_speed_10m', field: 'windSpeed' },
  { variable: 'wind_direction_10m', field: 'windDirection' },
];

/** The one request for all places. */
export function openMeteoUrl(places: readonly PlacePreset[], baseUrl = OPEN_METEO_URL): string {
  const list = (key: 'latitude' | 'longitude') => places.map((place) => place[key]).join(',');
  const parameters = [
    `latitude=${list('latitude')}`,
    `longitude=${list('longitude')}`,
    `current=${CURRENT.map((current) => current.variable).join(',')}`,
    'daily=temperature_2m_max,temperature_2m_min',
    'timezone=Asia/Ho_Chi_Minh',
    'forecast_days=1',
  ];
  return `${baseUrl}?${parameters.join('&')}`;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Open-Meteo's `{"error": true, "reason": "…"}` as a message (String() would throw on `{"toString": 1}`). */
function serviceReason(body: unknown): string | undefined {
  if (!isObject(body) || body.error !== true) return undefined;
  return `Open-Meteo: ${typeof body.reason == 'string' ? body.reason : 'error'}`;
}

/** Open-Meteo's `is_day` (1 or 0) as ours; anything else is no answer. */
function dayOrNight(value: unknown): boolean | undefined {
  if (value === 1) return true;
  return value === 0 ? false : undefined;
}

/** The world's time zones lie within ±14:00 of UTC. */
const MAX_OFFSET_MINUTES = 14 * 60;

/**
 * "2023-03-15T19:45" + 25200 s → "2023-03-15T19:45:00+07:00". Undefined unless the local time is a
 * real wall-clock time without an offset (readIsoDate refuses 2023-02-30 and 24:00) and the offset
 * whole minutes within ±14:00: 90 000 s would print +25:00, which no parser reads. The place then
 * goes without its time, listed as partial.
 */
export function withOffset(local: unknown, offsetSeconds: unknown): string | undefined {
  const wallClock = readIsoDate(local);
  if (!wallClock?.hasTime || wallClock.offset !== undefined) return undefined;
  const offsetMinutes = typeof offsetSeconds == 'number' ? offsetSeconds / 60 : NaN;
  if (!Number.isInteger(offsetMinutes) || Math.abs(offsetMinutes) > MAX_OFFSET_MINUTES) return undefined;
  const { year, month, day, hour, minute, second } = wallClock;
  const date = `${String(year).padStart(4, '0')}-${twoDigits(month)}-${twoDigits(day)}`;
  const time = `${twoDigits(hour)}:${twoDigits(minute)}:${twoDigits(second)}`;
  return `${date}T${time}${formatOffset(offsetMinutes)}`;
}

/**
 * Maps an Open-Meteo answer (one object, or an array of them for several places) to a
 * `WeatherReport` for the places asked, in their order. Throws `WeatherSourceError`.
 *
 * Every value is checked on the way against the model's rules (src/model/fields.ts: a number
 * where a number is asked, the WMO code a whole number 0–99, humidity 0–100…), so the result
 * passes `parseWeatherReport` (test/node/weather-sources.test.ts) without this module paying
 * for valibot.
 */
export function mapOpenMeteo(
  body: unknown,
  places: readonly PlacePreset[],
  options: { lang?: Locale; fetchedAt?: string } = {},
): WeatherReport {
  const reason = serviceReason(body);
  if (reason) throw new WeatherSourceError('service', reason);
  if (!Array.isArray(body) && !isObject(body)) {
    throw new WeatherSourceError('malformed', 'Open-Meteo: not a forecast');
  }
  // One place: the API answers with the object alone.
  const answers: unknown[] = Array.isArray(body) ? body : [body];
  const issues: Issue[] = [];
  const mapped: WeatherPlace[] = [];
  places.forEach((preset, index) => {
    const place = mapPlace(answers[index], preset, `places[${index}]`, options.lang, issues);
    if (place) mapped.push(place);
  });
  if (!mapped.length) throw new WeatherSourceError('malformed', 'Open-Meteo: no usable place', { issues });
  const report: WeatherReport = {
    places: mapped,
    units: 'metric',
    source: { ...OPEN_METEO_INFO },
    fetchedAt: options.fetchedAt ?? new Date(clock.now()).toISOString(),
  };
  if (issues.length) {
    throw new WeatherSourceError('partial', 'Open-Meteo: incomplete answer', { issues, report });
  }
  return report;
}

/** One place of the answer; undefined without current conditions. What is missing goes to `issues`. */
function mapPlace(
  answer: unknown,
  preset: PlacePreset,
  path: string,
  lang: Locale | undefined,
  issues: Issue[],
): WeatherPlace | undefined {
  const missing = (at: string, message = 'missing or invalid') => {
    issues.push({ path: at, message, code: 'partial' });
  };
  const current = isObject(answer) ? answer.current : undefined;
  if (!isObject(current)) {
    missing(path, 'no current conditions');
    return undefined;
  }
  const { utc_offset_seconds: offsetSeconds, daily } = answer as {
    utc_offset_seconds?: unknown;
    daily?: { temperature_2m_min?: unknown[]; temperature_2m_max?: unknown[] };
  };
  const place: WeatherPlace = {
    id: preset.id,
    name: (lang === 'en' && preset.nameEn) || preset.name,
    latitude: preset.latitude,
    longitude: preset.longitude,
  };
  const observedAt = withOffset(current.time, offsetSeconds);
  if (observedAt) place.observedAt = observedAt;
  else missing(`${path}.observedAt`);
  const values: { field: keyof WeatherPlace; value: unknown }[] = [
    ...CURRENT.map(({ variable, field }) => ({ field, value: current[variable] })),
    { field: 'min', value: daily?.temperature_2m_min?.[0] },
    { field: 'max', value: daily?.temperature_2m_max?.[0] },
  ];
  for (const { field, value } of values) {
    const ours = field == 'isDay' ? dayOrNight(value) : value;
    const read = WEATHER_PLACE_FIELDS[field]!.read(ours);
    if (read === undefined) missing(`${path}.${field}`);
    else Object.assign(place, { [field]: read });
  }
  return place;
}

interface CacheEntry {
  expires: number;
  answer: Promise<unknown>;
}
const cache = new Map<string, CacheEntry>();

/** Forgets every cached answer (tests; or after changing the network). */
export function clearOpenMeteoCache(): void {
  cache.clear();
}

/** Resolves the places: preset ids become presets; unknown ids throw a RangeError at once. */
export function resolvePlaces(places: readonly (string | PlacePreset)[]): PlacePreset[] {
  return places.map((wanted) => {
    const place = typeof wanted === 'string' ? placePreset(wanted) : wanted;
    if (!place) throw new RangeError(`unknown place "${wanted}"`);
    return place;
  });
}

/**
 * The answer for `url`: the cached one while it is fresh (or still on its way), else a new
 * request, shared by every caller until it settles. A failed request is not kept.
 */
function cachedAnswer(url: string, options: OpenMeteoOptions, ttl: number): CacheEntry {
  const cached = cache.get(url);
  if (cached && cached.expires > clock.now()) return cached;
  const answer = fetchJson(url, {
    fetch: options.fetch,
    timeoutMs: options.timeoutMs,
    serviceError: serviceReason,
  });
  const entry: CacheEntry = { expires: Infinity, answer };
  cache.set(url, entry);
  answer.then(
    () => {
      entry.expires = clock.now() + ttl;
    },
    () => {
      if (cache.get(url) === entry) cache.delete(url);
    },
  );
  return entry;
}

export function openMeteoSource(options: OpenMeteoOptions): WeatherSource {
  const places = resolvePlaces(options.places);
  const url = openMeteoUrl(places, options.baseUrl);
  const ttl = options.cacheTtlMs ?? 600_000;
  return {
    ...OPEN_METEO_INFO,
    async load({ signal } = {}) {
      signal?.throwIfAborted();
      const entry = cachedAnswer(url, options, ttl);
      // The shared request goes on for the other callers if this one gives up.
      const body = await new Promise<unknown>((resolve, reject) => {
        signal?.addEventListener('abort', () => reject(signal.reason), { once: true });
        entry.answer.then(resolve, reject);
      });
      return mapOpenMeteo(body, places, { lang: options.lang });
    },
  };
}
