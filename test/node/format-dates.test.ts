// src/format/dates.ts is the library's one date formatter (the article card, the weather and the
// award list all use it). It formats through Intl to stay in the elements' byte budgets; date-fns
// is the reference it must agree with: lightFormat over a TZDate, for many instants, zones and
// patterns. Also: its pieces (zonedParts, readDate, formatDate, portalTime/portalDay) and
// calendarDate, the award list's decision day.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  calendarDate,
  formatDate,
  portalDate,
  portalDay,
  portalTime,
  readDate,
  zonedParts,
} from '../../src/format/dates.js';
import { lightFormat } from 'date-fns/lightFormat';
import { TZDate } from '@date-fns/tz';

/** The reference: date-fns. */
function dateFns(input: string, pattern: string, zone: string) {
  const zoned = new TZDate(Date.parse(input), zone);
  const offset = -zoned.getTimezoneOffset();
  const sign = offset < 0 ? '-' : '+';
  return {
    text: lightFormat(zoned, pattern),
    datetime: `${lightFormat(zoned, "yyyy-MM-dd'T'HH:mm:ss")}${sign}${pad(Math.trunc(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`,
  };
}

const ZONES = [
  'Asia/Ho_Chi_Minh',
  'UTC',
  'America/New_York',
  'Europe/London',
  'Asia/Kolkata',
  'Australia/Lord_Howe',
  'Pacific/Chatham',
  'America/St_Johns',
];
const PATTERNS = [
  'dd/MM/yyyy | HH:mm',
  'dd/MM/yyyy',
  'HH:mm',
  "d/M/yy 'lúc' H:m:s",
  "dd.MM.yyyy 'at' HH:mm:ss",
  "HH'h'mm",
];

