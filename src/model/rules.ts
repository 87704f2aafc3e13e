/**
 * The model's rules, written once as data: each entity's fields (award-fields.ts,
 * weather-fields.ts, article-fields.ts) are tables of the rules made here. A rule reads a value:
 * it gives back the value as kept (text NFC-normalised and trimmed) or undefined, and says what a
 * value breaking it is told.
 *
 * Two readers use the same rules and nothing else:
 * - `parse.ts` builds the valibot parsers (`parseArticle`, `parseAwardDecision`,
 *   `parseWeatherReport`) from them: the reference parsers, for servers, importers and tests;
 * - `readFields` below checks an object against a table without valibot, for the elements and
 *   sources that run in the browser under a byte budget. It keeps the valid fields of a broken
 *   object and reports the others.
 * Change a rule here and both follow; test/node/model-fields.test.ts holds them to the same answers.
 * A bundle carries only the rules its tables use (each kind is its own small function).
 */
import { readIsoDate } from './iso-date.js';
import { safeUrl, type UrlKind } from './safe-url.js';
import type { Issue } from './types.js';

export interface FieldRule {
  readonly type: 'text' | 'boolean' | 'number' | 'choice' | 'date' | 'url';
  /** The field must be given (and, for text, not be empty). */
  readonly required?: boolean;
  /** What a value breaking the rule is told. */
  readonly message: string;
  /** The value as kept when it passes the rule (text normalised), else undefined. */
  read(value: unknown): unknown;
}

/** A date rule also tells the valibot parsers whether a calendar date alone is accepted. */
export interface DateRule extends FieldRule {
  readonly type: 'date';
  readonly calendarDay: boolean;
}

export type FieldTable<T> = { readonly [K in keyof T]?: FieldRule };

/** A string, NFC-normalised and trimmed; `required`: not empty after trimming. */
export const text = (required = false): FieldRule => ({
  type: 'text',
  required,
  message: 'must be a string',
  read(value) {
    if (typeof value != 'string') return undefined;
    const normalised = value.normalize('NFC').trim();
    return normalised || !required ? normalised : undefined;
  },
});

export const boolean = (): FieldRule => ({
  type: 'boolean',
  message: 'must be true or false',
  read: (value) => (typeof value == 'boolean' ? value : undefined),
});

/** One of `values`. */
export const choice = (values: readonly string[], required = false): FieldRule => ({
  type: 'choice',
  required,
  message: `must be one of ${values.join(', ')}`,
  read: (value) => (values.includes(value as string) ? value : undefined),
});

/** A finite number from `min` to `max` (when given); `whole`: an integer. */
export function number(range: { min?: number; max?: number; whole?: boolean } = {}): FieldRule {
  const { min = -Infinity, max = Infinity, whole = false } = range;
  const kind = whole ? 'a whole number' : 'a number';
  let message = `must be ${kind}`;
  if (range.min !== undefined && range.max !== undefined) message += ` from ${min} to ${max}`;
  else if (min === 0) message += ', not negative';
  else if (range.min !== undefined) message += `, at least ${min}`;
  return {
    type: 'number',
    message,
    read(value) {
      const inRange = typeof value == 'number' && value >= min && value <= max;
      return inRange && Number.isFinite(value) && (!whole || Number.isInteger(value)) ? value : undefined;
    },
  };
}

/** A whole number, not negative. */
export const count = (): FieldRule => number({ min: 0, whole: true });

/**
 * ISO 8601 (src/model/iso-date.ts) with an offset: an instant. `calendarDay`: a calendar date
 * alone (`2023-03-15`) too. A date-time without an offset is refused here; the valibot parsers,
 * given a time zone, read it in that zone instead.
 */
export const date = (calendarDay = false): DateRule => ({
  type: 'date',
  calendarDay,
  message: 'expected ISO 8601 with an offset, e.g. 2023-03-15T19:52:00+07:00',
  read(value) {
    const trimmed = typeof value == 'string' ? value.trim() : undefined;
    const read = readIsoDate(trimmed);
    const accepted = read && (read.offset !== undefined || (calendarDay && !read.hasTime));
    return accepted ? trimmed : undefined;
  },
});

/** A URL `safeUrl` accepts (http, https, relative; `image` also data:image). */
export const url = (kind: UrlKind = 'link', required = false): FieldRule => ({
  type: 'url',
  required,
  message: `unsafe or invalid URL (allowed: http, https, relative${kind == 'image' ? ', data:image' : ''})`,
  read: (value) => safeUrl(value, kind),
});

/**
 * What a present value that breaks `rule` is reported as: empty text is "required"; a string
 * `safeUrl` refuses is `unsafe-url`; anything else `invalid` with the rule's message.
 */
export function brokenRule(value: unknown, rule: FieldRule): { message: string; code: string } {
  const isString = typeof value == 'string';
  if (rule.type == 'text' && isString) return { message: 'required', code: 'invalid' };
  return { message: rule.message, code: rule.type == 'url' && isString ? 'unsafe-url' : 'invalid' };
}

/**
 * Reads the fields of `table` from `input` without valibot. Returns the valid fields (text
 * normalised); each missing required or invalid field is left out with an issue at `path.key`
 * (code `required`, `unsafe-url` or `invalid`). Returns undefined, with an issue at `path`, when
 * `input` is not an object. Arrays count as objects, as they do for valibot's `object`.
 * Each value is read once: a getter may answer differently the second time. A getter or Proxy
 * trap that throws is the caller's to catch.
 */
export function readFields<T>(
  input: unknown,
  table: FieldTable<T>,
  path: string,
  issues: Issue[],
): Partial<T> | undefined {
  if (typeof input != 'object' || input === null) {
    issues.push({ path: path || '(root)', message: 'must be an object', code: 'invalid' });
    return undefined;
  }
  const fields: Record<string, unknown> = {};
  for (const key in table) {
    const rule = table[key]!;
    const value = (input as Record<string, unknown>)[key];
    const fieldPath = path ? `${path}.${key}` : key;
    const read = value === undefined ? undefined : rule.read(value);
    if (read !== undefined) fields[key] = read;
    else if (value !== undefined) issues.push({ path: fieldPath, ...brokenRule(value, rule) });
    else if (rule.required) issues.push({ path: fieldPath, message: 'required', code: 'required' });
  }
  return fields as Partial<T>;
}
