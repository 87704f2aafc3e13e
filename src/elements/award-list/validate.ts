/**
 * A small hand-written check of award decisions for the element, with the rules and messages of
 * `parseAwardDecision` / `parseAwardRecipient` (src/model/parse.ts), but keeping the valid part
 * of a broken decision. Why not the model's valibot parsers: measured with scripts/size.mjs's
 * settings, `parseAwardRecipient` alone costs 4.0 KB min+gzip on top of Lit and
 * `parseAwardDecision` 5.0 KB — the whole budget of this entry. test/node/award-list.test.ts
 * checks with fast-check that this file and the model accept and normalise the same recipients.
 *
 * One generic checker, `read`, driven by a spec per object (recipient, issuer, decision).
 */
import {
  AWARD_FORMS,
  AWARD_RANKS,
  RECIPIENT_KINDS,
  type AwardDecision,
  type AwardRecipient,
  type Issue,
} from '../../model/types.js';
import { calendarDate } from '../../format/dates.js';

type Obj = Record<string, unknown>;
/** 's' text, 'd' date, 'b' boolean, 'n' whole number ≥ 0, a list: one of its values. */
type Rule = 's' | 'd' | 'b' | 'n' | readonly string[];
type Spec = Record<string, Rule>;

/** Fields that must be present (and, for text, not empty). */
const REQUIRED = ['kind', 'name', 'form', 'body'];
const RECIPIENT: Spec = { kind: RECIPIENT_KINDS, name: 's', position: 's', unit: 's', posthumous: 'b' };
const ISSUER: Spec = { title: 's', body: 's' };
const DECISION: Spec = {
  number: 's',
  signedAt: 'd',
  form: AWARD_FORMS,
  formName: 's',
  rank: AWARD_RANKS,
  emulationTitle: 's',
  reason: 's',
  statedTotal: 'n',
};

const issue = (path: string, message = 'must be an object', code = 'invalid'): Issue => ({
  path: path || '(root)',
  message,
  code,
});

/**
 * Reads the fields of `spec` from `input` (an object; arrays count as objects, as they do for
 * valibot's `object`): text NFC-normalised and trimmed; a wrong or missing required field left
 * out with an issue at `path.key`. Returns the valid fields, or undefined when `input` is not
 * an object (with an issue at `path`).
 */
function read(input: unknown, spec: Spec, path: string, issues: Issue[]): Obj | undefined {
  if (typeof input != 'object' || !input) return void issues.push(issue(path));
  const out: Obj = {};
  for (const key in spec) {
    const rule = spec[key]!;
    const required = REQUIRED.includes(key);
    let value = (input as Obj)[key];
    const message =
      value === undefined
        ? required && 'required'
        : rule == 'b'
          ? typeof value != 'boolean' && 'must be true or false'
          : rule == 'n'
            ? !(Number.isInteger(value) && (value as number) >= 0) && 'must be a whole number, not negative'
            : typeof rule != 'string'
              ? !rule.includes(value as string) && `must be one of ${rule.join(', ')}`
              : typeof value != 'string'
                ? 'must be a string'
                : !(value = value.normalize('NFC').trim()) && required
                  ? 'required'
                  : rule == 'd' && !calendarDate(value) && 'expected an ISO 8601 date, e.g. 2023-03-15';
    if (message)
      issues.push(issue(path ? `${path}.${key}` : key, message, value === undefined ? message : 'invalid'));
    else if (value !== undefined) out[key] = value;
  }
  return out;
}

/** `read`, keeping the object only when it has no issue (a recipient, an issuer). */
function whole(input: unknown, spec: Spec, path: string, issues: Issue[]): Obj | undefined {
  const count = issues.length;
  const value = read(input, spec, path, issues);
  return issues.length == count ? value : undefined;
}

/** One recipient: the value, or the issues with paths under `path` (e.g. `decisions[0].recipients[3]`). */
export function checkRecipient(input: unknown, path = ''): { value?: AwardRecipient; issues: Issue[] } {
  const issues: Issue[] = [];
  const value = whole(input, RECIPIENT, path, issues) as AwardRecipient | undefined;
  return value ? { value, issues } : { issues };
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
 * part: a wrong field is dropped (an unknown form reads as `other`), a broken recipient or
 * issuer is left out, a decision that is not an object is skipped; each with an issue whose path
 * starts with `decisions[i]`. A `statedTotal` that disagrees with the recipients given is a
 * `count-mismatch` issue.
 */
export function checkDecisions(input: unknown): { decisions: CheckedDecision[]; issues: Issue[] } {
  const issues: Issue[] = [];
  const decisions: CheckedDecision[] = [];
  (input == null ? [] : ([] as unknown[]).concat(input)).forEach((item, index) => {
    const path = `decisions[${index}]`;
    const decision = read(item, DECISION, path, issues) as AwardDecision | undefined;
    if (!decision) return;
    const { issuer, recipients = [] } = item as Obj;
    const list = Array.isArray(recipients)
      ? recipients
      : (issues.push(issue(`${path}.recipients`, 'must be a list')), []);
    const given = list.length;
    const stated = decision.statedTotal;
    decision.form ??= 'other';
    if (issuer !== undefined)
      decision.issuer = whole(issuer, ISSUER, `${path}.issuer`, issues) as AwardDecision['issuer'];
    decision.recipients = list
      .map((r, j) => whole(r, RECIPIENT, `${path}.recipients[${j}]`, issues))
      .filter((r) => r) as unknown as AwardRecipient[];
    if (stated !== undefined && stated != given) {
      issues.push(
        issue(
          `${path}.statedTotal`,
          `statedTotal is ${stated} but ${given} recipient(s) are listed`,
          'count-mismatch',
        ),
      );
    }
    decisions.push({ decision, index, given });
  });
  return { decisions, issues };
}
