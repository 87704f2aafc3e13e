/**
 * Checks for the card's content. Each records a problem in `issues`, under the attribute's name,
 * for a value that was given with the wrong type. Any value at all can arrive (a Symbol, a list
 * nested 10,000 deep, an object without a prototype): values are checked by type and named with
 * `describeValue`, never turned into text with `String()` or `${}`, which can throw or recurse.
 */
import type { Issue } from '../../model/types.js';
import { describeValue } from '../../model/describe.js';
import { safeUrl, type UrlKind } from '../../model/safe-url.js';

/** Whether a value was given at all: `null`, `undefined` and `''` mean "not given". */
export const isGiven = (value: unknown): boolean => value != null && value !== '';

/** The value when it is a positive safe integer (an image size), else undefined. */
export const positiveInteger = (value: unknown): number | undefined =>
  Number.isSafeInteger(value) && (value as number) > 0 ? (value as number) : undefined;

export function problem(issues: Issue[], path: string, code: string, message: string): void {
  issues.push({ path, code, message });
}

/** The value when it is a string; anything else that was given is reported. */
export function string(issues: Issue[], path: string, value: unknown): string | undefined {
  if (typeof value == 'string') return value;
  if (isGiven(value)) problem(issues, path, 'type', `not text: ${describeValue(value)}`);
  return undefined;
}

/** Trimmed text, or undefined; when there is none and `required` is given, that is reported. */
export function text(issues: Issue[], path: string, value: unknown, required?: string): string | undefined {
  const trimmed = string(issues, path, value)?.trim();
  // A value of the wrong type has been reported by `string` already.
  if (!trimmed && required && (typeof value == 'string' || !isGiven(value))) {
    problem(issues, path, 'required', required);
  }
  return trimmed || undefined;
}

/** The value when it is an object (not a list); anything else that was given is reported. */
export function object(issues: Issue[], path: string, value: unknown): Record<string, unknown> | undefined {
  if (value && typeof value == 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
  if (isGiven(value)) problem(issues, path, 'type', `not an object: ${describeValue(value)}`);
  return undefined;
}

/** The value when it is a list, else an empty list; anything else that was given is reported. */
export function list(issues: Issue[], path: string, value: unknown): unknown[] {
  if (Array.isArray(value)) return value;
  if (isGiven(value)) problem(issues, path, 'type', `not a list: ${describeValue(value)}`);
  return [];
}

/** The URL when it is safe for a link (or an image); an unsafe one is reported and dropped. */
export function url(issues: Issue[], path: string, value: unknown, kind?: UrlKind): string | undefined {
  const candidate = string(issues, path, value);
  const safe = safeUrl(candidate, kind);
  if (candidate && !safe) problem(issues, path, 'unsafe-url', `unsafe URL: ${candidate.slice(0, 40)}`);
  return safe;
}
