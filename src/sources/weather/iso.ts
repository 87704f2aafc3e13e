/** Its own module so the element can use it without the rest of check.ts. */
const ISO = /^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d)(?::(\d\d)(?:\.\d{1,9})?)?(?:Z|[+-]\d\d:\d\d)$/;

/** ISO 8601 with an offset, and a real calendar date (no 2023-02-30, no 25:00). */
export function isIsoWithOffset(s: unknown): s is string {
  const m = typeof s == 'string' && ISO.exec(s);
  if (!m) return false;
  const [y, mo, d, h, mi, se] = m.slice(1).map((x) => +(x ?? 0)) as number[];
  return mo! > 0 && mo! < 13 && d! > 0 && d! <= new Date(Date.UTC(y!, mo!, 0)).getUTCDate() && h! < 24 && mi! < 60 && se! < 60 && Date.parse(m[0]) > -Infinity;
}
