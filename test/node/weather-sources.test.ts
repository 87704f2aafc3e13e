import { test, describe, beforeEach, afterEach, mock } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { parseWeatherReport, type WeatherReport } from '../../src/model/index.js';
import { clock } from '../../src/format/clock.js';
import { REPORT_3_CITIES } from '../fixtures/open-meteo/report-3-cities.js';
import {
  openMeteoSource,
  openMeteoUrl,
  mapOpenMeteo,
  clearOpenMeteoCache,
  resolvePlaces,
  jsonWeatherSource,
  staticWeatherSource,
  WeatherSourceError,
  checkWeatherReport,
  PLACE_PRESETS,
} from '../../src/sources/weather/index.js';
import { hostileAnything } from '../fixtures/hostile-arbitrary.js';

const fixture = (name: string) =>
  readFileSync(new URL(`../fixtures/open-meteo/${name}`, import.meta.url), 'utf8');
const SEED = ['ha-noi', 'da-nang', 'tp-ho-chi-minh'];
const NOW = Date.parse('2023-03-15T12:50:00Z'); // 19:50 in Hà Nội

/** A fetch that answers from a queue of [status, body] and counts its calls. */
function fakeFetch(...answers: [number, string][]) {
  const calls: string[] = [];
  const fn = (async (url: string | URL | Request, init?: RequestInit) => {
    calls.push(String(url));
    init?.signal?.throwIfAborted();
    const [status, body] = answers[Math.min(calls.length - 1, answers.length - 1)]!;
    return new Response(body, { status, headers: { 'content-type': 'application/json' } });
  }) as typeof fetch;
  return { fn, calls };
}

async function rejection(promise: Promise<unknown>): Promise<WeatherSourceError> {
  try {
    await promise;
  } catch (error) {
    return error as WeatherSourceError;
  }
  assert.fail('expected the load to fail');
}

const EXPECTED: WeatherReport = REPORT_3_CITIES;

describe('place presets', () => {
  test('the seed places, with Vietnamese and English names and coordinates', () => {
    const [hn, dn, hcm] = resolvePlaces(SEED);
    assert.deepEqual([hn!.name, dn!.name, hcm!.name], ['Hà Nội', 'Đà Nẵng', 'TP Hồ Chí Minh']);
    assert.deepEqual([hn!.nameEn, dn!.nameEn, hcm!.nameEn], ['Hanoi', 'Da Nang', 'Ho Chi Minh City']);
    for (const p of PLACE_PRESETS) {
      assert.ok(p.latitude > 8 && p.latitude < 24 && p.longitude > 102 && p.longitude < 110, p.id);
    }
  });
  test('an unknown id is refused at once', () => {
    assert.throws(() => resolvePlaces(['ha-noi', 'atlantis']), /unknown place "atlantis"/);
  });
});

