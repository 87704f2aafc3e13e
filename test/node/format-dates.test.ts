// portalDate formats through Intl to stay in the elements' byte budgets; date-fns is the
// reference it must agree with: lightFormat over a TZDate, for many instants, zones and patterns.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { portalDate } from '../../src/format/dates.js';
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


const ZONES = ['Asia/Ho_Chi_Minh', 'UTC', 'America/New_York', 'Europe/London', 'Asia/Kolkata', 'Australia/Lord_Howe', 'Pacific/Chatham', 'America/St_Johns'];
const PATTERNS = ['dd/MM/yyyy | HH:mm', 'dd/MM/yyyy', 'HH:mm', "d/M/yy 'lúc' H:m:s", "dd.MM.yyyy 'at' HH:mm:ss", "HH'h'mm"];

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
    for (const bad of ['', '15/03/2023', '2023-03-15', '2023-03-15T19:52', 'yesterday', '2023-13-01T00:00:00Z', '2023-02-30T10:00:00+07:00', '2023-03-15T24:00:00+07:00', 42]) {
      const r = portalDate(bad);
      assert.equal(r.ok, false, String(bad));
      assert.equal(r.text, '');
    }
    assert.equal(portalDate('2023-03-15T12:52:00Z', { timeZone: 'Mars/Olympus' }).ok, false);
    assert.equal(portalDate('2023-03-15T12:52:00Z', { pattern: 'dd/MM/yyyy Q' }).ok, false);
  });
});
