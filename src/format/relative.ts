/**
 * Relative time ("3 ngày trước" / "3 days ago") through Intl, which costs no bytes. Kept apart
 * from dates.ts (which re-exports it) so an element can import it without date-fns.
 */
import type { Locale } from './locale.js';

const OFFSET_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

const relativeFormats = new Map<string, Intl.RelativeTimeFormat>();
function relativeFormat(locale: Locale): Intl.RelativeTimeFormat {
  let f = relativeFormats.get(locale);
  if (!f) relativeFormats.set(locale, (f = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' })));
  return f;
}

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 86400],
  ['month', 30 * 86400],
  ['week', 7 * 86400],
  ['day', 86400],
  ['hour', 3600],
  ['minute', 60],
];

/** "3 ngày trước" / "3 days ago". Returns '' for a date it cannot read. */
export function formatRelativeTime(iso: unknown, options: { now: number | Date; locale: Locale }): string {
  const time = typeof iso === 'string' && OFFSET_DATE.test(iso) ? Date.parse(iso) : NaN;
  const now = typeof options.now === 'number' ? options.now : options.now.getTime();
  if (Number.isNaN(time) || !Number.isFinite(now)) return '';
  const seconds = Math.round((time - now) / 1000);
  const abs = Math.abs(seconds);
  for (const [unit, size] of UNITS) {
    if (abs >= size) return relativeFormat(options.locale).format(Math.trunc(seconds / size), unit);
  }
  return relativeFormat(options.locale).format(0, 'second');
}
