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
  /** Minutes east of UTC (`+07:00` → 420); undefined when the text had no offset. */
  offset?: number;
  /** Milliseconds since the epoch, when the text had an offset (it is then an instant). */
  time?: number;
}

const ISO_DATE =
  /^(\d{4})-(\d\d)-(\d\d)(?:[T ](\d\d):(\d\d)(?::(\d\d)(?:\.(\d{1,9}))?)?(?:(Z)|([+-])(\d\d):(\d\d))?)?$/;

/** Days in `month` (1–12) of `year`, Gregorian, any year. */
function daysInMonth(year: number, month: number): number {
  if (month == 2) return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28;
  return month == 4 || month == 6 || month == 9 || month == 11 ? 30 : 31;
}

/** Reads ISO 8601 text (see above); undefined for anything else, whatever `text` is. */
export function readIsoDate(text: unknown): IsoDate | undefined {
  const match = typeof text == 'string' ? ISO_DATE.exec(text) : null;
  if (!match) return undefined;
  const [year, month, day, hour = 0, minute = 0, second = 0] = match
    .slice(1, 7)
    .map((field) => +(field ?? 0));
  const [, , , , , , , fraction, zulu, sign, offsetHours, offsetMinutes] = match;
  const inRange =
    month! >= 1 &&
    month! <= 12 &&
    day! >= 1 &&
    day! <= daysInMonth(year!, month!) &&
    hour <= 23 &&
    minute <= 59 &&
    second <= 59 &&
    (sign == undefined || (+offsetHours! <= 23 && +offsetMinutes! <= 59));
  if (!inRange) return undefined;
  const date: IsoDate = { year: year!, month: month!, day: day!, hour, minute, second, hasTime: !!match[4] };
  if (zulu || sign) {
    const offset = zulu ? 0 : (sign == '-' ? -1 : 1) * (+offsetHours! * 60 + +offsetMinutes!);
    const milliseconds = fraction ? Math.floor(+`0.${fraction}` * 1000) : 0;
    // Date.UTC reads years 0–99 as 1900–1999; setUTCFullYear does not.
    const utc = new Date(Date.UTC(2000, month! - 1, day!, hour, minute, second, milliseconds));
    utc.setUTCFullYear(year!);
    date.offset = offset;
    date.time = utc.getTime() - offset * 60_000;
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
