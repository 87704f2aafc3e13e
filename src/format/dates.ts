/**
 * Portal dates: the library's one date formatter. Always printed in an explicit time zone
 * (default Asia/Ho_Chi_Minh), so a server in UTC and a reader's browser in New York print the
 * same "15/03/2023 | 19:52". Every element imports it (article card, weather, award list).
 *
 * Three small pieces, each usable alone so an element pays only for what it calls:
 * - `zonedParts(time, timeZone)`: wall-clock fields of an instant in a zone, through
 *   Intl.DateTimeFormat (which costs no bytes);
 * - `readDate(text, timeZone)`: ISO 8601 text (a calendar date, a date-time with or without an
 *   offset) to those fields, refusing what is calendar-impossible (2023-02-30, 25:00);
 * - `formatDate(pattern, parts)`: a small pattern printer.
 * On top of them: `portalDate` (an instant with an offset → text, `<time datetime>`, Date) and
 * `calendarDate` (a decision's day, dd/MM/yyyy, never shifted when it has no offset).
 *
 * Not date-fns: measured in the card entry, date-fns `lightFormat` with @date-fns/tz `TZDate`
 * cost ≈ 3.1 KB min+gzip of its 5 KB budget. date-fns stays the reference:
 * test/node/format-dates.test.ts checks this module prints exactly what
 * `lightFormat(new TZDate(…))` prints for thousands of instants, zones and patterns.
 *
 * Pattern tokens: yyyy/yy, MM/M, dd/d, HH/H, mm/m, ss/s and 'quoted text' (`''` is a quote);
 * any other letter makes the pattern invalid.
 */
export { formatRelativeTime } from './relative.js';
import type { Locale } from './locale.js';
import { formatOffset, readIsoDate } from '../model/iso-date.js';

export const DEFAULT_TIME_ZONE = 'Asia/Ho_Chi_Minh';
export const DEFAULT_DATE_PATTERN = 'dd/MM/yyyy | HH:mm';

export interface PortalDateOptions {
  pattern?: string;
  timeZone?: string;
}

export type PortalDate =
  | {
      ok: true;
      text: string;
      /** ISO 8601 in the time zone, with its offset, for `<time datetime>`. */ datetime: string;
      date: Date;
    }
  | { ok: false; /** Why there is no date, for a `gov-error` or a log. */ reason: string; text: '' };

/**
 * Wall-clock fields as printed digits: the year four digits, the others two ("2023", "03", "15",
 * "19", "52", "00").
 */
export interface DateParts {
  year: string;
  month: string;
  day: string;
  hour: string;
  minute: string;
  second: string;
}

/** Fields read from ISO 8601 text, and the instant (ms since the epoch) when the text had an offset. */
export interface ReadDate extends DateParts {
  time?: number;
}

const TOKEN = /'((?:''|[^'])*)'?|([A-Za-z])\2*/g;
/** Pattern letters and the field each prints. */
const PATTERN_FIELDS: Record<string, keyof DateParts> = {
  y: 'year',
  M: 'month',
  d: 'day',
  H: 'hour',
  m: 'minute',
  s: 'second',
};

const zoneFormats: Record<string, Intl.DateTimeFormat> = {};
const memo = new Map<string, PortalDate>();

/**
 * The wall clock of an instant (ms since the epoch) in `timeZone`. Throws a RangeError for an
 * unknown zone. Swedish dates and times are ISO: "2023-03-15 19:52:00".
 */
export function zonedParts(time: number, timeZone = DEFAULT_TIME_ZONE): DateParts {
  zoneFormats[timeZone] ??= new Intl.DateTimeFormat('sv', {
    timeZone,
    dateStyle: 'short',
    timeStyle: 'medium',
  });
  const [year, month, day, hour, minute, second] = zoneFormats[timeZone].format(time).match(/\d+/g)!;
  return { year: year!, month: month!, day: day!, hour: hour!, minute: minute!, second: second! };
}

/**
 * Reads ISO 8601 text through the model's one reader (`readIsoDate`). With an offset
 * (`2023-03-15T12:52:00Z`, `…+07:00`) it is an instant: the fields are its wall clock in
 * `timeZone`, and `time` the instant. Without one (`2023-03-15`, `2023-03-15T19:52`) the fields are
 * taken as written — no zone can shift the 15th to the 14th — and there is no `time`. Undefined for
 * anything else and for calendar-impossible fields (2023-02-30, 25:00, 24:00, an offset of +25:00):
 * never "Invalid Date", never an exception for any `text`. Throws a RangeError (from Intl) only when
 * an instant must be read in an unknown zone, which is the caller's setting, not the data.
 */