const pad = (n: number, w = 2) => String(Math.abs(n)).padStart(w, '0');
const iso = (ms: number, offsetMin: number) => {
  const d = new Date(ms + offsetMin * 60000);
  const sign = offsetMin < 0 ? '-' : '+';
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}${sign}${pad(Math.trunc(Math.abs(offsetMin) / 60))}:${pad(Math.abs(offsetMin) % 60)}`;
};

describe('portalDate against date-fns', () => {
  test('prints the seed date line and its datetime', () => {
    const r = portalDate('2023-03-15T12:52:00Z');
    assert.ok(r.ok);
    assert.equal(r.text, '15/03/2023 | 19:52');
    assert.equal(r.datetime, '2023-03-15T19:52:00+07:00');
  });

  test('matches date-fns lightFormat + TZDate for any instant, zone and pattern', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1971, 0, 1), max: Date.UTC(2099, 11, 31) }),
        fc.integer({ min: -12 * 60, max: 14 * 60 }),
        fc.constantFrom(...ZONES),
        fc.constantFrom(...PATTERNS),
        (ms, offset, zone, pattern) => {
          const input = iso(Math.floor(ms / 1000) * 1000, offset);
          const a = dateFns(input, pattern, zone);
          const b = portalDate(input, { timeZone: zone, pattern });
          assert.ok(b.ok, input);
          if (b.ok) {
            assert.equal(b.text, a.text, `${input} ${zone} ${pattern}`);
            assert.equal(b.datetime, a.datetime, `${input} ${zone}`);
            assert.equal(b.date.getTime(), Date.parse(input));
          }
        },
      ),
      { numRuns: 2000 },
    );
  });

  test('refuses bad input and calendar-impossible dates, without Invalid Date', () => {
    for (const bad of [
      '',
      '15/03/2023',
      '2023-03-15',
      '2023-03-15T19:52',
      'yesterday',
      '2023-03-15T25:00:00Z',
      '2023-02-29T10:00:00Z',
      '2023-13-01T00:00:00Z',
      '2023-02-30T10:00:00+07:00',
      '2023-03-15T24:00:00+07:00',
      42,
    ]) {
      const r = portalDate(bad);
      assert.equal(r.ok, false, String(bad));
      assert.equal(r.text, '');
    }
    assert.equal(portalDate('2023-03-15T12:52:00Z', { timeZone: 'Mars/Olympus' }).ok, false);
    assert.equal(portalDate('2023-03-15T12:52:00Z', { pattern: 'dd/MM/yyyy Q' }).ok, false);
  });
});

/** ISO 8601 date-times (with and without offset, some with a fraction) over 1900–2200. */
const anyIso = fc
  .tuple(
    fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2200, 0, 1) }),
    fc.constantFrom('Z', '+07:00', '-03:30', '+05:45', '+14:00', '-12:00', ''),
    fc.constantFrom('', '.5', '.123', '.123456'),
  )
  .map(([ms, offset, fraction]) => new Date(ms).toISOString().slice(0, 19) + fraction + offset);

describe('the pieces every element uses', () => {
  const BAD = [
    undefined,
    null,
    42,
    ['2023-03-15'],
    '',
    '15/03/2023',
    'hôm qua',
    '2023-3-15',
    '2023-03-15T19',
    '2023-03-15T19:52:00+0700',
    '2023-03-15T19:52:00 +07:00',
  ];
  const IMPOSSIBLE = [
    '2023-02-29',
    '2023-02-30T10:00:00+07:00',
    '2023-04-31',
    '2023-13-01',
    '2023-00-10',
    '2023-03-00',
    '2023-03-15T25:00:00Z',
    '2023-03-15T24:00:00+07:00',
    '2023-03-15T23:60Z',
    '2023-03-15T23:59:60Z',
    // Offsets Date cannot read: these threw a RangeError (Invalid time value) from Intl.
    '2023-03-15T12:00:00+25:00',
    '2023-03-15T12:00:00+24:00',
    '2023-03-15T12:00:00-99:99',
    '2023-03-15 12:00+07:60',
  ];

  test('zonedParts: the wall clock of an instant in a zone, as two-digit fields', () => {
    const t = Date.parse('2023-03-15T17:05:09Z');
    assert.deepEqual(zonedParts(t), {
      year: '2023',
      month: '03',
      day: '16',
      hour: '00',
      minute: '05',
      second: '09',
    });
    assert.deepEqual(zonedParts(t, 'UTC'), {
      year: '2023',
      month: '03',
      day: '15',
      hour: '17',
      minute: '05',
      second: '09',
    });
    assert.deepEqual(zonedParts(t, 'America/St_Johns'), {
      year: '2023',
      month: '03',
      day: '15',
      hour: '14',
      minute: '35',
      second: '09',
    });
    assert.throws(() => zonedParts(t, 'Mars/Olympus'), RangeError);
  });

  test('readDate: an instant is read in the zone and keeps its milliseconds', () => {
    assert.deepEqual(readDate('2023-03-15T12:52:00Z'), {
      year: '2023',
      month: '03',
      day: '15',
      hour: '19',
      minute: '52',
      second: '00',
      time: Date.UTC(2023, 2, 15, 12, 52),
    });
    assert.deepEqual(readDate('2023-03-15 12:52:00.250Z', 'UTC'), {
      year: '2023',
      month: '03',
      day: '15',
      hour: '12',
      minute: '52',
      second: '00',
      time: Date.UTC(2023, 2, 15, 12, 52, 0, 250),
    });
    assert.deepEqual(readDate('2023-03-15T19:52+07:00', 'Europe/London'), {
      year: '2023',
      month: '03',
      day: '15',
      hour: '12',
      minute: '52',
      second: '00',
      time: Date.UTC(2023, 2, 15, 12, 52),
    });
    assert.throws(() => readDate('2023-03-15T12:52:00Z', 'Mars/Olympus'), RangeError);
  });

  test('readDate: a date, or a date-time without offset, is taken as written in every zone', () => {
    for (const zone of ['Asia/Ho_Chi_Minh', 'America/Los_Angeles', 'Pacific/Kiritimati', 'Mars/Olympus']) {
      assert.deepEqual(readDate('2023-03-15', zone), {
        year: '2023',
        month: '03',
        day: '15',
        hour: '00',
        minute: '00',
        second: '00',
      });
      assert.deepEqual(readDate('2023-03-15T23:30', zone), {
        year: '2023',
        month: '03',
        day: '15',
        hour: '23',
        minute: '30',
        second: '00',
      });
      assert.deepEqual(readDate('2024-02-29 23:59:59.999', zone), {
        year: '2024',
        month: '02',
        day: '29',
        hour: '23',
        minute: '59',
        second: '59',
      });
    }
  });

  test('readDate: not ISO 8601, or calendar-impossible (2023-02-30, 25:00, 24:00), is undefined', () => {
    for (const bad of [...BAD, ...IMPOSSIBLE]) assert.equal(readDate(bad), undefined, String(bad));
  });

  test('readDate: property, never throws on any string, and an instant it returns is a real one', () => {
    // Mostly ISO-shaped text with random digits (so the offset and calendar paths are reached),
    // and any string.
    const digits = (length: number) =>
      fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: length, maxLength: length });
    const offset = fc.oneof(
      fc.constantFrom('', 'Z'),
      fc
        .tuple(fc.constantFrom('+', '-'), digits(2), digits(2))
        .map(([sign, hours, minutes]) => `${sign}${hours}:${minutes}`),
    );
    const day = fc
      .tuple(digits(4), digits(2), digits(2))
      .map(([year, month, date]) => `${year}-${month}-${date}`);
    const time = fc
      .tuple(digits(2), digits(2), fc.option(digits(2)))
      .map(([hour, minute, second]) => `${hour}:${minute}${second ? ':' + second : ''}`);
    const isoLike = fc.tuple(day, fc.constantFrom('T', ' '), time, offset).map((parts) => parts.join(''));
    fc.assert(
      fc.property(
        fc.oneof(isoLike, fc.string(), fc.string({ unit: 'binary' })),
        fc.constantFrom(...ZONES),
        (text, zone) => {
          const parts = readDate(text, zone);
          if (parts?.time !== undefined) assert.ok(Number.isFinite(parts.time), text);
        },
      ),
      { numRuns: 2000 },
    );
  });

  test('formatDate, portalTime and portalDay print what date-fns prints', () => {
    fc.assert(
      fc.property(anyIso, fc.constantFrom(...ZONES), fc.constantFrom(...PATTERNS), (input, zone, pattern) => {
        const parts = readDate(input, zone)!;
        assert.ok(parts, input);
        if (parts.time === undefined) {
          // No offset: the written fields, whatever the zone.
          assert.equal(
            formatDate(pattern, parts),
            lightFormat(new TZDate(Date.parse(input.slice(0, 19) + 'Z'), 'UTC'), pattern),
            input,
          );
        } else {
          const zoned = new TZDate(parts.time, zone);
          assert.equal(formatDate(pattern, parts), lightFormat(zoned, pattern), `${input} ${zone}`);
          assert.equal(portalTime(parts), lightFormat(zoned, 'HH:mm'));
          assert.equal(portalDay(parts), lightFormat(zoned, 'dd/MM/yyyy'));
          assert.equal(parts.time, Date.parse(input));
        }
      }),
      { numRuns: 2000 },
    );
    assert.throws(() => formatDate('dd/MM/yyyy Q', readDate('2023-03-15')!), RangeError);
  });
});

describe("calendarDate (the award list's decision day)", () => {
  test('a calendar date is printed as written, with no time zone shift', () => {
    for (const zone of ['Asia/Ho_Chi_Minh', 'America/Los_Angeles', 'Pacific/Kiritimati']) {
      assert.deepEqual(calendarDate('2023-03-15', zone), { text: '15/03/2023', datetime: '2023-03-15' });
      assert.deepEqual(calendarDate('2023-03-15T23:30', zone), {
        text: '15/03/2023',
        datetime: '2023-03-15',
      });
    }
  });

  test('a date-time with an offset is the day in the zone (Asia/Ho_Chi_Minh by default)', () => {
    assert.equal(calendarDate('2023-03-15T20:00:00Z')?.text, '16/03/2023');
    assert.equal(calendarDate('2023-03-15T20:00:00Z', 'Europe/London')?.text, '15/03/2023');
    assert.equal(calendarDate('2023-03-15T19:52:00+07:00')?.datetime, '2023-03-15');
  });

  test('unreadable or impossible input, or an unknown zone, gives undefined: never "Invalid Date"', () => {
    for (const bad of [
      undefined,
      '',
      '15/03/2023',
      'hôm qua',
      '2023-02-30',
      '2023-02-30T10:00:00+07:00',
      '2023-03-15T25:00:00Z',
    ]) {
      assert.equal(calendarDate(bad), undefined, String(bad));
    }
    assert.equal(calendarDate('2023-03-15T10:00:00Z', 'Mars/Olympus'), undefined);
    assert.deepEqual(
      calendarDate('2023-03-15', 'Mars/Olympus'),
      { text: '15/03/2023', datetime: '2023-03-15' },
      'no zone needed',
    );
  });

  test('is portalDate(…, dd/MM/yyyy) for any instant and zone', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('1900-01-01T00:00:00Z'),
          max: new Date('2200-01-01T00:00:00Z'),
          noInvalidDate: true,
        }),
        fc.constantFrom(...ZONES),
        (date, zone) => {
          const iso = date.toISOString();
          assert.equal(
            calendarDate(iso, zone)?.text,
            lightFormat(new TZDate(date.getTime(), zone), 'dd/MM/yyyy'),
          );
          assert.equal(
            calendarDate(iso, zone)?.text,
            portalDate(iso, { pattern: 'dd/MM/yyyy', timeZone: zone }).text,
          );
        },
      ),
      { numRuns: 300 },
    );
  });
});
