import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  formatPortalDate,
  portalDate,
  formatRelativeTime,
  formatCount,
  foldVietnamese,
  slugify,
  resolveLocale,
  normalizeLocale,
  clock,
  vietnameseCollator,
  commonMessages,
} from '../../src/format/index.js';

describe('formatPortalDate', () => {
  test('gives the portal format in Asia/Ho_Chi_Minh from a UTC instant', () => {
    assert.equal(formatPortalDate('2023-03-15T12:52:00Z'), '15/03/2023 | 19:52');
    assert.equal(formatPortalDate('2023-03-15T19:52:00+07:00'), '15/03/2023 | 19:52');
  });
  test('gives the zone offset for <time datetime>', () => {
    const r = portalDate('2023-03-15T12:52:00Z');
    assert.ok(r.ok);
    assert.equal(r.datetime, '2023-03-15T19:52:00+07:00');
  });
  test('honours pattern and time zone options', () => {
    assert.equal(
      formatPortalDate('2023-03-15T12:52:00Z', { pattern: 'dd.MM.yyyy', timeZone: 'Europe/Berlin' }),
      '15.03.2023',
    );
    assert.equal(formatPortalDate('2023-03-15T23:30:00Z'), '16/03/2023 | 06:30');
  });
  test('bad input: no "Invalid Date", a fallback and a reason', () => {
    for (const bad of [
      '',
      'yesterday',
      '2023-03-15',
      '2023-13-01T00:00:00Z',
      null,
      42,
      {},
      '2023-03-15T19:52:00',
    ]) {
      const text = formatPortalDate(bad, { fallback: '—' });
      assert.equal(text, '—', String(bad));
      const r = portalDate(bad);
      assert.equal(r.ok, false);
      if (!r.ok) assert.ok(r.reason.length > 0);
    }
    const zone = portalDate('2023-03-15T12:52:00Z', { timeZone: 'Mars/Olympus' });
    assert.equal(zone.ok, false);
    const pattern = portalDate('2023-03-15T12:52:00Z', { pattern: 'dd/MM/yyyy Q' });
    assert.equal(pattern.ok, false);
  });
  test('property: never prints Invalid Date or NaN for any string', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.date({ noInvalidDate: false }).map((d) => (Number.isNaN(d.getTime()) ? 'x' : d.toISOString())),
        ),
        (s) => {
          const out = formatPortalDate(s);
          return !out.includes('Invalid') && !out.includes('NaN');
        },
      ),
    );
  });
});

describe('formatRelativeTime', () => {
  const now = Date.parse('2023-03-18T12:52:00Z');
  test('vi and en', () => {
    assert.equal(formatRelativeTime('2023-03-15T12:52:00Z', { now, locale: 'vi' }), '3 ngày trước');
    assert.equal(formatRelativeTime('2023-03-15T12:52:00Z', { now, locale: 'en' }), '3 days ago');
    assert.equal(formatRelativeTime('2023-03-18T12:42:00Z', { now, locale: 'en' }), '10 minutes ago');
  });
  test('unreadable dates give an empty string', () => {
    assert.equal(formatRelativeTime('nope', { now, locale: 'vi' }), '');
  });
});

describe('formatCount', () => {
  test('groups per locale', () => {
    assert.equal(formatCount(1234, { locale: 'vi' }), '1.234');
    assert.equal(formatCount(1234, { locale: 'en' }), '1,234');
    assert.equal(formatCount(55, { locale: 'vi' }), '55');
  });
  test('compact notation', () => {
    assert.equal(formatCount(1234567, { locale: 'en', notation: 'compact' }), '1.2M');
    assert.match(formatCount(1234567, { locale: 'vi', notation: 'compact' }), /^1,2\s?Tr$/);
  });
  test('non-numbers give empty text', () => {
    for (const bad of [NaN, Infinity, '55', undefined]) assert.equal(formatCount(bad, { locale: 'vi' }), '');
  });
});

describe('text', () => {
  test('foldVietnamese removes marks and folds đ', () => {
    assert.equal(foldVietnamese('HOÀNG PHƯƠNG'), 'hoang phuong');
    assert.equal(foldVietnamese('Đặng Thị Ánh'), 'dang thi anh');
    assert.equal(foldVietnamese('Ha\u0300 No\u0323\u0302i'), 'ha noi');
  });
  test('slugify', () => {
    assert.equal(slugify('Hoạt động từ các đơn vị'), 'hoat-dong-tu-cac-don-vi');
    assert.equal(slugify('  Đà Nẵng!! 2023 '), 'da-nang-2023');
  });
  test('Vietnamese collation orders real names', () => {
    const names = ['Đặng Văn Lâm', 'Bùi Thị Hà', 'Dương Minh Châu', 'Ánh Nguyệt', 'Âu Cơ', 'Ăn Quan'];
    const sorted = [...names].sort(vietnameseCollator().compare);
    assert.ok(sorted.indexOf('Dương Minh Châu') < sorted.indexOf('Đặng Văn Lâm'), sorted.join(', '));
    assert.ok(sorted.indexOf('Bùi Thị Hà') < sorted.indexOf('Dương Minh Châu'));
  });
});

describe('locale', () => {
  test('own, then ancestor, then document; Vietnamese by default', () => {
    assert.equal(resolveLocale('en', 'vi'), 'en');
    assert.equal(resolveLocale(undefined, 'en-GB', 'vi'), 'en');
    assert.equal(resolveLocale('', null, 'vi-VN'), 'vi');
    assert.equal(resolveLocale(), 'vi');
    assert.equal(resolveLocale('fr'), 'vi');
    assert.equal(normalizeLocale('EN-us'), 'en');
  });
  test('messages exist in both languages', () => {
    assert.equal(commonMessages.vi.views('55', 55), '55 lượt xem');
    assert.equal(commonMessages.en.views('1', 1), '1 view');
    assert.equal(commonMessages.en.views('55', 55), '55 views');
  });
});

describe('clock', () => {
  test('set() fixes the time and notifies listeners; one timer for all', () => {
    const seen: number[] = [];
    const off1 = clock.subscribe((t) => seen.push(t));
    const off2 = clock.subscribe(() => {});
    assert.equal(clock.listenerCount, 2);
    clock.set('2023-03-18T00:00:00Z');
    assert.equal(clock.now(), Date.parse('2023-03-18T00:00:00Z'));
    assert.deepEqual(seen, [Date.parse('2023-03-18T00:00:00Z')]);
    off1();
    off2();
    clock.reset();
    assert.equal(clock.listenerCount, 0);
    assert.ok(Math.abs(clock.now() - Date.now()) < 1000);
  });
});
