// gov-weather's view model (src/elements/weather/view.ts): what is shown for a report, a time, a
// language and the element's settings, without rendering; and the WMO codes' texts and icons
// (src/elements/weather/conditions.ts).
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { weatherView, type WeatherViewSettings } from '../../src/elements/weather/view.js';
import { WMO_CODES, WMO_GROUPS, weatherIcon, weatherText } from '../../src/elements/weather/conditions.js';
import type { WeatherReport } from '../../src/model/types.js';
import { REPORT_3_CITIES } from '../fixtures/open-meteo/report-3-cities.js';

const REPORT: WeatherReport = REPORT_3_CITIES;
const FETCHED = Date.parse(REPORT.fetchedAt); // 19:50 in Hà Nội
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** The element's defaults: a report given as a property, rendered on the server. */
const SETTINGS: WeatherViewSettings = {
  locale: 'vi',
  units: 'metric',
  now: FETCHED + 5 * MINUTE,
  live: false,
  refresh: 0,
  staleAfter: 10_800,
  loads: false,
  failure: undefined,
  places: undefined,
};

const view = (data: unknown, settings: Partial<WeatherViewSettings> = {}) =>
  weatherView(data, { ...SETTINGS, ...settings });

describe('weatherView: the rows', () => {
  test('the three cities: name, temperature, icon, condition, details with the reading time', () => {
    const { rows, issues } = view(REPORT);
    assert.deepEqual(issues, []);
    assert.deepEqual(rows![0], {
      name: 'Hà Nội',
      icon: 'cloud',
      temperature: '21°C',
      condition: 'Nhiều mây',
      details: [
        { label: 'Độ ẩm', text: '88%' },
        { label: 'Gió', text: '10 km/h' },
        { label: 'Thấp – cao', text: '19°C – 25°C' },
        { label: 'Lúc', text: '19:45', datetime: '2023-03-15T19:45:00+07:00' },
      ],
    });
    assert.deepEqual(
      rows!.map((row) => [row.name, row.temperature, row.icon, row.condition]),
      [
        ['Hà Nội', '21°C', 'cloud', 'Nhiều mây'],
        ['Đà Nẵng', '24°C', 'rain', 'Mưa nhỏ'],
        ['TP Hồ Chí Minh', '29°C', 'storm', 'Dông'],
      ],
    );
  });

  test('in English and imperial units: °F and mph, converted from the metric report', () => {
    const [first] = view(REPORT, { locale: 'en', units: 'imperial' }).rows!;
    assert.equal(first!.temperature, '71°F');
    assert.equal(first!.condition, 'Overcast');
    assert.deepEqual(
      first!.details.map((detail) => `${detail.label}: ${detail.text}`),
      ['Humidity: 88%', 'Wind: 6 mph', 'Low – high: 66°F – 76°F', 'As of: 19:45'],
    );
  });

  test('an imperial report shown in metric is converted back; one in imperial is not converted', () => {
    const imperial: WeatherReport = {
      ...REPORT,
      units: 'imperial',
      places: [{ id: 'x', name: 'X', temperature: 50, windSpeed: 10, min: 50, max: 86 }],
    };
    assert.deepEqual(
      view(imperial).rows![0]!.details.map((detail) => detail.text),
      ['16 km/h', '10°C – 30°C'],
    );
    assert.equal(view(imperial).rows![0]!.temperature, '10°C');
    assert.equal(view(imperial, { units: 'imperial' }).rows![0]!.temperature, '50°F');
  });

  test('a place without values: a dash for the temperature, "Không xác định", no details', () => {
    const { rows, issues } = view({ ...REPORT, places: [{ id: 'x', name: 'X' }] });
    assert.deepEqual(rows, [
      { name: 'X', icon: 'unknown', temperature: '–', condition: 'Không xác định', details: [] },
    ]);
    assert.deepEqual(issues, []);
  });

  test('night icons for clear and partly cloudy skies', () => {
    const places = [
      { id: 'a', name: 'A', weatherCode: 0, isDay: true },
      { id: 'b', name: 'B', weatherCode: 0, isDay: false },
      { id: 'c', name: 'C', weatherCode: 2, isDay: false },
    ];
    assert.deepEqual(
      view({ ...REPORT, places }).rows!.map((row) => row.icon),
      ['sun', 'moon', 'partly-night'],
    );
  });

  test('bad values are left out and reported; null counts as absent; a place without a name is left out', () => {
    const report = {
      ...REPORT,
      places: [
        { ...REPORT.places[0], humidity: 150, weatherCode: 2.5, windSpeed: null, observedAt: '19:45' },
        { id: 'y' },
        { id: 'z', name: '   ' },
      ],
    };
    const { rows, issues } = view(report);
    assert.deepEqual(
      rows!.map((row) => row.name),
      ['Hà Nội'],
    );
    assert.deepEqual(
      rows![0]!.details.map((detail) => detail.label),
      ['Thấp – cao'],
    );
    assert.equal(rows![0]!.condition, 'Không xác định');
    assert.deepEqual(issues, [
      { path: 'places[0].humidity', message: 'invalid value: 150', code: 'invalid' },
      { path: 'places[0].weatherCode', message: 'invalid value: 2.5', code: 'invalid' },
      { path: 'places[0].observedAt', message: 'invalid value: "19:45"', code: 'invalid' },
      { path: 'places[1]', message: 'invalid value: object', code: 'invalid' },
      { path: 'places[2]', message: 'invalid value: object', code: 'invalid' },
    ]);
  });

  test('what is not an ISO 8601 instant is no reading time', () => {
    for (const bad of [
      '2023-03-15T19:45',
      '2023-03-15T24:00:00Z',
      '2023-02-30T10:00:00+07:00',
      '2023-03-15T19:45:00+0700',
      '15/03/2023 19:45',
    ]) {
      const { rows, updated, issues } = view({
        ...REPORT,
        places: [{ ...REPORT.places[0], observedAt: bad }],
        fetchedAt: bad,
      });
      assert.ok(!rows![0]!.details.some((detail) => detail.datetime), bad);
      assert.deepEqual(
        { text: updated!.text, datetime: updated!.datetime },
        { text: '', datetime: undefined },
      );
      assert.deepEqual(
        issues.map((issue) => issue.path),
        ['places[0].observedAt', 'fetchedAt'],
      );
    }
  });
});

