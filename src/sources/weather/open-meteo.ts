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

const CURRENT: [string, keyof WeatherPlace][] = [
  ['temperature_2m', 'temperature'],
  ['relative_humidity_2m', 'humidity'],
  ['apparent_temperature', 'apparentTemperature'],
  ['is_day', 'isDay'],
  ['weather_code', 'weatherCode'],
  ['wind_speed_10m', 'windSpeed'],
  ['wind_direction_10m', 'windDirection'],
];

/** The one request for all places. */
export function openMeteoUrl(places: readonly PlacePreset[], baseUrl = OPEN_METEO_URL): string {
  const list = (key: 'latitude' | 'longitude') => places.map((p) => p[key]).join(',');
  return `${baseUrl}?latitude=${list('latitude')}&longitude=${list('longitude')}&current=${CURRENT.map((c) => c[0]).join(',')}&daily=temperature_2m_max,temperature_2m_min&timezone=Asia/Ho_Chi_Minh&forecast_days=1`;
}

const isObject = (x: unknown): x is Record<string, any> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);
const pad = (n: number) => String(n).padStart(2, '0');

/** Open-Meteo's `{"error": true, "reason": "…"}` as a message (String() would throw on `{"toString": 1}`). */
const serviceReason = (body: unknown) =>
  isObject(body) && body.error === true
    ? `Open-Meteo: ${typeof body.reason == 'string' ? body.reason : 'error'}`
    : undefined;

/**
 * "2023-03-15T19:45" + 25200 s → "2023-03-15T19:45:00+07:00". Undefined unless the time is a real
 * wall-clock time (Date rolls 2023-02-30 and 24:00 over, so they do not come back unchanged) and
 * the offset whole minutes within ±14:00, the range of the world's time zones: 90 000 s would
 * print +25:00, which no parser reads. The place then goes without its time, listed as partial.
 */
export function withOffset(local: unknown, offsetSeconds: unknown): string | undefined {
  if (typeof local !== 'string' || !/^\d{4}-\d\d-\d\dT\d\d:\d\d$/.test(local)) return undefined;
  if (!new Date(local + 'Z').toJSON()?.startsWith(local)) return undefined;
  if (typeof offsetSeconds !== 'number' || !Number.isInteger(offsetSeconds / 60)) return undefined;
  if (Math.abs(offsetSeconds) > 14 * 3600) return undefined;
  const m = Math.abs(offsetSeconds / 60);
  return `${local}:00${offsetSeconds < 0 ? '-' : '+'}${pad(Math.trunc(m / 60))}:${pad(m % 60)}`;
}

/**
 * Maps an Open-Meteo answer (one object, or an array of them for several places) to a
 * `WeatherReport` for the places asked, in their order. Throws `WeatherSourceError`.
 *
 * Every value is checked on the way (a number where a number is asked, the WMO code a whole
 * number 0–99, is_day 0 or 1, humidity 0–100…), so the result passes `parseWeatherReport`
 * (test/node/weather-sources.test.ts) without this module paying for valibot.
 */
export function mapOpenMeteo(
  body: unknown,
  places: readonly PlacePreset[],
  options: { lang?: Locale; fetchedAt?: string } = {},
): WeatherReport {
  const reason = serviceReason(body);
  if (reason) throw new WeatherSourceError('service', reason);
  const answers = Array.isArray(body) ? body : isObject(body) ? [body] : undefined;
  if (!answers) throw new WeatherSourceError('malformed', 'Open-Meteo: not a forecast');
  const issues: Issue[] = [];
  const missing = (path: string, message = 'missing or invalid') =>
    issues.push({ path, message, code: 'partial' });
  const out: WeatherPlace[] = [];
  places.forEach((p, i) => {
    const at = `places[${i}]`;
    const answer = answers[i];
    const current = isObject(answer) ? answer.current : undefined;
    if (!isObject(current)) return missing(at, 'no current conditions');
    const place: WeatherPlace = {
      id: p.id,
      name: (options.lang === 'en' && p.nameEn) || p.name,
      latitude: p.latitude,
      longitude: p.longitude,
    };
    const observedAt = withOffset(current.time, answer!.utc_offset_seconds);
    if (observedAt) place.observedAt = observedAt;
    else missing(at + '.observedAt');
    const values: [keyof WeatherPlace, unknown][] = [
      ...CURRENT.map(([key, ours]) => [ours, current[key]] as [keyof WeatherPlace, unknown]),
      ['min', answer!.daily?.temperature_2m_min?.[0]],
      ['max', answer!.daily?.temperature_2m_max?.[0]],
    ];
    for (const [key, x] of values) {
      const [min, max, whole] = RANGES[key] ?? [-Infinity, Infinity];
      // isFinite: JSON's 1e999 reads as Infinity, which no report may hold.
      const valid =
        typeof x == 'number' && isFinite(x) && x >= min && x <= max && (!whole || Number.isInteger(x));
      if (valid) (place as any)[key] = key == 'isDay' ? x == 1 : x;
      else missing(`${at}.${key}`);
    }
    out.push(place);
  });
  if (!out.length) throw new WeatherSourceError('malformed', 'Open-Meteo: no usable place', { issues });
  const report: WeatherReport = {
    places: out,
    units: 'metric',
    source: { ...OPEN_METEO_INFO },
    fetchedAt: options.fetchedAt ?? new Date(clock.now()).toISOString(),
  };
  if (issues.length)
    throw new WeatherSourceError('partial', 'Open-Meteo: incomplete answer', { issues, report });
  return report;
}

/** Ranges as in parseWeatherReport: [min, max, whole number]. */
const RANGES: Partial<Record<keyof WeatherPlace, [number, number, boolean?]>> = {
  humidity: [0, 100],
  windSpeed: [0, Infinity],
  windDirection: [0, 360],
  weatherCode: [0, 99, true],
  isDay: [0, 1, true],
};

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
  return places.map((p) => {
    const place = typeof p === 'string' ? placePreset(p) : p;
    if (!place) throw new RangeError(`unknown place "${p}"`);
    return place;
  });
}

export function openMeteoSource(options: OpenMeteoOptions): WeatherSource {
  const places = resolvePlaces(options.places);
  const url = openMeteoUrl(places, options.baseUrl);
  const ttl = options.cacheTtlMs ?? 600_000;
  return {
    ...OPEN_METEO_INFO,
    async load({ signal } = {}) {
      signal?.throwIfAborted();
      let entry = cache.get(url);
      if (!entry || entry.expires <= clock.now()) {
        const answer = fetchJson(url, {
          fetch: options.fetch,
          timeoutMs: options.timeoutMs,
          serviceError: serviceReason,
        });
        const fresh: CacheEntry = (entry = { expires: Infinity, answer });
        cache.set(url, fresh);
        answer.then(
          () => (fresh.expires = clock.now() + ttl),
          () => cache.get(url) === fresh && cache.delete(url),
        );
      }
      // The shared request goes on for the other callers if this one gives up.
      const body = await new Promise<unknown>((resolve, reject) => {
        signal?.addEventListener('abort', () => reject(signal.reason), { once: true });
        entry!.answer.then(resolve, reject);
      });
      return mapOpenMeteo(body, places, { lang: options.lang });
    },
  };
}
