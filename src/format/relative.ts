/**
 * Relative time ("3 ngày trước" / "3 days ago") through Intl, which costs no bytes. Kept apart
 * from dates.ts (which re-exports it) so an element can import it without date-fns.
 */
import type { Locale } from './locale.js';

const OFFSET_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

const formats: Partial<Record<Locale, Intl.RelativeTimeFormat>> = {};

/** Seconds in each unit, largest first; under a minute is "now" / "bây giờ". */
const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 86400],
  ['month', 30 * 86400],
  ['week', 7 * 86400],
  ['day', 86400],
  ['hour', 3600],
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
  return (formats[locale] ??= new Intl.RelativeTimeFormat(locale, { numeric: 'auto' })).format(
    Math.trunc(seconds / size),
    unit,
  );
}

/** "3 ngày trước" / "3 days ago" for an ISO 8601 date with an offset. Returns '' for a date it cannot read. */
export function formatRelativeTime(iso: unknown, options: { now: number | Date; locale: Locale }): string {
  return typeof iso == 'string' && OFFSET_DATE.test(iso)
    ? relativeTime(Date.parse(iso), options.now, options.locale)
    : '';
}