describe('weatherView: the update line', () => {
  test('on the server (and before hydration): the time and day of the report, never stale', () => {
    const { updated } = view(REPORT, { now: FETCHED + 10 * HOUR });
    assert.deepEqual(updated, {
      stale: false,
      label: 'Cập nhật',
      text: '19:50 15/03/2023',
      datetime: '2023-03-15T12:50:00.000Z',
    });
  });

  test('printed on the portal clock (Asia/Ho_Chi_Minh) whatever the offset of the data', () => {
    const report = {
      ...REPORT,
      places: [{ ...REPORT.places[0]!, observedAt: '2023-03-15T23:15:00-05:00' }],
      fetchedAt: '2023-03-16T04:20:00.5Z',
    };
    const { rows, updated } = view(report);
    assert.equal(updated!.text, '11:20 16/03/2023');
    assert.deepEqual(rows![0]!.details.at(-1), {
      label: 'Lúc',
      text: '11:15',
      datetime: '2023-03-15T23:15:00-05:00',
    });
  });

  test('after hydration: its age, and out of date after 3 hours, `stale-after`, or two refreshes', () => {
    const live = (now: number, settings: Partial<WeatherViewSettings> = {}) =>
      view(REPORT, { live: true, now, ...settings }).updated!;
    assert.deepEqual(live(FETCHED + 5 * MINUTE), {
      stale: false,
      label: 'Cập nhật',
      text: '5 phút trước',
      datetime: '2023-03-15T12:50:00.000Z',
    });
    assert.equal(live(FETCHED + 3 * HOUR).stale, false);
    assert.deepEqual(live(FETCHED + 3 * HOUR + MINUTE), {
      stale: true,
      label: 'Dữ liệu cũ · cập nhật',
      text: '3 giờ trước',
      datetime: '2023-03-15T12:50:00.000Z',
    });
    // A report of another day: its time and date (see "old readings and other days").
    assert.equal(live(FETCHED + 2 * 86_400_000, { locale: 'en' }).text, '19:50 15/03/2023');
    assert.equal(live(FETCHED + 11 * MINUTE, { staleAfter: 600 }).stale, true);
    assert.equal(live(FETCHED + 11 * MINUTE, { staleAfter: 0 }).stale, false, 'the default');
    assert.equal(live(FETCHED + 31 * MINUTE, { refresh: 900, staleAfter: 60 }).stale, true);
    assert.equal(live(FETCHED + 29 * MINUTE, { refresh: 900, staleAfter: 60 }).stale, false);
    // A clock behind the data: "now", not a negative age.
    assert.equal(live(FETCHED - HOUR, { locale: 'en' }).text, 'this minute');
  });

  test('without a readable fetchedAt: no time, and stale once the clock is known', () => {
    const report = { ...REPORT, fetchedAt: 'yesterday' };
    assert.deepEqual(view(report).updated, {
      stale: false,
      label: 'Cập nhật',
      text: '',
      datetime: undefined,
    });
    assert.equal(view(report, { live: true }).updated!.stale, true);
  });
});

