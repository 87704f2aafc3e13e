/**
 * Reading times for the weather element: "19:45" and "19:45 15/03/2023" in Asia/Ho_Chi_Minh.
 * The same text as `portalDate(iso, { pattern: 'HH:mm' })` / `'HH:mm dd/MM/yyyy'` from
 * src/format/dates.ts (test/node/weather-element.test.ts holds them together), through Intl,
 * which costs no bytes, instead of date-fns + @date-fns/tz (≈ 3 KB min+gzip, half this
 * element's budget). `<time datetime>` takes the data's own ISO 8601 value.
 */

let f: Intl.DateTimeFormat;

/** `[time, "time date", ms]` for an ISO 8601 instant with an offset, or undefined. */
export function readingTime(iso: unknown): [string, string, number] | undefined {
  // An ISO 8601 date-time with an offset (src/sources/weather/check.ts also refuses 2023-02-30).
  const ms = typeof iso == 'string' && /^\d{4}-\d\d-\d\dT[\d:.]+(Z|[+-]\d\d:\d\d)$/.test(iso) ? Date.parse(iso) : NaN;
  if (!(ms > -Infinity)) return;
  // en-GB: "15/03/2023, 19:45"
  f ??= new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Ho_Chi_Minh', hourCycle: 'h23', day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit' });
  const [date, time] = f.format(ms).split(', ') as [string, string];
  return [time, `${time} ${date}`, ms];
}
