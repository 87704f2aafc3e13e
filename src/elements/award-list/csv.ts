/**
 * The CSV export of gov-award-list: every recipient as a spreadsheet reads it, in fields that
 * cannot turn into formulas. Pure: no DOM, the same in Node.
 */
import { calendarDate } from '../../format/dates.js';
import type { Locale } from '../../format/locale.js';
import type { AwardDecision } from '../../model/types.js';
import { decisionTitle, groupRecipients, type AwardSort } from './data.js';
import { messages } from './messages.js';

/**
 * A field a spreadsheet may run as a formula: = + - @ (or their fullwidth forms), tab or CR,
 * after any spaces and invisible characters (Unicode white space, zero-width characters, BOM),
 * which spreadsheets skip or readers cannot see.
 */
const FORMULA = /^[\p{White_Space}\p{Default_Ignorable_Code_Point}]*[=+\-@\t\r＝＋－＠]/u;

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, a quote, CR or LF, quotes doubled.
 * A field that could be a formula gets a leading apostrophe (OWASP's advice), so a name cannot
 * become a formula when the file is opened.
 */
export function csvField(value: unknown): string {
  const text = String(value ?? '');
  const safe = FORMULA.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * The decisions as CSV text for spreadsheets: a UTF-8 byte-order mark (so Excel shows the
 * diacritics), a header row in `locale`, one row per recipient in display order (grouped by
 * kind, then `sort`), CRLF after every row. All recipients, whatever a filter shows.
 */
export function toAwardCsv(
  decisions: AwardDecision | AwardDecision[],
  locale: Locale = 'vi',
  options: { sort?: AwardSort; timeZone?: string } = {},
): string {
  const text = messages[locale];
  // The header: the decision's columns, the table's (number, name, position, unit), "Truy tặng".
  const lines: unknown[][] = [[...text.csvColumns, ...Object.values(text.columns), text.posthumousColumn]];
  for (const decision of ([] as AwardDecision[]).concat(decisions)) {
    const date = calendarDate(decision.signedAt, options.timeZone)?.text;
    const decisionFields = [decision.number, date, decisionTitle(decision, locale)];
    for (const group of groupRecipients(decision.recipients ?? [], options.sort)) {
      group.rows.forEach((row, offset) => {
        const posthumous = row.posthumous ? text.yes : '';
        const kind = text.kinds[row.kind];
        lines.push([...decisionFields, kind, offset + 1, row.name, row.position, row.unit, posthumous]);
      });
    }
  }
  return `\uFEFF${lines.map((line) => line.map(csvField).join(',') + '\r\n').join('')}`;
}