describe('weatherView: old readings and other days', () => {
  const DAY = 86_400_000;
  /** REPORT (made 19:50 15/03/2023 in Hà Nội) with every reading taken at `observedAt`. */
  const readAt = (observedAt: string, fetchedAt = REPORT.fetchedAt): WeatherReport => ({
    ...REPORT,
    fetchedAt,
    places: REPORT.places.map((place) => ({ ...place, observedAt })),
  });
  const readingText = (shown: ReturnType<typeof view>) => shown.rows!.map((row) => row.details.at(-1)!.text);
  const oldNotes = (shown: ReturnType<typeof view>) => shown.rows!.map((row) => row.old);

  test('a report made now whose readings are three days old: each says so and gives its date', () => {
    const report = readAt('2023-03-12T18:00:00+07:00');
    for (const live of [false, true]) {
      const vi = view(report, { live });
      assert.deepEqual(oldNotes(vi), ['Số liệu cũ', 'Số liệu cũ', 'Số liệu cũ'], `live: ${live}`);
      assert.deepEqual(vi.rows![0]!.details.at(-1), {
        label: 'Lúc',
        text: '18:00 12/03/2023',
        datetime: '2023-03-12T18:00:00+07:00',
      });
      // The report itself is fresh: the update line is not stale.
      assert.equal(vi.updated!.stale, false);
      assert.equal(vi.updated!.text, live ? '5 phút trước' : '19:50 15/03/2023');
      const en = view(report, { live, locale: 'en' });
      assert.deepEqual(oldNotes(en), ['Old reading', 'Old reading', 'Old reading']);
      assert.deepEqual(readingText(en), ['18:00 12/03/2023', '18:00 12/03/2023', '18:00 12/03/2023']);
    }
  });

  test('before hydration nothing depends on the clock: the server and the browser print the same', () => {
    for (const report of [REPORT, readAt('2023-03-12T18:00:00+07:00'), readAt('2023-03-14T23:00:00+07:00')]) {
      const atTheTime = view(report, { now: FETCHED });
      assert.deepEqual(view(report, { now: 0 }), atTheTime);
      assert.deepEqual(view(report, { now: FETCHED + 30 * DAY }), atTheTime);
    }
  });

  test('old means older than the stale threshold when the report was made: 3 hours, `stale-after`, two refreshes', () => {
    const oldAt = (minutesBefore: number, settings: Partial<WeatherViewSettings> = {}) =>
      view(readAt(new Date(FETCHED - minutesBefore * MINUTE).toISOString()), settings).rows![0]!.old;
    assert.equal(oldAt(180), undefined);
    assert.equal(oldAt(181), 'Số liệu cũ');
    assert.equal(oldAt(11, { staleAfter: 600 }), 'Số liệu cũ');
    assert.equal(oldAt(9, { staleAfter: 600 }), undefined);
    assert.equal(oldAt(31, { refresh: 900, staleAfter: 60 }), 'Số liệu cũ');
    assert.equal(oldAt(29, { refresh: 900, staleAfter: 60 }), undefined);
    // Without a time for the report, a reading cannot be judged: its date is shown instead.
    const undated = view(readAt('2023-03-12T18:00:00+07:00', 'yesterday'));
    assert.deepEqual(oldNotes(undated), [undefined, undefined, undefined]);
    assert.deepEqual(readingText(undated), ['18:00 12/03/2023', '18:00 12/03/2023', '18:00 12/03/2023']);
  });

  test('readings fresh when the report was made stay so: the update line says when the report gets old', () => {
    const later = view(REPORT, { live: true, now: FETCHED + 2 * DAY });
    assert.deepEqual(oldNotes(later), [undefined, undefined, undefined]);
    assert.deepEqual(later.updated, {
      stale: true,
      label: 'Dữ liệu cũ · cập nhật',
      text: '19:50 15/03/2023',
      datetime: '2023-03-15T12:50:00.000Z',
    });
  });

  test('a reading or a report of another day than today shows its date; of today, the time alone', () => {
    const sameDay = view(REPORT, { live: true, now: FETCHED + 5 * MINUTE });
    assert.deepEqual(readingText(sameDay), ['19:45', '19:45', '19:45']);
    // 00:20 on the 16th, 4½ hours later, within a stale-after of a day.
    const nextDay = view(REPORT, { live: true, now: FETCHED + 270 * MINUTE, staleAfter: 86_400 });
    assert.deepEqual(readingText(nextDay), ['19:45 15/03/2023', '19:45 15/03/2023', '19:45 15/03/2023']);
    assert.deepEqual(nextDay.updated, {
      stale: false,
      label: 'Cập nhật',
      text: '19:50 15/03/2023',
      datetime: '2023-03-15T12:50:00.000Z',
    });
    assert.deepEqual(oldNotes(nextDay), [undefined, undefined, undefined]);
    // Before hydration, "today" is the report's day: a reading of the evening before has its date.
    const overnight = view(readAt('2023-03-14T23:50:00+07:00', '2023-03-15T00:05:00+07:00'));
    assert.deepEqual(readingText(overnight), ['23:50 14/03/2023', '23:50 14/03/2023', '23:50 14/03/2023']);
    assert.deepEqual(oldNotes(overnight), [undefined, undefined, undefined]);
  });

  test("days are the portal's days (Asia/Ho_Chi_Minh), not UTC's", () => {
    // 06:30 on the 15th in Hà Nội is 23:30 on the 14th in UTC; 19:00 the same day is 12:00 UTC.
    const early = readAt('2023-03-15T06:30:00+07:00', '2023-03-15T06:35:00+07:00');
    const shown = view(early, { live: true, now: Date.parse('2023-03-15T12:00:00Z'), staleAfter: 86_400 });
    assert.deepEqual(readingText(shown), ['06:30', '06:30', '06:30']);
    assert.equal(shown.updated!.text, '12 giờ trước');
  });
});

