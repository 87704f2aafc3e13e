/**
 * Award decisions as the element receives them (typed objects, or JSON from a CMS), checked with
 * the model's own field rules (src/model/award-fields.ts) through its light reader `readFields`: the
 * same rules as `parseAwardDecision`, without valibot (the valibot parsers cost about as much as
 * this entry's whole budget). Unlike the parser, it keeps the valid part of a broken decision.
 */
import { DECISION_FIELDS, ISSUER_FIELDS, RECIPIENT_FIELDS } from '../../model/award-fields.js';
import { readFields, type FieldTable } from '../../model/rules.js';
import type { AwardDecision, AwardIssuer, AwardRecipient, Issue } from '../../model/types.js';

/** The fields of `table` read from `input` when none is wrong (a recipient, an issuer), else undefined. */
function readWhole<T>(input: unknown, table: FieldTable<T>, path: string, issues: Issue[]): T | undefined {
  const before = issues.length;
  const value = readFields(input, table, path, issues);
  return issues.length == before ? (value as T) : undefined;
}

/** One recipient: the value, or the issues with paths under `path` (e.g. `decisions[0].recipients[3]`). */
export function checkRecipient(input: unknown, path = ''): { value?: AwardRecipient; issues: Issue[] } {
  const issues: Issue[] = [];
  const value = readWhole(input, RECIPIENT_FIELDS, path, issues);
  return value ? { value, issues } : { issues };
}

export interface CheckedDecision {
  decision: AwardDecision;
  /** Number of recipients given, valid or not: what `statedTotal` is checked against. */
  given: number;
}

/** One decision (see `checkDecisions`), its issues added to `issues`; undefined when it is not an object. */
function checkDecision(input: unknown, index: number, issues: Issue[]): CheckedDecision | undefined {
  const path = `decisions[${index}]`;
  const fields = readFields(input, DECISION_FIELDS, path, issues);
  if (!fields) return undefined;
  const { issuer, recipients = [] } = input as { issuer?: unknown; recipients?: unknown };
  let list: unknown[] = [];
  if (Array.isArray(recipients)) list = recipients;
  else issues.push({ path: `${path}.recipients`, message: 'must be a list', code: 'invalid' });
  const decision: AwardDecision = {
    ...fields,
    // An unknown form reads as `other` (its issue is reported above).
    form: fields.form ?? 'other',
    recipients: [],
  };
  if (issuer !== undefined) {
    const validIssuer = readWhole<AwardIssuer>(issuer, ISSUER_FIELDS, `${path}.issuer`, issues);
    if (validIssuer) decision.issuer = validIssuer;
  }
  list.forEach((item, position) => {
    const recipient = readWhole(item, RECIPIENT_FIELDS, `${path}.recipients[${position}]`, issues);
    if (recipient) decision.recipients.push(recipient);
  });
  const given = list.length;
  const stated = decision.statedTotal;
  if (stated !== undefined && stated != given) {
    const message = `statedTotal is ${stated} but ${given} recipient(s) are listed`;
    issues.push({ path: `${path}.statedTotal`, message, code: 'count-mismatch' });
  }
  return { decision, given };
}

/**
 * Decision(s) as given to the element (one object, an array, or nothing). Keeps every valid
 * part: a wrong field is dropped (an unknown form reads as `other`), a broken recipient or
 * issuer is left out, a decision that is not an object is skipped; each with an issue whose path
 * starts with `decisions[i]`. A `statedTotal` that disagrees with the recipients given is a
 * `count-mismatch` issue.
 */
export function checkDecisions(input: unknown): { decisions: CheckedDecision[]; issues: Issue[] } {
  const issues: Issue[] = [];
  const items = input == null ? [] : ([] as unknown[]).concat(input);
  const decisions: CheckedDecision[] = [];
  items.forEach((item, index) => {
    const checked = checkDecision(item, index, issues);
    if (checked) decisions.push(checked);
  });
  return { decisions, issues };
}
