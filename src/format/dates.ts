/**
 * Portal dates. Always printed in an explicit time zone (default Asia/Ho_Chi_Minh), so a
 * server in UTC and a reader's browser in New York print the same "15/03/2023 | 19:52".
 *
 * Formatting goes through Intl.DateTimeFormat (wall-clock parts in the zone) and a small
 * pattern reader, not date-fns: measured in the card entry, date-fns `lightFormat` with
 * @date-fns/tz `TZDate` cost ≈ 3.1 KB min+gzip of its 5 KB budget, Intl costs ≈ 0.7 KB.
 * date-fns stays the reference: test/node/format-dates.test.ts checks this module prints
 * exactly what `lightFormat(new TZDate(…))` prints for thousands of instants, zones and patterns.
 *
 * Pattern tokens: yyyy/yy, MM/M, dd/d, HH/H, mm/m, ss/s and 'quoted text' (`''` is a quote);
 * any other letter makes the pattern invalid. Calendar-impossible input (2023-02-30, 24:00) is
 * refused rather than rolled over.
 */
export { formatRelativeTime } from './relative.js';
import type { Locale } from './locale.js';

export const DEFAULT_TIME_ZONE = 'Asia/Ho_Chi_Minh';
export const DEFAULT_DATE_PATTERN = 'dd/MM/yyyy | HH:mm';

export interface PortalDateOptions {
  pattern?: string;
  timeZone?: string;
}

export type PortalDate =
  | { ok: true; text: string; /** ISO 8601 in the time zone, with its offset, for `<time datetime>`. */ datetime: string; date: Date }
  | { ok: false; /** Why there is no date, for a `gov-error` or a log. */ reason: string; text: '' };

const ISO = /^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d)(?::(\d\d)(?:\.\d+)?)?(?:Z|[+-]\d\d:\d\d)$/;
const TOKEN = /'((?:''|[^'])*)'?|([A-Za-z])\2*/g;
const pad = (n: number, w = 2) => String(n).padStart(w, '0');

const zones = new Map<string, Intl.DateTimeFormat>();
const memo = new Map<string, PortalDate>();

function wallClock(time: number, timeZone: string): Record<string, number> {
  let f = zones.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    zones.set(timeZone, f);
  }
  const out: Record<string, number> = {};
  for (const p of f.formatToParts(time)) out[p.type] = +p.value;
  return out;
}

function format(pattern: string, f: Record<string, number>): string {
  return pattern.replace(TOKEN, (token, quoted: string | undefined, letter: string | undefined) => {
    if (letter === undefined) return quoted ? quoted.replace(/''/g, "'") : "'";
    const value = { y: f.year, M: f.month, d: f.day, H: f.hour, m: f.minute, s: f.second }[letter];
    if (value === undefined) throw new RangeError(`unsupported token ${token}`);
    return letter === 'y' && token.length === 2 ? pad(value % 100) : pad(value, token.length);
  });
}

/** "15/03/2023 | 19:52" and `2023-03-15T19:52:00+07:00` for an ISO 8601 instant with an offset. */
export function portalDate(iso: unknown, options: PortalDateOptions = {}): PortalDate {
  const pattern = options.pattern ?? DEFAULT_DATE_PATTERN;
  const timeZone = options.timeZone ?? DEFAULT_TIME_ZONE;
  if (typeof iso !== 'string' || iso === '') return { ok: false, reason: 'no date given', text: '' };
  const key = `${iso}|${pattern}|${timeZone}`;
  let result = memo.get(key);
  if (result) return result;
  const m = ISO.exec(iso);
  const time = m ? Date.parse(iso) : NaN;
  if (!m || Number.isNaN(time) || +m[4]! > 23 || +m[3]! > new Date(Date.UTC(+m[1]!, +m[2]!, 0)).getUTCDate()) {
    result = { ok: false, reason: `not an ISO 8601 date with an offset: ${JSON.stringify(iso.slice(0, 40))}`, text: '' };
  } else {
    try {
      const f = wallClock(time, timeZone);
      const offset = Math.round((Date.UTC(f.year!, f.month! - 1, f.day, f.hour, f.minute, f.second) - time) / 60000);
      const abs = Math.abs(offset);
      result = {
        ok: true,
        text: format(pattern, f),
        datetime: `${format("yyyy-MM-dd'T'HH:mm:ss", f)}${offset < 0 ? '-' : '+'}${pad(Math.trunc(abs / 60))}:${pad(abs % 60)}`,
        date: new Date(time),
      };
    } catch (error) {
      result = { ok: false, reason: String((error as Error).message), text: '' };
    }
  }
  if (memo.size >= 500) memo.delete(memo.keys().next().value!);
  memo.set(key, result);
  return result;
}

/**
 * "15/03/2023 | 19:52". On bad input returns the fallback ('' unless given): never "Invalid Date".
 * Use `portalDate` to learn why.
 */
export function formatPortalDate(iso: unknown, options: PortalDateOptions & { fallback?: string; locale?: Locale } = {}): string {
  const result = portalDate(iso, options);
  return result.ok ? result.text : (options.fallback ?? '');
}
