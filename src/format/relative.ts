/**
 * Relative time ("3 ngày trước" / "3 days ago") through Intl.RelativeTimeFormat, which costs no
 * bytes. Kept apart from dates.ts (which re-exports it) so an element that prints only relative
 * times does not carry the pattern printer.
 */
import type { Locale } from './locale.js';
import { readIsoDate } from '../model/iso-date.js';

const formats: Partial<Record<Locale, Intl.RelativeTimeFormat>> = {};

/** The locale's Intl.RelativeTimeFormat (`numeric: 'auto'`), made once: every render reuses it. */
export const relativeTimeFormat = (locale: Locale): Intl.RelativeTimeFormat =>
  (formats[locale] ??= new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }));

/**
 * Seconds in each unit, largest first (a year of 365 days, a month of 30); under a minute is "now" /
 * "bây giờ". Written as plain numbers: esbuild keeps a table of products (365 * 86400) in every
 * bundle that imports this module, even one that only takes `relativeTimeFormat`.
 */
const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 31_536_000],
  ['month', 2_592_000],
  ['week', 604_800],
  ['day', 86_400],
  ['hour', 3_600],
  ['minute', 60],
];

/**
 * "3 ngày trước" / "3 days ago" for an instant already read (a `Date` or milliseconds), e.g. the
 * `date` of a `portalDate()` result. Returns '' when either time is not finite.
 */
export function relativeTime(time: number | Date, now: number | Date, locale: Locale): string {
  const seconds = Math.round((+time - +now) / 1000);
  if (!Number.isFinite(seconds)) return '';
  const [unit, size] = UNITS.find(([, size]) => Math.abs(seconds) >= size) ?? ['second', Infinity];
  return relativeTimeFormat(locale).format(Math.trunc(seconds / size), unit);
}

/** "3 ngày trước" / "3 days ago" for an ISO 8601 date with an offset. Returns '' for a date it cannot read. */
export function formatRelativeTime(iso: unknown, options: { now: number | Date; locale: Locale }): string {
  const time = readIsoDate(iso)?.time;
  return time === undefined ? '' : relativeTime(time, options.now, options.locale);
}