describe('openMeteoSource', () => {
  beforeEach(() => {
    clearOpenMeteoCache();
    clock.set(NOW);
  });
  afterEach(() => clock.reset());

  test('asks once for all places, with the documented parameters', () => {
    assert.equal(
      openMeteoUrl(resolvePlaces(SEED)),
      'https://api.open-meteo.com/v1/forecast?latitude=21.0285,16.0544,10.8231&longitude=105.8542,108.2022,106.6297' +
        '&current=temperature_2m,relative_humidity_2m,apparent_temperature,is_day,weather_code,wind_speed_10m,wind_direction_10m' +
        '&daily=temperature_2m_max,temperature_2m_min&timezone=Asia/Ho_Chi_Minh&forecast_days=1',
    );
  });

  test('maps the recorded answer for the three cities to the expected report', async () => {
    const f = fakeFetch([200, fixture('forecast-3-cities.json')]);
    const report = await openMeteoSource({ places: SEED, fetch: f.fn }).load();
    assert.deepEqual(report, EXPECTED);
    assert.equal(f.calls.length, 1);
    assert.equal(f.calls[0], openMeteoUrl(resolvePlaces(SEED)));
    // The reference parser agrees with the result, value for value.
    const parsed = parseWeatherReport(report);
    assert.ok(parsed.ok);
    assert.deepEqual(parsed.value, report);
  });

  test('English place names on request', async () => {
    const f = fakeFetch([200, fixture('forecast-3-cities.json')]);
    const report = await openMeteoSource({ places: SEED, fetch: f.fn, lang: 'en' }).load();
    assert.deepEqual(
      report.places.map((p) => p.name),
      ['Hanoi', 'Da Nang', 'Ho Chi Minh City'],
    );
  });

  test('one place: the API answers with a single object', async () => {
    const f = fakeFetch([200, fixture('forecast-ha-noi.json')]);
    const report = await openMeteoSource({ places: ['ha-noi'], fetch: f.fn }).load();
    assert.deepEqual(report.places, [EXPECTED.places[0]]);
    assert.match(f.calls[0]!, /latitude=21\.0285&longitude=105\.8542&/);
  });

  test('the service error body (HTTP 400) → kind service, with its reason', async () => {
    const f = fakeFetch([400, fixture('error-400.json')]);
    const error = await rejection(openMeteoSource({ places: SEED, fetch: f.fn }).load());
    assert.ok(error instanceof WeatherSourceError);
    assert.equal(error.kind, 'service');
    assert.equal(error.status, 400);
    assert.match(error.message, /Latitude must be in range of -90 to 90°/);
  });

  test('HTTP 500 (and a gateway page that is not JSON) → kind http with the status', async () => {
    const e500 = await rejection(
      openMeteoSource({ places: SEED, fetch: fakeFetch([500, '{"error":false}']).fn }).load(),
    );
    assert.equal(e500.kind, 'http');
    assert.equal(e500.status, 500);
    clearOpenMeteoCache();
    const e502 = await rejection(
      openMeteoSource({ places: SEED, fetch: fakeFetch([502, fixture('bad-gateway.html')]).fn }).load(),
    );
    assert.equal(e502.kind, 'http');
    assert.equal(e502.status, 502);
  });

  test('malformed JSON, or JSON that is not a forecast → kind malformed', async () => {
    const truncated = fixture('forecast-3-cities.json').slice(0, 500);
    assert.equal(
      (await rejection(openMeteoSource({ places: SEED, fetch: fakeFetch([200, truncated]).fn }).load())).kind,
      'malformed',
    );
    clearOpenMeteoCache();
    assert.equal(
      (await rejection(openMeteoSource({ places: SEED, fetch: fakeFetch([200, '"sunny"']).fn }).load())).kind,
      'malformed',
    );
    clearOpenMeteoCache();
    const none = await rejection(
      openMeteoSource({ places: SEED, fetch: fakeFetch([200, '[{"latitude":21}]']).fn }).load(),
    );
    assert.equal(none.kind, 'malformed');
    assert.ok(none.issues.length >= 3);
  });

  test('a partial answer → kind partial, with the usable places and every missing piece', async () => {
    const f = fakeFetch([200, fixture('forecast-partial.json')]);
    const error = await rejection(openMeteoSource({ places: SEED, fetch: f.fn }).load());
    assert.equal(error.kind, 'partial');
    assert.deepEqual(
      error.report!.places.map((p) => p.id),
      ['ha-noi', 'da-nang'],
    );
    assert.deepEqual(error.report!.places[0], EXPECTED.places[0]);
    assert.equal(error.report!.places[1]!.humidity, undefined);
    assert.equal(error.report!.places[1]!.temperature, 23.8);
    assert.deepEqual(error.issues.map((i) => i.path).sort(), [
      'places[1].humidity',
      'places[1].max',
      'places[1].min',
      'places[2]',
    ]);
    assert.ok(parseWeatherReport(error.report).ok);
  });

  test('no answer within timeoutMs → kind timeout, and the request is aborted', async () => {
    mock.timers.enable({ apis: ['setTimeout'] });
    try {
      let aborted = false;
      const hanging = ((_url: string, init: RequestInit) =>
        new Promise((_resolve, reject) => {
          init.signal!.addEventListener('abort', () => {
            aborted = true;
            reject(init.signal!.reason);
          });
        })) as unknown as typeof fetch;
      const pending = openMeteoSource({ places: SEED, fetch: hanging, timeoutMs: 8000 }).load();
      await Promise.resolve();
      mock.timers.tick(7999);
      assert.equal(aborted, false);
      mock.timers.tick(1);
      const error = await rejection(pending);
      assert.equal(error.kind, 'timeout');
      assert.ok(aborted);
    } finally {
      mock.timers.reset();
    }
  });

  test('a failed request → kind network', async () => {
    const offline = (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch;
    const error = await rejection(openMeteoSource({ places: SEED, fetch: offline }).load());
    assert.equal(error.kind, 'network');
    assert.match(error.message, /Failed to fetch/);
  });

  test("the caller's abort rejects with its reason, not a source error", async () => {
    const f = fakeFetch([200, fixture('forecast-3-cities.json')]);
    const controller = new AbortController();
    const pending = openMeteoSource({ places: SEED, fetch: f.fn }).load({ signal: controller.signal });
    controller.abort();
    const error = await rejection(pending);
    assert.equal((error as unknown as Error).name, 'AbortError');
  });

  test('caches within cacheTtlMs: many widgets, one request; a new one after the TTL', async () => {
    const f = fakeFetch([200, fixture('forecast-3-cities.json')]);
    const a = openMeteoSource({ places: SEED, fetch: f.fn, cacheTtlMs: 60_000 });
    const b = openMeteoSource({ places: SEED, fetch: f.fn, cacheTtlMs: 60_000, lang: 'en' });
    const [ra, rb] = await Promise.all([a.load(), b.load(), a.load()]);
    assert.equal(f.calls.length, 1, 'concurrent loads share one request');
    assert.equal(ra!.places[0]!.name, 'Hà Nội');
    assert.equal(rb!.places[0]!.name, 'Hanoi');
    clock.set(NOW + 59_000);
    await a.load();
    assert.equal(f.calls.length, 1, 'within the TTL: from the cache');
    clock.set(NOW + 61_000);
    await a.load();
    assert.equal(f.calls.length, 2, 'after the TTL: asked again');
  });

  test('a failure is not cached', async () => {
    const f = fakeFetch([500, ''], [200, fixture('forecast-3-cities.json')]);
    const source = openMeteoSource({ places: SEED, fetch: f.fn });
    assert.equal((await rejection(source.load())).kind, 'http');
    assert.equal((await source.load()).places.length, 3);
    assert.equal(f.calls.length, 2);
  });

  test('mapOpenMeteo turns local time and utc_offset_seconds into ISO with the offset', () => {
    const body = JSON.parse(fixture('forecast-ha-noi.json'));
    body.utc_offset_seconds = -12_600; // Newfoundland, -03:30
    const report = mapOpenMeteo(body, resolvePlaces(['ha-noi']), { fetchedAt: '2023-03-15T12:50:00Z' });
    assert.equal(report.places[0]!.observedAt, '2023-03-15T19:45:00-03:30');
  });
});

describe('jsonWeatherSource and staticWeatherSource', () => {
  const good = JSON.stringify(EXPECTED);

  test('loads and checks a report from a URL', async () => {
    const f = fakeFetch([200, good]);
    assert.deepEqual(await jsonWeatherSource('/api/weather.json', { fetch: f.fn }).load(), EXPECTED);
    assert.deepEqual(f.calls, ['/api/weather.json']);
  });

  test('HTTP 404 → http; not JSON → malformed; not a report → malformed; a broken place → partial', async () => {
    assert.equal(
      (await rejection(jsonWeatherSource('/x', { fetch: fakeFetch([404, 'Not found']).fn }).load())).kind,
      'http',
    );
    assert.equal(
      (await rejection(jsonWeatherSource('/x', { fetch: fakeFetch([200, '<html>']).fn }).load())).kind,
      'malformed',
    );
    assert.equal(
      (await rejection(jsonWeatherSource('/x', { fetch: fakeFetch([200, '{"places":3}']).fn }).load())).kind,
      'malformed',
    );
    const broken = { ...EXPECTED, places: [EXPECTED.places[0], { id: 'x', name: '' }] };
    const partial = await rejection(
      jsonWeatherSource('/x', { fetch: fakeFetch([200, JSON.stringify(broken)]).fn }).load(),
    );
    assert.equal(partial.kind, 'partial');
    assert.deepEqual(partial.report!.places, [EXPECTED.places[0]]);
    assert.deepEqual(
      partial.issues.map((i) => i.path),
      ['places[1].name'],
    );
  });

  test('static source resolves its report; an aborted signal rejects', async () => {
    const source = staticWeatherSource(EXPECTED);
    assert.equal(source.name, 'Open-Meteo');
    assert.deepEqual(await source.load(), EXPECTED);
    await assert.rejects(source.load({ signal: AbortSignal.abort() }), { name: 'AbortError' });
  });
});

describe('checkWeatherReport agrees with parseWeatherReport', () => {
  test('on valid reports, value for value', () => {
    const parsed = parseWeatherReport(EXPECTED);
    const checked = checkWeatherReport(EXPECTED);
    assert.ok(parsed.ok);
    assert.deepEqual(checked.issues, []);
    assert.deepEqual(checked.value, parsed.value);
  });

  test('salvages what it can and lists the rest', () => {
    const { value, issues } = checkWeatherReport({
      places: [
        { id: 'a', name: ' A\u0301 ', temperature: 'hot', humidity: 120, weatherCode: 2.5 },
        'x',
        { id: 'b' },
      ],
      source: { name: 'S', url: 'javascript:alert(1)' },
      fetchedAt: '2023-03-15T19:45',
    });
    assert.deepEqual(value!.places, [{ id: 'a', name: 'Á' }]);
    assert.equal(value!.source.url, undefined);
    assert.equal(value!.fetchedAt, '');
    assert.deepEqual(
      issues.map((i) => `${i.path}:${i.code}`),
      [
        'places[0].temperature:invalid',
        'places[0].humidity:invalid',
        'places[0].weatherCode:invalid',
        'places[1]:invalid',
        'places[2].name:required',
        'source.url:unsafe-url',
        'fetchedAt:invalid',
      ],
    );
    assert.equal(checkWeatherReport(null).value, undefined);
    assert.equal(
      checkWeatherReport({
        places: [],
        units: 'kelvin',
        source: { name: 'S' },
        fetchedAt: EXPECTED.fetchedAt,
      }).value,
      undefined,
    );
  });

  test('property: ok exactly when the reference parser is ok, with the same value', () => {
    // Mostly valid values (so both answers are exercised), sometimes one wrong value.
    const often = <T, U>(good: fc.Arbitrary<T>, bad: fc.Arbitrary<U>) =>
      fc.oneof({ arbitrary: good, weight: 30 }, { arbitrary: bad, weight: 1 });
    const maybe = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined, freq: 3 });
    const num = (min: number, max: number) =>
      often(
        fc.double({ min, max, noNaN: true }),
        fc.constantFrom(min - 1, max + 0.5, Number.NaN, Infinity, '12', null),
      );
    const date = often(
      fc.constantFrom('2023-03-15T19:45:00+07:00', '2023-03-15T12:45Z', ' 2023-03-15T19:45:00.5+07:00 '),
      fc.constantFrom(
        '2023-02-30T10:00:00+07:00',
        '2023-03-15T19:45',
        '2023-03-15T24:00:00Z',
        '15/03/2023',
        42,
      ),
    );
    const place = fc.record(
      {
        id: often(fc.constantFrom('ha-noi', ' x '), fc.constantFrom('', '  ', 7)),
        name: often(fc.constantFrom('Hà Nội', 'Ha\u0300 Nội', ' Huế '), fc.constantFrom('', null)),
        latitude: maybe(num(-90, 90)),
        longitude: maybe(num(-180, 180)),
        temperature: maybe(num(-60, 60)),
        apparentTemperature: maybe(num(-60, 60)),
        humidity: maybe(num(0, 100)),
        windSpeed: maybe(num(0, 300)),
        windDirection: maybe(num(0, 360)),
        weatherCode: maybe(often(fc.integer({ min: 0, max: 99 }), fc.constantFrom(-1, 100, 2.5))),
        min: maybe(num(-60, 60)),
        max: maybe(num(-60, 60)),
        isDay: maybe(often(fc.boolean(), fc.constant(1))),
        observedAt: maybe(date),
      },
      { requiredKeys: ['id', 'name'] },
    );
    const report = fc.record(
      {
        places: often(fc.array(place, { maxLength: 3 }), fc.constant('none')),
        units: maybe(often(fc.constantFrom('metric', 'imperial'), fc.constant('si'))),
        source: often(
          fc.record(
            {
              name: often(fc.constantFrom('Open-Meteo', ' Proxy '), fc.constantFrom(' ', 5)),
              url: maybe(
                often(
                  fc.constantFrom('https://open-meteo.com/', '/weather', ' //cdn.example/x '),
                  fc.constantFrom('javascript:x', 5),
                ),
              ),
              attribution: maybe(often(fc.constantFrom('CC BY 4.0', ' Nguồn: NCHMF '), fc.constant(3))),
            },
            { requiredKeys: ['name'] },
          ),
          fc.constant(undefined),
        ),
        fetchedAt: date,
      },
      { requiredKeys: ['places', 'fetchedAt'] },
    );
    let agreedOk = 0;
    fc.assert(
      fc.property(report, (input) => {
        const parsed = parseWeatherReport(input);
        const checked = checkWeatherReport(input);
        assert.equal(
          checked.issues.length === 0,
          parsed.ok,
          JSON.stringify({ input, checked: checked.issues, parsed }),
        );
        if (parsed.ok) {
          agreedOk++;
          // Same data (valibot keeps a key given as undefined; the check leaves it out).
          assert.deepEqual(
            JSON.parse(JSON.stringify(checked.value)),
            JSON.parse(JSON.stringify(parsed.value)),
          );
        }
      }),
      { numRuns: 500 },
    );
    assert.ok(agreedOk > 50, `only ${agreedOk} valid reports were generated`);
  });
});

