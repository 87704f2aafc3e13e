// The card formats dates through Intl (date.ts) to stay in budget: it must print exactly what
// portalDate from src/format/dates.ts prints, for many instants, zones and patterns.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { portalDate } from '../../src/format/dates.js';
import { cardDate } from '../../src/elements/article-card/date.js';

const ZONES = ['Asia/Ho_Chi_Minh', 'UTC', 'America/New_York', 'Europe/London', 'Asia/Kolkata', 'Australia/Lord_Howe', 'Pacific/Chatham', 'America/St_Johns'];
const PATTERNS = ['dd/MM/yyyy | HH:mm', 'dd/MM/yyyy', 'HH:mm', "d/M/yy 'lúc' H:m:s", "dd.MM.yyyy 'at' HH:mm:ss", "HH'h'mm"];

const pad = (n: number, w = 2) => String(Math.abs(n)).padStart(w, '0');
const iso = (ms: number, offsetMin: number) => {
  const d = new Date(ms + offsetMin * 60000);
  const sign = offsetMin < 0 ? '-' : '+';
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}${sign}${pad(Math.trunc(Math.abs(offsetMin) / 60))}:${pad(Math.abs(offsetMin) % 60)}`;
};

describe('cardDate', () => {
  test('prints the seed date line and its datetime', () => {
    const r = cardDate('2023-03-15T12:52:00Z');
    assert.ok(r.ok);
    assert.equal(r.text, '15/03/2023 | 19:52');
    assert.equal(r.datetime, '2023-03-15T19:52:00+07:00');
  });

  test('matches portalDate for any instant, zone and pattern', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1971, 0, 1), max: Date.UTC(2099, 11, 31) }),
        fc.integer({ min: -12 * 60, max: 14 * 60 }),
        fc.constantFrom(...ZONES),
        fc.constantFrom(...PATTERNS),
        (ms, offset, zone, pattern) => {
          const input = iso(Math.floor(ms / 1000) * 1000, offset);
          const a = portalDate(input, { timeZone: zone, pattern });
          const b = cardDate(input, pattern, zone);
          assert.equal(b.ok, a.ok, input);
          if (a.ok && b.ok) {
            assert.equal(b.text, a.text, `${input} ${zone} ${pattern}`);
            assert.equal(b.datetime, a.datetime, `${input} ${zone}`);
            assert.equal(b.date.getTime(), a.date.getTime());
          }
        },
      ),
      { numRuns: 2000 },
    );
  });

  test('refuses what portalDate refuses, and calendar-impossible dates, without Invalid Date', () => {
    for (const bad of ['', '15/03/2023', '2023-03-15', '2023-03-15T19:52', 'yesterday', '2023-13-01T00:00:00Z']) {
      assert.equal(portalDate(bad).ok, false, bad);
      const r = cardDate(bad);
      assert.equal(r.ok, false, bad);
      assert.equal(r.text, '');
    }
    for (const bad of ['2023-02-30T10:00:00+07:00', '2023-03-15T24:00:00+07:00']) assert.equal(cardDate(bad).ok, false, bad);
    assert.equal(cardDate(42).ok, false);
    assert.equal(cardDate('2023-03-15T12:52:00Z', PATTERNS[0], 'Mars/Olympus').ok, false);
    assert.equal(portalDate('2023-03-15T12:52:00Z', { pattern: 'dd/MM/yyyy Q' }).ok, false);
    assert.equal(cardDate('2023-03-15T12:52:00Z', 'dd/MM/yyyy Q').ok, false);
  });
});