describe('weatherView: status, placeholders and credit', () => {
  test('no data: "no data yet"; loading: placeholder rows, one a place (3 by default)', () => {
    assert.deepEqual(view(undefined), {
      placeholders: 0,
      status: { message: 'Chưa có dữ liệu.', retry: false },
      issues: [],
    });
    assert.deepEqual(view(null, { loads: true, locale: 'en' }), {
      placeholders: 3,
      status: { message: 'Loading weather…', retry: false },
      issues: [],
    });
    assert.equal(view(undefined, { loads: true, places: 'ha-noi,hue' }).placeholders, 2);
  });

  test('a failed load: the error (or why) with a retry; over the last good data, a note with a retry', () => {
    assert.deepEqual(view(undefined, { loads: true, failure: '' }).status, {
      message: 'Không tải được dữ liệu.',
      retry: true,
    });
    assert.deepEqual(view(undefined, { loads: true, failure: 'No weather source “x”.' }).status, {
      message: 'No weather source “x”.',
      retry: true,
    });
    const lastGood = view(REPORT, { loads: true, failure: '', locale: 'en' });
    assert.equal(lastGood.rows!.length, 3);
    assert.deepEqual(lastGood.status, { message: 'Could not get newer data.', retry: true });
    assert.equal(lastGood.placeholders, 0);
  });

  test('a report that is not one: the error, no rows, and where it went wrong', () => {
    for (const [data, path] of [
      [{ places: 'Hà Nội' }, 'places'],
      [[REPORT.places[0]], 'places'],
      [5n, '(root)'],
      ['', '(root)'],
      [() => REPORT, '(root)'],
      [{ ...REPORT, units: 'kelvin' }, 'units'],
    ] as const) {
      const shown = view(data);
      assert.equal(shown.rows, undefined);
      assert.deepEqual(shown.status, { message: 'Không tải được dữ liệu.', retry: false });
      assert.deepEqual(
        shown.issues.map((issue) => issue.path),
        [path],
      );
    }
  });

  test('the credit: the attribution (else the name), linked when the URL is safe', () => {
    assert.deepEqual(view(REPORT).credit, {
      label: 'Nguồn',
      name: 'Open-Meteo.com (CC BY 4.0)',
      href: 'https://open-meteo.com/',
    });
    const unsafe = view({ ...REPORT, source: { name: 'X', url: 'javascript:alert(1)' } });
    assert.deepEqual(unsafe.credit, { label: 'Nguồn', name: 'X', href: undefined });
    assert.deepEqual(unsafe.issues, [
      { path: 'source.url', message: 'invalid value: "javascript:alert(1)"', code: 'unsafe-url' },
    ]);
    const nameless = view({ ...REPORT, source: {} });
    assert.equal(nameless.credit, undefined);
    assert.deepEqual(
      nameless.issues.map((issue) => issue.path),
      ['source'],
    );
  });
});

