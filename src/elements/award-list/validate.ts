/**
 * A small hand-written check of award decisions for the element, with the rules and messages of
 * `parseAwardDecision` / `parseAwardRecipient` (src/model/parse.ts), but keeping the valid part
 * of a broken decision. Why not the model's valibot parsers: measured with scripts/size.mjs's
 * settings, `parseAwardRecipient` alone costs 4.0 KB min+gzip on top of Lit and
 * `parseAwardDecision` 5.0 KB — the whole budget of this entry. test/node/award-list.test.ts
 * checks with fast-check that this file and the model accept and normalise the same recipients.
 */
import { AWARD_FORMS, AWARD_RANKS, RECIPIENT_KINDS, type AwardDecision, type AwardRecipient, type Issue } from '../../model/types.js';
import { DATE } from './data.js';

type Obj = Record<string, unknown>;
/** 's' optional text, 'd' date, 'b' boolean, 'n' whole number ≥ 0, a list: one of its values. */
type Rule = 's' | 'd' | 'b' | 'n' | readonly string[];

// Arrays count as objects here, as they do for valibot's `object` (their fields are then missing).
const isObject = (x: unknown): x is Obj => typeof x === 'object' && x !== null;
const REQUIRED = ['kind', 'name', 'form', 'body'];
const RECIPIENT: Record<string, Rule> = { kind: RECIPIENT_KINDS, name: 's', position: 's', unit: 's', posthumous: 'b' };
const DECISION: Record<string, Rule> = {
  number: 's',
  signedAt: 'd',
  form: AWARD_FORMS,
  formName: 's',
  rank: AWARD_RANKS,
  emulationTitle: 's',
  reason: 's',
  statedTotal: 'n',
};

/** A calendar date or a date-time (with or without offset) whose fields are in range. */
export function isDecisionDate(s: string): boolean {
  const m = DATE.exec(s);
  if (!m) return false;
  const [y, mo, d, h = 0, mi = 0, sec = 0] = m.slice(1, 7).map((x) => x && Number(x)) as number[];
  return mo! > 0 && mo! < 13 && d! > 0 && d! <= new Date(Date.UTC(y!, mo!, 0)).getUTCDate() && h < 24 && mi < 60 && sec < 60;
}

/**
 * Reads the fields of `rules` from `input`: strings NFC-normalised and trimmed, a wrong or
 * missing required field left out with an issue at `prefix + key`. Returns the valid fields.
 */
function read(input: Obj, rules: Record<string, Rule>, prefix: string, issues: Issue[]): Obj {
  const out: Obj = {};
  for (const [key, rule] of Object.entries(rules)) {
    let value = input[key];
    const required = REQUIRED.includes(key);
    let message: string | undefined;
    if (value === undefined) {
      if (required) issues.push({ path: prefix + key, message: 'required', code: 'required' });
      continue;
    }
    if (typeof rule !== 'string') {
      if (!rule.includes(value as string)) message = `must be one of ${rule.join(', ')}`;
    } else if (rule === 'b') {
      if (typeof value !== 'boolean') message = 'must be true or false';
    } else if (rule === 'n') {
      if (!Number.isInteger(value) || (value as number) < 0) message = 'must be a whole number, not negative';
    } else if (typeof value !== 'string') message = 'must be a string';
    else {
      value = value.normalize('NFC').trim();
      if (required && !value) message = 'required';
      else if (rule === 'd' && !isDecisionDate(value as string)) message = 'expected an ISO 8601 date, e.g. 2023-03-15';
    }
    if (message) issues.push({ path: prefix + key, message, code: 'invalid' });
    else out[key] = value;
  }
  return out;
}

/** One recipient: the value, or the issues with paths under `prefix` (e.g. `decisions[0].recipients[3].`). */
export function checkRecipient(input: unknown, prefix = ''): { value?: AwardRecipient; issues: Issue[] } {
  if (!isObject(input)) return { issues: [{ path: prefix.slice(0, -1) || '(root)', message: 'must be an object', code: 'invalid' }] };
  const issues: Issue[] = [];
  const value = read(input, RECIPIENT, prefix, issues) as unknown as AwardRecipient;
  return issues.length ? { issues } : { value, issues };
}

export interface CheckedDecision {
  decision: AwardDecision;
  /** Index in the input, for paths (`decisions[i]`). */
  index: number;
  /** Number of recipients given, valid or not: what `statedTotal` is checked against. */
  given: number;
}

/**
 * Decision(s) as given to the element (one object, an array, or nothing). Keeps every valid
 * part: a wrong field is dropped (an unknown form reads as `other`), a broken recipient is left
 * out, a decision that is not an object is skipped; each with an issue whose path starts with
 * `decisions[i]`.
 */
export function checkDecisions(input: unknown): { decisions: CheckedDecision[]; issues: Issue[] } {
  const issues: Issue[] = [];
  const decisions: CheckedDecision[] = [];
  const list = input == null ? [] : Array.isArray(input) ? input : [input];
  list.forEach((item: unknown, index) => {
    const prefix = `decisions[${index}].`;
    if (!isObject(item)) return void issues.push({ path: prefix.slice(0, -1), message: 'must be an object', code: 'invalid' });
    const decision = read(item, DECISION, prefix, issues) as unknown as AwardDecision;
    decision.form ??= 'other';
    if (isObject(item.issuer)) {
      const issuer = read(item.issuer, { title: 's', body: 's' }, `${prefix}issuer.`, issues);
      if (issuer.body) decision.issuer = issuer as unknown as AwardDecision['issuer'];
    } else if (item.issuer !== undefined) issues.push({ path: `${prefix}issuer`, message: 'must be an object', code: 'invalid' });
    const raw = item.recipients ?? [];
    decision.recipients = [];
    if (!Array.isArray(raw)) issues.push({ path: `${prefix}recipients`, message: 'must be a list', code: 'invalid' });
    else
      raw.forEach((x, j) => {
        const checked = checkRecipient(x, `${prefix}recipients[${j}].`);
        if (checked.value) decision.recipients.push(checked.value);
        issues.push(...checked.issues);
      });
    decisions.push({ decision, index, given: Array.isArray(raw) ? raw.length : 0 });
  });
  return { decisions, issues };
}
