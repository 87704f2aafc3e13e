/**
 * Pure helpers of gov-award-list (no DOM): grouping and Vietnamese ordering of recipients,
 * search keys, decision titles and the CSV export. They run the same in Node and the browser.
 */
import { calendarDate } from '../../format/dates.js';
import { foldVietnamese, vietnameseCollator } from '../../format/text.js';
import type { Locale } from '../../format/locale.js';
import {
  RECIPIENT_KINDS,
  type AwardDecision,
  type AwardRecipient,
  type RecipientKind,
} from '../../model/types.js';
import { messages } from './messages.js';

export type AwardSort = 'given' | 'name';

/** The word a reader files an individual under: the given name, the last word. */
export const givenName = (name: string): string => name.trim().split(/\s+/).pop()!;

/**
 * Vietnamese order. Collectives and households by their full name; individuals by given name
 * (the last word: "Nguyễn Văn An" files under A), then by the full name — the convention of
 * Vietnamese name lists. Collation is Intl's `vi` (a < ă < â, d < đ; case and tone marks only
 * break ties). Array sort is stable: equal names keep the given order.
 */
export function compareRecipients(first: AwardRecipient, second: AwardRecipient): number {
  const compare = vietnameseCollator().compare;
  const individuals = first.kind == 'individual' && second.kind == 'individual';
  return (
    (individuals && compare(givenName(first.name), givenName(second.name))) ||
    compare(first.name, second.name)
  );
}

export interface RecipientRow extends AwardRecipient {
  /** The number printed before the row: 1-based within its group, in display order. */
  number: number;
}

export interface RecipientGroup {
  kind: RecipientKind;
  rows: RecipientRow[];
}

/** Recipients grouped by kind (collectives, individuals, households — empty groups left out). */
export function groupRecipients(recipients: AwardRecipient[], sort: AwardSort = 'given'): RecipientGroup[] {
  const groups: RecipientGroup[] = [];
  for (const kind of RECIPIENT_KINDS) {
    const members = recipients.filter((recipient) => recipient.kind == kind);
    if (sort == 'name') members.sort(compareRecipients);
    const rows = members.map((recipient, index) => ({ ...recipient, number: index + 1 }));
    if (rows[0]) groups.push({ kind, rows });
  }
  return groups;
}

/** The words of a query, folded: every word must appear in a row's search key. */
export const queryTerms = (query: string): string[] => foldVietnamese(query).split(' ').filter(Boolean);

/** What the filter searches in a recipient, folded: "hoang phuong bi thu to dan pho 1". */
export const searchKey = (recipient: AwardRecipient): string =>
  foldVietnamese([recipient.name, recipient.position, recipient.unit].join(' '));

/** "Huân chương Lao động hạng Ba": formName (content) or the form's name, then the rank. */
export function decisionTitle(decision: AwardDecision, locale: Locale): string {
  const text = messages[locale];
  const form = decision.formName || text.forms[decision.form] || text.forms.other;
  return decision.rank ? text.withRank(form, text.ranks[decision.rank]) : form;
}

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
  const { number, name, position, unit } = text.columns;
  const lines: unknown[][] = [[...text.csvColumns, number, name, position, unit, text.posthumousColumn]];
  for (const decision of ([] as AwardDecision[]).concat(decisions)) {
    const date = calendarDate(decision.signedAt, options.timeZone)?.text;
    const title = decisionTitle(decision, locale);
    for (const group of groupRecipients(decision.recipients ?? [], options.sort)) {
      for (const row of group.rows) {
        const posthumous = row.posthumous ? text.yes : '';
        const kind = text.kinds[row.kind];
        lines.push([
          decision.number,
          date,
          title,
          kind,
          row.number,
          row.name,
          row.position,
          row.unit,
          posthumous,
        ]);
      }
    }
  }
  return `\uFEFF${lines.map((line) => line.map(csvField).join(',') + '\r\n').join('')}`;
}