describe('weatherView: hostile data', () => {
  const throwing = (target: object, key: string) =>
    Object.defineProperty(target, key, {
      enumerable: true,
      get: () => {
        throw new Error(key);
      },
    });

  test('a getter that throws in a place leaves that place out; outside one, everything', () => {
    const places = [throwing({ id: 'a', name: 'A' }, 'temperature'), REPORT.places[1]];
    const one = view({ ...REPORT, places });
    assert.deepEqual(
      one.rows!.map((row) => row.name),
      ['Đà Nẵng'],
    );
    assert.deepEqual(one.issues, [{ path: 'places[0]', message: 'invalid value: object', code: 'invalid' }]);
    const all = view(throwing({ ...REPORT }, 'source'));
    assert.equal(all.rows, undefined);
    assert.equal(all.credit, undefined);
    assert.deepEqual(all.status, { message: 'Không tải được dữ liệu.', retry: false });
    assert.deepEqual(
      all.issues.map((issue) => issue.path),
      ['(root)'],
    );
  });
});

// The element lets a load replace what is shown when its view has a row: anything else is a
// failed load, and the last good data stays.
describe('whether a load may replace what is shown: its view has a row', () => {
  const canShow = (data: unknown) => !!view(data).rows?.length;

  test('a list of places, one at least with an id and a name (and no getter that throws), in known units', () => {
    assert.equal(canShow(REPORT), true);
    assert.equal(canShow({ places: [{ id: 'a', name: 'A' }] }), true);
    assert.equal(canShow({ places: [{ name: 'A' }, { id: 'b', name: 'B' }] }), true);
    for (const data of [
      undefined,
      null,
      { unexpected: true },
      { places: [] },
      { places: [{ name: 'A' }] },
      { places: [{ id: 'a', name: ' ' }] },
      { places: [throwing({ id: 'a', name: 'A' }, 'temperature')] },
      { ...REPORT, units: 'kelvin' },
      throwing({}, 'places'),
    ]) {
      assert.equal(canShow(data), false, JSON.stringify(data));
    }
  });

  function throwing(target: object, key: string) {
    return Object.defineProperty(target, key, {
      get: () => {
        throw new Error(key);
      },
    });
  }
});

