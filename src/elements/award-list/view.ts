/**
 * The view model of gov-award-list: checked decisions, the sort and the locale in; what the list
 * shows out (decision headings, dates and issuers, groups with their names and rows, totals,
 * the count-mismatch and invalid-data notices) and every row in display order. The template adds
 * only the fixed words around them (labels, "Quyết định số", "ngày", "của"). The filter is a second
 * step (`filterRows`), so that a keystroke folds and compares, and never groups or sorts again.
 * Pure: no DOM, the same in Node.
 */
import { calendarDate } from '../../format/dates.js';
import type { Locale } from '../../format/locale.js';
import type { AwardDecision, AwardRecipient, Issue } from '../../model/types.js';
import { decisionTitle, groupRecipients, searchKey, type AwardSort, type RecipientGroup } from './data.js';
import { messages } from './messages.js';
import type { CheckedDecision } from './validate.js';

export interface AwardListOptions {
  locale: Locale;
  sort?: AwardSort;
  /** Zone in which a signing date-time with an offset is read. */
  timeZone?: string;
}

/** Optional table columns: shown only when a row of the group has a value. */
export type OptionalColumn = 'position' | 'unit';

export interface GroupView extends RecipientGroup {
  /** "Tập thể": the group heading (or the table caption), before the count. */
  name: string;
  /** Index in `AwardListView.rows` of the group's first row. */
  start: number;
  columns: OptionalColumn[];
}

export interface DecisionView {
  /** The decision as checked: its number, emulation title and reason are shown as they are. */
  decision: AwardDecision;
  /** "Huân chương Lao động hạng Ba". */
  heading: string;
  /** The signing day, when it is readable. */
  date?: { text: string; datetime: string };
  /** "Chủ tịch UBND tỉnh Quảng Trị": the issuer's title and body. */
  issuer: string;
  /** The count-mismatch notice, when the stated total disagrees with the recipients given. */
  mismatch?: string;
  groups: GroupView[];
  /** "19 tập thể, cá nhân được khen thưởng". */
  total: string;
}

export interface AwardListView {
  decisions: DecisionView[];
  /** "8 mục không hợp lệ bị bỏ qua.", when the data had invalid entries (a count mismatch aside). */
  invalid?: string;
  /** Every row of every group, in document order: a row's index here is the filter's. */
  rows: AwardRecipient[];
  /** The rows' folded search keys, by index: filled by `filterRows` on the first query. */
  searchKeys: string[];
}

/** What the list shows for the decisions and issues of `checkDecisions`, in `options.locale`. */
export function awardListView(
  { decisions, issues }: { decisions: CheckedDecision[]; issues: Issue[] },
  { locale, sort, timeZone }: AwardListOptions,
): AwardListView {
  const text = messages[locale];
  const rows: AwardRecipient[] = [];
  const groupView = (group: RecipientGroup): GroupView => {
    const start = rows.length;
    rows.push(...group.rows);
    return {
      ...group,
      name: text.kinds[group.kind],
      start,
      columns: (['position', 'unit'] as const).filter((column) => group.rows.some((row) => row[column])),
    };
  };
  const decisionView = ({ decision, given }: CheckedDecision): DecisionView => {
    const stated = decision.statedTotal;
    const groups = groupRecipients(decision.recipients, sort).map(groupView);
    return {
      decision,
      heading: decisionTitle(decision, locale),
      date: calendarDate(decision.signedAt, timeZone),
      issuer: [decision.issuer?.title, decision.issuer?.body].filter(Boolean).join(' '),
      mismatch: stated !== undefined && stated != given ? text.mismatch(stated, given) : undefined,
      groups,
      total: text.total(
        decision.recipients.length,
        groups.map((group) => group.name.toLowerCase()),
      ),
    };
  };
  const invalid = issues.filter((issue) => issue.code != 'count-mismatch').length;
  return {
    decisions: decisions.map(decisionView),
    invalid: invalid ? text.invalid(invalid) : undefined,
    rows,
    searchKeys: [],
  };
}

/**
 * Indexes (in `view.rows`) of the rows holding every word of `terms`; every row for no words.
 * The rows' search keys are folded on the first query and kept in `view.searchKeys`: folding
 * 20,000 rows with the data would add a fifth of a second to the first render.
 */
export function filterRows(view: AwardListView, terms: string[]): Set<number> {
  const { rows, searchKeys } = view;
  if (!terms[0]) return new Set(rows.keys());
  const matching = new Set<number>();
  rows.forEach((row, index) => {
    const key = searchKeys[index] ?? searchKey(row);
    searchKeys[index] = key;
    if (terms.every((term) => key.includes(term))) matching.add(index);
  });
  return matching;
}

/** How many rows of `group` are in `matching` (none: the filter hides the whole group). */
export const matchCount = (group: GroupView, matching: Set<number>): number =>
  group.rows.filter((_row, offset) => matching.has(group.start + offset)).length;

/** Position and unit after a name in the list layout: "Bí thư chi bộ, Tổ dân phố 1". */
export const recipientDetails = (row: AwardRecipient): string =>
  [row.position, row.unit].filter(Boolean).join(', ');
