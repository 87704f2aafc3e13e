/**
 * Pure helpers of gov-award-list (no DOM): grouping and Vietnamese ordering of recipients,
 * search keys, and the CSV export. Decision dates come from src/format/dates.ts (`calendarDate`). They run the same in Node and the browser.
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
export function compareRecipients(a: AwardRecipient, b: AwardRecipient): number {
  const c = vietnameseCollator().compare;
  return (
    (a.kind === 'individual' && b.kind === 'individual' && c(givenName(a.name), givenName(b.name))) ||
    c(a.name, b.name)
  );
}

export interface RecipientRow extends AwardRecipient {
  /** Number shown (1-based within its group, in display order). */
  n: number;
  /** Folded search key of name, position and unit ("hoang phuong bi thu …"): see `rowMatches`. */
  search?: string;
  /** Set by the element's filter: the row is kept in the DOM with `hidden`. */
  hidden?: boolean;
}

export interface RecipientGroup {
  kind: RecipientKind;
  rows: RecipientRow[];
  /** Rows the element's filter keeps. */
  shown?: number;
  /** Rows the element has put in the DOM so far (the first ones). */
  rendered?: number;
}

/** Recipients grouped by kind (collectives, individuals, households — empty groups left out). */
export function groupRecipients(recipients: AwardRecipient[], sort: AwardSort = 'given'): RecipientGroup[] {
  const groups: RecipientGroup[] = [];
  for (const kind of RECIPIENT_KINDS) {
    const rows = recipients.filter((r) => r.kind == kind).map((r) => ({ ...r, n: 0 }));
    if (sort == 'name') rows.sort(compareRecipients);
    rows.forEach((r, k) => (r.n = k + 1));
    if (rows[0]) groups.push({ kind, rows });
  }
  return groups;
}

/** The words of a query, folded: every word must appear in a row's search key. */
export const queryTerms = (query: string): string[] => foldVietnamese(query).split(' ').filter(Boolean);

/**
 * Whether a row holds every term. Its search key is folded on the first query, not with the
 * data: folding 20,000 rows would add a fifth of a second to the first render.
 */
export const rowMatches = (row: RecipientRow, terms: string[]): boolean =>
  terms.every((term) =>
    (row.search ??= foldVietnamese([row.name, row.position, row.unit].join(' '))).includes(term),
  );

/** "Huân chương Lao động hạng Ba": formName (content) or the form's name, then the rank. */
export function decisionTitle(d: AwardDecision, locale: Locale): string {
  const m = messages[locale];
  const form = d.formName || m.forms[d.form] || m.forms.other;
  return d.rank ? m.withRank(form, m.ranks[d.rank]) : form;
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
  let text = String(value ?? '');
  if (FORMULA.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
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
  const m = messages[locale];
  const rows: unknown[][] = [m.csv];
  for (const d of ([] as AwardDecision[]).concat(decisions)) {
    for (const g of groupRecipients(d.recipients ?? [], options.sort)) {
      for (const r of g.rows) {
        rows.push([
          d.number,
          calendarDate(d.signedAt, options.timeZone)?.text,
          decisionTitle(d, locale),
          m.kinds[r.kind],
          r.n,
          r.name,
          r.position,
          r.unit,
          r.posthumous ? m.yes : '',
        ]);
      }
    }
  }
  return `\uFEFF${rows.map((row) => row.map(csvField).join(',') + '\r\n').join('')}`;
}