describe('WMO codes', () => {
  test('every code 0–99 has a text in both languages', () => {
    for (let code = 0; code <= 99; code++) {
      for (const locale of ['vi', 'en'] as const) {
        const text = weatherText(code, locale);
        assert.ok(text && text !== 'Unknown' && text !== 'Không xác định', `${code} ${locale}`);
      }
    }
  });

  test('the documented codes have their own texts', () => {
    const documented = [
      0, 1, 2, 3, 45, 48, 51, 53, 55, 56, 57, 61, 63, 65, 66, 67, 71, 73, 75, 77, 80, 81, 82, 85, 86, 95, 96,
      99,
    ];
    const en = documented.map((c) => weatherText(c, 'en'));
    assert.equal(new Set(en).size, documented.length);
    assert.equal(new Set(documented.map((c) => weatherText(c, 'vi'))).size, documented.length);
    assert.equal(weatherText(61, 'vi'), 'Mưa nhỏ');
    assert.equal(weatherText(61, 'en'), 'Slight rain');
    assert.equal(weatherText(95, 'vi'), 'Dông');
    assert.equal(weatherText(0, 'en'), 'Clear sky');
  });

  test('other codes read as their WMO 4677 group', () => {
    assert.equal(weatherText(5, 'en'), 'Haze, dust or smoke');
    assert.equal(weatherText(25, 'en'), 'Recent rain or thunder');
    assert.equal(weatherText(41, 'vi'), 'Sương mù');
    assert.equal(weatherText(58, 'vi'), 'Mưa phùn');
    assert.equal(weatherText(62, 'en'), 'Rain');
    assert.equal(weatherText(90, 'en'), 'Showers');
    assert.equal(weatherText(97, 'vi'), 'Dông');
  });

  test('without a code: unknown', () => {
    assert.equal(weatherText(undefined, 'vi'), 'Không xác định');
    assert.equal(weatherText(undefined, 'en'), 'Unknown');
    assert.equal(weatherIcon(undefined), 'unknown');
  });

  test('a code the model refuses (out of 0–99, not a whole number, not a number) is shown as unknown, and reported', () => {
    for (const bad of [-1, 100, 2.5, '3', Number.NaN, Infinity]) {
      const place = { id: 'x', name: 'X', weatherCode: bad, isDay: false };
      for (const locale of ['vi', 'en'] as const) {
        const { rows, issues } = view({ ...REPORT, places: [place] }, { locale });
        assert.equal(rows![0]!.condition, locale == 'vi' ? 'Không xác định' : 'Unknown', String(bad));
        assert.equal(rows![0]!.icon, 'unknown', String(bad));
        assert.deepEqual(
          issues.map((issue) => issue.path),
          ['places[0].weatherCode'],
        );
      }
    }
  });

  test('icons, with day and night variants for clear and partly cloudy skies', () => {
    assert.equal(weatherIcon(0, true), 'sun');
    assert.equal(weatherIcon(0, false), 'moon');
    assert.equal(weatherIcon(1), 'sun');
    assert.equal(weatherIcon(2, false), 'partly-night');
    assert.equal(weatherIcon(3, false), 'cloud');
    assert.equal(weatherIcon(45), 'fog');
    assert.equal(weatherIcon(63), 'rain');
    assert.equal(weatherIcon(75), 'snow');
    assert.equal(weatherIcon(82), 'rain');
    assert.equal(weatherIcon(86), 'snow');
    assert.equal(weatherIcon(99), 'storm');
  });

  test('the tables: codes in order, each once; groups in order from 4, the documented codes 0–3 before them', () => {
    const codes = WMO_CODES.map((row) => row.code);
    assert.deepEqual(
      codes,
      [...new Set(codes)].sort((a, b) => a - b),
    );
    const groups = WMO_GROUPS.map((group) => group.code);
    assert.deepEqual(
      groups,
      [...groups].sort((a, b) => a - b),
    );
    assert.equal(groups[0], 4);
    assert.deepEqual(codes.slice(0, 4), [0, 1, 2, 3]);
  });
});