// Tracker issue "Hostile content and faults": sources reject only with a WeatherSourceError (with
// its kind), one bad place or value costs only that place or value, and nothing throws.
describe('faults and hostile answers', () => {
  beforeEach(() => {
    clearOpenMeteoCache();
    clock.set(NOW);
  });
  afterEach(() => clock.reset());

  const KINDS = ['http', 'service', 'malformed', 'partial', 'timeout', 'network'];
  /** An array nested `levels` deep, as JSON text (JSON.stringify itself would overflow the stack). */
  const nestedJson = (levels: number) => '['.repeat(levels) + ']'.repeat(levels);
  const jsonSource = (status: number, body: string) =>
    jsonWeatherSource('/api/weather.json', { fetch: fakeFetch([status, body]).fn });
  const openMeteoAnswering = (body: string, places = SEED) =>
    openMeteoSource({ places, fetch: fakeFetch([200, body]).fn });
  /** The recorded answer for Hà Nội with `change` applied to its parsed JSON. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests reach into the recorded JSON freely
  const haNoi = (change: (answer: Record<string, any>) => void) => {
    const answer = JSON.parse(fixture('forecast-ha-noi.json'));
    change(answer);
    return JSON.stringify(answer);
  };

  test('jsonWeatherSource: JSON of the wrong shape is malformed, with the reason', async () => {
    const error = await rejection(jsonSource(200, '{"unexpected":true}').load());
    assert.ok(error instanceof WeatherSourceError);
    assert.equal(error.kind, 'malformed');
    assert.deepEqual(
      error.issues.map((issue) => issue.path),
      ['places'],
    );
  });

  test('jsonWeatherSource: one offset of +25:00 costs only that time (it was a bare RangeError for all)', async () => {
    const report = {
      ...EXPECTED,
      places: [EXPECTED.places[0], { ...EXPECTED.places[1], observedAt: '2023-03-15T19:45:00+25:00' }],
    };
    const error = await rejection(jsonSource(200, JSON.stringify(report)).load());
    assert.ok(error instanceof WeatherSourceError, String(error));
    assert.equal(error.kind, 'partial');
    assert.deepEqual(
      error.issues.map((issue) => `${issue.path}:${issue.code}`),
      ['places[1].observedAt:invalid'],
    );
    const { observedAt, ...withoutTime } = EXPECTED.places[1]!;
    assert.deepEqual(error.report!.places, [EXPECTED.places[0], withoutTime]);
    assert.ok(observedAt);
  });

  test('jsonWeatherSource: a value nested 10 000 levels deep costs only that value', async () => {
    const text = JSON.stringify({
      ...EXPECTED,
      places: [{ ...EXPECTED.places[0], temperature: '@' }, EXPECTED.places[1]],
    }).replace('"@"', nestedJson(10_000));
    const error = await rejection(jsonSource(200, text).load());
    assert.ok(error instanceof WeatherSourceError, String(error));
    assert.equal(error.kind, 'partial');
    // The message is the model's for the rule broken (src/model/rules.ts).
    assert.deepEqual(error.issues, [
      { path: 'places[0].temperature', message: 'must be a number', code: 'invalid' },
    ]);
    assert.deepEqual(
      error.report!.places.map((place) => place.id),
      ['ha-noi', 'da-nang'],
    );
    assert.equal(error.report!.places[0]!.temperature, undefined);
    // Deep as the whole answer, or as a place: malformed, or partial without that place.
    assert.equal((await rejection(jsonSource(200, nestedJson(100_000)).load())).kind, 'malformed');
    const deepPlace = JSON.stringify({ ...EXPECTED, places: ['@', EXPECTED.places[2]] }).replace(
      '"@"',
      nestedJson(10_000),
    );
    assert.deepEqual((await rejection(jsonSource(200, deepPlace).load())).report!.places, [
      EXPECTED.places[2],
    ]);
  });

  test('jsonWeatherSource: 10 000 bad places are 10 000 issues, and a message of five', async () => {
    const nameless = Array.from({ length: 10_000 }, (_, index) => ({ id: `p${index}`, name: '' }));
    const places = [EXPECTED.places[0], ...nameless];
    const error = await rejection(jsonSource(200, JSON.stringify({ ...EXPECTED, places })).load());
    assert.equal(error.kind, 'partial');
    assert.equal(error.issues.length, 10_000);
    assert.ok(error.message.length < 400, error.message.slice(0, 500));
    assert.match(error.message, /; and 9995 more$/);
  });

  test('staticWeatherSource: BigInts, cycles, throwing getters are issues of a WeatherSourceError', async () => {
    const loop: Record<string, unknown> = { id: 'loop', name: 'Loop' };
    loop.temperature = loop;
    const throwingPlace = Object.defineProperty({ id: 'x', name: 'X' }, 'humidity', {
      enumerable: true,
      get: () => {
        throw new Error('no humidity');
      },
    });
    const report = {
      ...EXPECTED,
      places: [{ ...EXPECTED.places[0], temperature: 5n }, loop, throwingPlace],
    } as unknown as WeatherReport;
    const error = await rejection(staticWeatherSource(report).load());
    assert.ok(error instanceof WeatherSourceError, String(error));
    assert.equal(error.kind, 'partial');
    assert.deepEqual(error.issues, [
      { path: 'places[0].temperature', message: 'must be a number', code: 'invalid' },
      { path: 'places[1].temperature', message: 'must be a number', code: 'invalid' },
      { path: 'places[2]', message: 'unreadable: object', code: 'invalid' },
    ]);
    assert.deepEqual(
      error.report!.places.map((place) => place.id),
      ['ha-noi', 'loop'],
    );
    const hostileRoot = Object.defineProperty({}, 'units', {
      get: () => {
        throw new Error('no units');
      },
    }) as WeatherReport;
    const root = await rejection(staticWeatherSource(hostileRoot).load());
    assert.ok(root instanceof WeatherSourceError);
    assert.equal(root.kind, 'malformed');
    assert.deepEqual(root.issues, [{ path: '(root)', message: 'unreadable: object', code: 'invalid' }]);
  });

  test('openMeteoSource: an offset beyond ±14:00 (90 000 s) leaves the time out, as partial', async () => {
    for (const offset of [90_000, -50_460, 1e300]) {
      clearOpenMeteoCache();
      const error = await rejection(
        openMeteoAnswering(
          haNoi((answer) => (answer.utc_offset_seconds = offset)),
          ['ha-noi'],
        ).load(),
      );
      assert.ok(error instanceof WeatherSourceError, `${offset}: ${error}`);
      assert.equal(error.kind, 'partial');
      assert.deepEqual(
        error.issues.map((issue) => issue.path),
        ['places[0].observedAt'],
      );
      assert.equal(error.report!.places[0]!.observedAt, undefined);
      assert.ok(parseWeatherReport(error.report).ok);
    }
    // The world's extremes are kept: +14:00 (Kiribati) and -12:00.
    for (const [offset, suffix] of [
      [50_400, '+14:00'],
      [-43_200, '-12:00'],
    ] as const) {
      clearOpenMeteoCache();
      const report = await openMeteoAnswering(
        haNoi((answer) => (answer.utc_offset_seconds = offset)),
        ['ha-noi'],
      ).load();
      assert.equal(report.places[0]!.observedAt, `2023-03-15T19:45:00${suffix}`);
      assert.ok(parseWeatherReport(report).ok);
    }
  });

  test('openMeteoSource: a time that is not on the calendar or the clock leaves the time out', async () => {
    for (const time of [
      '2023-02-30T10:00',
      '2023-03-15T24:00',
      '2023-03-15T25:00',
      '2023-03-15T19:60',
      '2023-13-01T10:00',
    ]) {
      clearOpenMeteoCache();
      const error = await rejection(
        openMeteoAnswering(
          haNoi((answer) => (answer.current.time = time)),
          ['ha-noi'],
        ).load(),
      );
      assert.equal(error.kind, 'partial', time);
      assert.deepEqual(
        error.issues.map((issue) => issue.path),
        ['places[0].observedAt'],
        time,
      );
      assert.ok(parseWeatherReport(error.report).ok, time);
    }
  });

  test('openMeteoSource: 1e999 (Infinity once parsed) is a missing value, not a temperature', async () => {
    const body = fixture('forecast-ha-noi.json')
      .replace('"temperature_2m":21.4', '"temperature_2m":1e999')
      .replace('"wind_speed_10m":9.7', '"wind_speed_10m":1e999');
    const error = await rejection(openMeteoAnswering(body, ['ha-noi']).load());
    assert.equal(error.kind, 'partial');
    assert.deepEqual(
      error.issues.map((issue) => issue.path),
      ['places[0].temperature', 'places[0].windSpeed'],
    );
    assert.ok(parseWeatherReport(error.report).ok);
  });

  test('openMeteoSource: an error reason that is not text is still kind service (String() threw)', async () => {
    const body = '{"error":true,"reason":{"toString":1}}';
    for (const status of [200, 400]) {
      clearOpenMeteoCache();
      const error = await rejection(
        openMeteoSource({ places: SEED, fetch: fakeFetch([status, body]).fn }).load(),
      );
      assert.ok(error instanceof WeatherSourceError, String(error));
      assert.equal(error.kind, 'service');
      assert.equal(error.message, 'Open-Meteo: error');
    }
  });

  test('property: jsonWeatherSource, given any JSON, resolves a valid report or rejects typed', async () => {
    const noise = fc.jsonValue({ maxDepth: 3 });
    const mostly = <T>(good: fc.Arbitrary<T>) =>
      fc.oneof({ arbitrary: good, weight: 4 }, { arbitrary: noise, weight: 1 });
    const digits = (length: number) =>
      fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: length, maxLength: length });
    // Real-looking dates with any fields and any offset (+25:00 among them).
    const date = fc
      .tuple(digits(2), digits(2), digits(2), digits(2), fc.constantFrom('+', '-'), digits(2), digits(2))
      .map(
        ([month, day, hour, minute, sign, offsetHours, offsetMinutes]) =>
          `2023-${month}-${day}T${hour}:${minute}:00${sign}${offsetHours}:${offsetMinutes}`,
      );
    const number = fc.double({ noNaN: true, noDefaultInfinity: true });
    const place = fc.record(
      {
        id: mostly(fc.constantFrom('ha-noi', 'hue')),
        name: mostly(fc.constantFrom('Hà Nội', ' Huế ')),
        temperature: mostly(number),
        humidity: mostly(fc.double({ min: -5, max: 105, noNaN: true })),
        weatherCode: mostly(fc.integer({ min: -2, max: 101 })),
        isDay: mostly(fc.boolean()),
        observedAt: mostly(fc.oneof(date, fc.constant('2023-03-15T19:45:00+07:00'))),
      },
      { requiredKeys: [] },
    );
    const report = fc.record(
      {
        places: mostly(fc.array(mostly(place), { maxLength: 4 })),
        units: mostly(fc.constantFrom('metric', 'imperial')),
        source: mostly(
          fc.record(
            {
              name: mostly(fc.constantFrom('Proxy', ' ')),
              url: mostly(fc.constantFrom('/weather', 'javascript:x')),
            },
            { requiredKeys: [] },
          ),
        ),
        fetchedAt: mostly(fc.oneof(date, fc.constant('2023-03-15T12:50:00Z'))),
      },
      { requiredKeys: [] },
    );
    const body = fc.oneof(
      fc.constant(JSON.stringify(EXPECTED)),
      report.map((value) => JSON.stringify(value)),
      noise.map((value) => JSON.stringify(value)),
      fc.string(),
    );
    const outcomes = new Set<string>();
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(200, 200, 200, 404, 500), body, async (status, text) => {
        try {
          const loaded = await jsonSource(status, text).load();
          const parsed = parseWeatherReport(loaded);
          assert.ok(parsed.ok, JSON.stringify(parsed));
          outcomes.add('resolved');
        } catch (error) {
          assert.ok(error instanceof WeatherSourceError, `not a WeatherSourceError: ${error}`);
          assert.ok(KINDS.includes(error.kind), error.kind);
          outcomes.add(error.kind);
          if (error.kind == 'partial') {
            // The places and units kept are valid; the source name or fetchedAt may be missing.
            const usable = { ...error.report!, source: { name: 'S' }, fetchedAt: '2023-03-15T12:50:00Z' };
            assert.ok(error.report!.places.length > 0);
            assert.ok(parseWeatherReport(usable).ok, JSON.stringify(error.report));
          }
        }
      }),
      { numRuns: 400 },
    );
    assert.deepEqual([...outcomes].sort(), ['http', 'malformed', 'partial', 'resolved']);
  });

  test('property: openMeteoSource, given any JSON, resolves a valid report or rejects typed', async () => {
    const noise = fc.jsonValue({ maxDepth: 3 });
    const mostly = <T>(good: fc.Arbitrary<T>) =>
      fc.oneof({ arbitrary: good, weight: 5 }, { arbitrary: noise, weight: 1 });
    const digits = (length: number) =>
      fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: length, maxLength: length });
    const time = fc.oneof(
      fc.constant('2023-03-15T19:45'),
      fc
        .tuple(fc.integer({ min: 1970, max: 2100 }), digits(2), digits(2), digits(2), digits(2))
        .map(([year, month, day, hour, minute]) => `${year}-${month}-${day}T${hour}:${minute}`),
    );
    const number = (min: number, max: number) => mostly(fc.double({ min, max, noNaN: true }));
    const answer = fc.record(
      {
        utc_offset_seconds: mostly(
          fc.oneof(
            fc.integer({ min: -1700, max: 1700 }).map((minutes) => minutes * 60),
            fc.integer(),
            fc.constant(25_200),
          ),
        ),
        current: mostly(
          fc.record(
            {
              time: mostly(time),
              temperature_2m: number(-100, 100),
              relative_humidity_2m: number(-10, 110),
              apparent_temperature: number(-100, 100),
              is_day: mostly(fc.constantFrom(0, 1, 2, 0.5)),
              weather_code: mostly(
                fc.oneof(fc.integer({ min: -2, max: 101 }), fc.double({ min: 0, max: 99, noNaN: true })),
              ),
              wind_speed_10m: number(-5, 300),
              wind_direction_10m: number(-10, 400),
            },
            { requiredKeys: [] },
          ),
        ),
        daily: mostly(
          fc.record({
            temperature_2m_max: mostly(fc.array(number(-100, 100), { maxLength: 2 })),
            temperature_2m_min: mostly(fc.array(number(-100, 100), { maxLength: 2 })),
          }),
        ),
      },
      { requiredKeys: [] },
    );
    const recorded = fc.constant(JSON.parse(fixture('forecast-3-cities.json')));
    const body = fc.oneof(
      recorded,
      answer,
      fc.array(answer, { maxLength: 4 }),
      noise,
      fc.record({ error: fc.constant(true), reason: noise }),
    );
    const outcomes = new Set<string>();
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 3 }), body, async (count, value) => {
        clearOpenMeteoCache();
        try {
          const loaded = await openMeteoAnswering(JSON.stringify(value), SEED.slice(0, count)).load();
          assert.ok(parseWeatherReport(loaded).ok, JSON.stringify(loaded));
          outcomes.add('resolved');
        } catch (error) {
          assert.ok(error instanceof WeatherSourceError, `not a WeatherSourceError: ${error}`);
          assert.ok(KINDS.includes(error.kind), error.kind);
          outcomes.add(error.kind);
          if (error.kind == 'partial')
            assert.ok(parseWeatherReport(error.report).ok, JSON.stringify(error.report));
        }
      }),
      { numRuns: 400 },
    );
    assert.deepEqual([...outcomes].sort(), ['malformed', 'partial', 'resolved', 'service']);
  });

  const anything = hostileAnything();
  /** `value` at a random place in a report: as the report, a field, a place, or a place's field. */
  const inReport = (value: fc.Arbitrary<unknown>) =>
    fc.oneof(
      value,
      fc
        .tuple(fc.constantFrom('places', 'units', 'source', 'fetchedAt'), value)
        .map(([key, inner]) => ({ ...EXPECTED, [key]: inner })),
      value.map((inner) => ({ ...EXPECTED, places: [inner, EXPECTED.places[1]] })),
      fc
        .tuple(fc.constantFrom('id', 'name', 'temperature', 'humidity', 'observedAt', 'isDay'), value)
        .map(([key, inner]) => ({ ...EXPECTED, places: [{ ...EXPECTED.places[0], [key]: inner }] })),
    );
  const deep = fc.integer({ min: 1000, max: 20_000 }).map((levels) => {
    let value: unknown = { id: 'x', name: 'X' };
    for (let level = 0; level < levels; level++) value = level % 2 ? [value] : { places: value };
    return value;
  });

  test('property: parseWeatherReport never throws, on anything and on deeply nested input', () => {
    fc.assert(
      fc.property(fc.oneof(inReport(anything), inReport(deep)), (value) => {
        parseWeatherReport(value);
      }),
      { numRuns: 300 },
    );
  });

  test('property: checkWeatherReport never throws, and what it keeps is valid', () => {
    fc.assert(
      fc.property(fc.oneof(inReport(anything), inReport(deep)), (value) => {
        const { value: kept, issues } = checkWeatherReport(value);
        if (kept && !issues.length) assert.ok(parseWeatherReport(kept).ok);
        if (kept)
          assert.ok(parseWeatherReport({ ...kept, source: { name: 'S' }, fetchedAt: EXPECTED.fetchedAt }).ok);
      }),
      { numRuns: 300 },
    );
  });

  test('property: mapOpenMeteo, given anything, returns a valid report or throws a WeatherSourceError', () => {
    const places = resolvePlaces(SEED);
    const answerWith = anything.map((value) => {
      const answer = JSON.parse(fixture('forecast-ha-noi.json'));
      answer.current.temperature_2m = value;
      return [answer, { ...answer, utc_offset_seconds: value }, { ...answer, current: value }];
    });
    fc.assert(
      fc.property(fc.oneof(anything, answerWith), (body) => {
        try {
          assert.ok(parseWeatherReport(mapOpenMeteo(body, places, { fetchedAt: EXPECTED.fetchedAt })).ok);
        } catch (error) {
          assert.ok(error instanceof WeatherSourceError, `not a WeatherSourceError: ${error}`);
          if (error.kind == 'partial') assert.ok(parseWeatherReport(error.report).ok);
        }
      }),
      { numRuns: 300 },
    );
  });
});