export function readDate(text: unknown, timeZone = DEFAULT_TIME_ZONE): ReadDate | undefined {
  const date = readIsoDate(text);
  if (!date) return undefined;
  if (date.time !== undefined) return { ...zonedParts(date.time, timeZone), time: date.time };
  // No offset: the fields as written, whatever the zone (printed back from UTC).
  return zonedParts(date.wallClock, 'UTC');
}

/** "19:52": `HH:mm`, the portal's time. */
export const portalTime = (parts: DateParts): string => `${parts.hour}:${parts.minute}`;

/** "15/03/2023": `dd/MM/yyyy`, the portal's day. */
export const portalDay = (parts: DateParts): string => `${parts.day}/${parts.month}/${parts.year}`;

/**
 * `parts` printed with `pattern` (see the tokens above): `formatDate('dd/MM/yyyy | HH:mm', parts)`.
 * Throws a RangeError for an unknown letter.
 */
export function formatDate(pattern: string, parts: DateParts): string {
  return pattern.replace(TOKEN, (token, quoted: string | undefined, letter: string | undefined) => {
    if (!letter) return quoted?.replace(/''/g, "'") || "'";
    const field = PATTERN_FIELDS[letter];
    if (!field) throw new RangeError(`unsupported token ${token}`);
    const value = +parts[field];
    // `yy` is the year's last two digits; every other token is the value, zero-padded to its length.
    const shown = field == 'year' && token.length == 2 ? value % 100 : value;
    return String(shown).padStart(token.length, '0');
  });
}

/**
 * A calendar day for display: "15/03/2023", and `2023-03-15` for `<time datetime>`. A date
 * (`2023-03-15`) or a date-time without offset is printed as written; a date-time with an
 * offset is the day it was in `timeZone`. Undefined when unreadable (see `readDate`) or when
 * the zone is unknown.
 */
export function calendarDate(
  text: unknown,
  timeZone?: string,
): { text: string; datetime: string } | undefined {
  try {
    const parts = readDate(text, timeZone);
    return parts && { text: portalDay(parts), datetime: `${parts.year}-${parts.month}-${parts.day}` };
  } catch {
    return; // unknown time zone
  }
}

/** "15/03/2023 | 19:52" and `2023-03-15T19:52:00+07:00` for an ISO 8601 instant with an offset. */
export function portalDate(iso: unknown, options: PortalDateOptions = {}): PortalDate {
  const pattern = options.pattern ?? DEFAULT_DATE_PATTERN;
  const timeZone = options.timeZone ?? DEFAULT_TIME_ZONE;
  if (typeof iso != 'string' || !iso) return { ok: false, reason: 'no date given', text: '' };
  const key = `${iso}|${pattern}|${timeZone}`;
  let result = memo.get(key);
  if (result) return result;
  try {
    const parts = readDate(iso, timeZone);
    const time = parts?.time;
    if (parts === undefined || time === undefined) {
      result = {
        ok: false,
        reason: `not an ISO 8601 date with an offset: ${JSON.stringify(iso.slice(0, 40))}`,
        text: '',
      };
    } else {
      const { year, month, day, hour, minute, second } = parts;
      const local = `${year}-${month}-${day}T${hour}:${minute}:${second}`;
      // The zone's offset at that instant: its wall clock read as UTC, minus the instant.
      const offset = Math.round((Date.parse(local + 'Z') - time) / 60_000);
      result = {
        ok: true,
        text: formatDate(pattern, parts),
        datetime: `${local}${formatOffset(offset)}`,
        date: new Date(time),
      };
    }
  } catch (error) {
    result = { ok: false, reason: String((error as Error).message), text: '' };
  }
  // Real dates, patterns and zones make short keys; a long one is content nobody will ask for
  // again, and 500 of them at 1 MB each must not stay in memory.
  if (key.length > 200) return result;
  if (memo.size >= 500) memo.delete(memo.keys().next().value!);
  memo.set(key, result);
  return result;
}

/**
 * "15/03/2023 | 19:52". On bad input returns the fallback ('' unless given): never "Invalid Date".
 * Use `portalDate` to learn why.
 */
export function formatPortalDate(
  iso: unknown,
  options: PortalDateOptions & { fallback?: string; locale?: Locale } = {},
): string {
  const result = portalDate(iso, options);
  return result.ok ? result.text : (options.fallback ?? '');
}
