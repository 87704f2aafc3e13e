/**
 * The library's one reader of ISO 8601 / RFC 3339 dates, and its one offset printer. The model's
 * parsers, the date formatter, relative times, the weather element and the Open-Meteo mapping all
 * read dates through `readIsoDate`, so "what is a date" is decided here only.
 *
 * Accepted: a calendar date (`2023-03-15`), optionally a time after `T` or a space
 * (`2023-03-15T19:52`, `…T19:52:07`, `…T19:52:07.123`), optionally then an offset (`Z`, `+07:00`).
 * Refused (undefined, never an exception): anything else, and fields the calendar does not have
 * (2023-02-30, 24:00, 19:60, an offset of +25:00).
 */

export interface IsoDate {
  year: number;
  /** 1–12 */
  month: number;
  /** 1–31 */
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** Whether the text had a time (a calendar date alone reads as midnight). */
  hasTime: boolean;
  /** The wall-clock fields read as if they were UTC, in ms (what `zonedParts(…, 'UTC')` prints back). */
  wallClock: number;
  /** Minutes east of UTC (`+07:00` → 420); undefined when the text had no offset. */
  offset?: number;
  /** Milliseconds since the epoch, when the text had an offset (it is then an instant). */
  time?: number;
}

/** The calendar date, the time (without its fraction), the fraction, the offset. */
const ISO_DATE = /^(\d{4}-\d\d-\d\d)(?:[T ](\d\d:\d\d(?::\d\d)?)(\.\d{1,9})?(Z|[+-]\d\d:\d\d)?)?$/;

/** Reads ISO 8601 text (see above); undefined for anything else, whatever `text` is. */
export function readIsoDate(text: unknown): IsoDate | undefined {
  const match = typeof text == 'string' ? ISO_DATE.exec(text) : null;
  if (!match) return undefined;
  const [, calendarDate, clockText = '00:00', fraction = '', zone] = match;
  // Date gives real fields back unchanged and refuses or rolls over the others (2023-02-30 → 03-02,
  // 24:00 → the next day, 25:00 → Invalid Date, whose toJSON is null).
  const local = `${calendarDate}T${clockText}`;
  const wallClock = Date.parse(`${local}${fraction}Z`);
  if (!new Date(wallClock).toJSON()?.startsWith(local)) return undefined;
  const [year, month, day] = calendarDate!.split('-').map(Number) as [number, number, number];
  const [hour, minute, second = 0] = clockText.split(':').map(Number) as [number, number, number?];
  const hasTime = match[2] !== undefined;
  const date: IsoDate = { year, month, day, hour, minute, second, hasTime, wallClock };
  if (zone) {
    // Date refuses an offset beyond ±23:59 (+25:00, +07:60).
    const time = Date.parse(local + fraction + zone);
    if (Number.isNaN(time)) return undefined;
    date.time = time;
    // Minutes east of UTC: the wall clock read as if it were UTC, minus the instant.
    date.offset = Math.round((wallClock - time) / 60_000);
  }
  return date;
}

/** Two digits at least: 7 → "07". */
export const twoDigits = (value: number): string => String(value).padStart(2, '0');

/** An offset in minutes east of UTC as ISO 8601 writes it: 420 → "+07:00", -90 → "-01:30", 0 → "+00:00". */
export function formatOffset(minutes: number): string {
  const whole = Math.abs(Math.trunc(minutes));
  return `${minutes < 0 ? '-' : '+'}${twoDigits(Math.trunc(whole / 60))}:${twoDigits(whole % 60)}`;
}
