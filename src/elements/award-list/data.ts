/**
 * Pure helpers of gov-award-list (no DOM): grouping and Vietnamese ordering of recipients,
 * search keys and decision titles. They run the same in Node and the browser.
 */
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

/**
 * The recipients of one kind, in display order. A row's number, printed before it, is its place
 * in the group counted from 1: it stays with the row when the filter hides others.
 */
export interface RecipientGroup {
  kind: RecipientKind;
  rows: AwardRecipient[];
}

/** Recipients grouped by kind (collectives, individuals, households — empty groups left out). */
export function groupRecipients(recipients: AwardRecipient[], sort: AwardSort = 'given'): RecipientGroup[] {
  const groups: RecipientGroup[] = [];
  for (const kind of RECIPIENT_KINDS) {
    const rows = recipients.filter((recipient) => recipient.kind == kind);
    if (sort == 'name') rows.sort(compareRecipients);
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
