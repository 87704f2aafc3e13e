/**
 * Runtime parsers for the model. Each takes `unknown` and returns `{ ok: true, value }` or
 * `{ ok: false, issues }` with paths such as `images[2].alt`; none of them throws.
 * Strings are NFC-normalised on the way in, so "Hà Nội" typed on macOS (NFD) compares equal
 * to the same words typed on Windows (NFC).
 */
import * as v from 'valibot';
import { TZDate } from '@date-fns/tz';
import { safeUrl, type UrlKind } from './safe-url.js';
import { describeValue } from './describe.js';
import {
  AWARD_FORMS,
  AWARD_RANKS,
  RECIPIENT_KINDS,
  type Article,
  type AwardDecision,
  type AwardRecipient,
  type Issue,
  type ParseOptions,
  type ParseResult,
  type WeatherReport,
} from './types.js';

const ISO_WITH_OFFSET =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
const ISO_LOCAL = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?)?$/;

/** Fields of a calendar date-time are in range (rejects 2023-02-30, 25:00). */
function validFields(y: number, mo: number, d: number, h = 0, mi = 0, s = 0): boolean {
  if (mo < 1 || mo > 12 || d < 1 || h > 23 || mi > 59 || s > 59) return false;
  return d <= daysInMonth(y, mo);
}

/** Gregorian days in month `mo` (1–12) of year `y`, any year (Date.UTC reads 0–99 as 1900–1999). */
function daysInMonth(y: number, mo: number): number {
  if (mo === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(mo) ? 30 : 31;
}

const pad = (n: number, w = 2) => String(Math.abs(n)).padStart(w, '0');

function offsetString(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  return `${sign}${pad(Math.trunc(Math.abs(minutes) / 60))}:${pad(Math.abs(minutes) % 60)}`;
}

/**
 * Checks an ISO 8601 date-time. With an offset it is kept as written; without one it is read
 * in `timeZone` and given that zone's offset; without either it is refused.
 * `dateOnly` also accepts a calendar date (`2023-03-15`) as it is.
 */
export function checkIsoDateTime(
  input: string,
  timeZone?: string,
  dateOnly = false,
): { ok: true; value: string } | { ok: false; message: string } {
  const withOffset = ISO_WITH_OFFSET.exec(input);
  if (withOffset) {
    const [, y, mo, d, h, mi, s] = withOffset.map(Number) as number[];
    if (!validFields(y!, mo!, d!, h!, mi!, s ?? 0) || Number.isNaN(Date.parse(input))) {
      return { ok: false, message: 'not a real date' };
    }
    return { ok: true, value: input };
  }
  const local = ISO_LOCAL.exec(input);
  if (!local) return { ok: false, message: 'expected ISO 8601, e.g. 2023-03-15T19:52:00+07:00' };
  const [y, mo, d, h, mi, s] = local.slice(1).map((x) => (x === undefined ? undefined : Number(x)));
  if (!validFields(y!, mo!, d!, h ?? 0, mi ?? 0, s ?? 0)) return { ok: false, message: 'not a real date' };
  if (h === undefined && dateOnly) return { ok: true, value: input };
  if (!timeZone) return { ok: false, message: 'needs an offset (e.g. +07:00) or a time zone' };
  try {
    const zoned = new TZDate(y!, mo! - 1, d!, h ?? 0, mi ?? 0, s ?? 0, timeZone);
    if (Number.isNaN(zoned.getTime())) return { ok: false, message: `unknown time zone ${timeZone}` };
    const offset = -zoned.getTimezoneOffset();
    return {
      ok: true,
      value: `${pad(y!, 4)}-${pad(mo!)}-${pad(d!)}T${pad(h ?? 0)}:${pad(mi ?? 0)}:${pad(s ?? 0)}${offsetString(offset)}`,
    };
  } catch {
    return { ok: false, message: `unknown time zone ${timeZone}` };
  }
}

// ---------------------------------------------------------------------------------------------
// Schema building blocks

const text = () =>
  v.pipe(
    v.string('must be a string'),
    v.transform((s) => s.normalize('NFC').trim()),
  );
const requiredText = () => v.pipe(text(), v.nonEmpty('required'));
const optionalText = () => v.optional(text());

const url = (kind: UrlKind = 'link') =>
  v.pipe(
    v.string('must be a string'),
    v.check(
      (s) => safeUrl(s, kind) !== undefined,
      'unsafe or invalid URL (allowed: http, https, relative' +
        (kind === 'image' ? ', data:image' : '') +
        ')',
    ),
    v.transform((s) => s.trim()),
  );

const count = () =>
  v.pipe(
    v.number('must be a number'),
    v.finite('must be a finite number'),
    v.integer('must be a whole number'),
    v.minValue(0, 'must not be negative'),
  );

const finite = () => v.pipe(v.number('must be a number'), v.finite('must be a finite number'));

const dateTime = (timeZone: string | undefined, dateOnly = false) =>
  v.pipe(
    v.string('must be a string'),
    v.rawTransform(({ dataset, addIssue, NEVER }) => {
      const result = checkIsoDateTime(dataset.value.trim(), timeZone, dateOnly);
      if (result.ok) return result.value;
      addIssue({ message: result.message });
      return NEVER;
    }),
  );

const imageSchema = v.object({
  src: url('image'),
  alt: v.string('required'),
  caption: optionalText(),
  width: v.optional(v.pipe(count(), v.minValue(1, 'must be at least 1'))),
  height: v.optional(v.pipe(count(), v.minValue(1, 'must be at least 1'))),
});

const bodyImageSchema = v.object({ ...imageSchema.entries, src: v.optional(url('image')) });

const recipientSchema = v.object({
  kind: v.picklist(RECIPIENT_KINDS, `must be one of ${RECIPIENT_KINDS.join(', ')}`),
  name: requiredText(),
  position: optionalText(),
  unit: optionalText(),
  posthumous: v.optional(v.boolean('must be true or false')),
});

function decisionSchema(timeZone: string | undefined) {
  return v.object({
    number: optionalText(),
    signedAt: v.optional(dateTime(timeZone, true)),
    issuer: v.optional(v.object({ title: optionalText(), body: requiredText() })),
    form: v.picklist(AWARD_FORMS, `must be one of ${AWARD_FORMS.join(', ')}`),
    formName: optionalText(),
    rank: v.optional(v.picklist(AWARD_RANKS, `must be one of ${AWARD_RANKS.join(', ')}`)),
    emulationTitle: optionalText(),
    reason: optionalText(),
    recipients: v.optional(v.array(recipientSchema, 'must be a list'), []),
    statedTotal: v.optional(count()),
  });
}

function articleSchema(timeZone: string | undefined) {
  const decision = decisionSchema(timeZone);
  return v.object({
    id: v.pipe(
      v.union([v.string(), v.number()], 'must be a string'),
      v.transform(String),
      v.nonEmpty('required'),
    ),
    slug: optionalText(),
    headline: requiredText(),
    summary: optionalText(),
    section: v.optional(v.object({ name: requiredText(), href: v.optional(url()) })),
    url: v.optional(url()),
    publishedAt: v.optional(dateTime(timeZone)),
    updatedAt: v.optional(dateTime(timeZone)),
    authors: v.optional(
      v.array(v.object({ name: requiredText(), url: v.optional(url()) }), 'must be a list'),
      [],
    ),
    images: v.optional(v.array(imageSchema, 'must be a list'), []),
    body: v.optional(
      v.array(
        v.variant(
          'type',
          [
            v.object({ type: v.literal('paragraph'), text: requiredText() }),
            v.object({
              type: v.literal('heading'),
              text: requiredText(),
              level: v.optional(v.picklist([2, 3, 4], 'must be 2, 3 or 4')),
            }),
            v.object({ type: v.literal('image'), image: bodyImageSchema }),
            v.object({ type: v.literal('quote'), text: requiredText(), cite: optionalText() }),
            v.object({ type: v.literal('award'), decision }),
          ],
          'must be one of paragraph, heading, image, quote, award',
        ),
        'must be a list',
      ),
      [],
    ),
    viewCount: v.optional(count()),
    tags: v.optional(v.array(requiredText(), 'must be a list'), []),
    sourceCredit: optionalText(),
    lang: optionalText(),
    awards: v.optional(v.array(decision, 'must be a list'), []),
  });
}

const placeSchema = (timeZone: string | undefined) =>
  v.object({
    id: requiredText(),
    name: requiredText(),
    latitude: v.optional(
      v.pipe(finite(), v.minValue(-90, 'must be -90…90'), v.maxValue(90, 'must be -90…90')),
    ),
    longitude: v.optional(
      v.pipe(finite(), v.minValue(-180, 'must be -180…180'), v.maxValue(180, 'must be -180…180')),
    ),
    observedAt: v.optional(dateTime(timeZone)),
    temperature: v.optional(finite()),
    apparentTemperature: v.optional(finite()),
    humidity: v.optional(v.pipe(finite(), v.minValue(0, 'must be 0…100'), v.maxValue(100, 'must be 0…100'))),
    windSpeed: v.optional(v.pipe(finite(), v.minValue(0, 'must not be negative'))),
    windDirection: v.optional(
      v.pipe(finite(), v.minValue(0, 'must be 0…360'), v.maxValue(360, 'must be 0…360')),
    ),
    weatherCode: v.optional(v.pipe(count(), v.maxValue(99, 'must be a WMO code 0…99'))),
    min: v.optional(finite()),
    max: v.optional(finite()),
    isDay: v.optional(v.boolean('must be true or false')),
  });

function weatherSchema(timeZone: string | undefined) {
  return v.object({
    places: v.array(placeSchema(timeZone), 'must be a list'),
    units: v.optional(v.picklist(['metric', 'imperial'], 'must be metric or imperial'), 'metric'),
    source: v.object({ name: requiredText(), url: v.optional(url()), attribution: optionalText() }),
    fetchedAt: dateTime(timeZone),
  });
}

// ---------------------------------------------------------------------------------------------
// Running a schema

/** `['images', 2, 'alt']` → `images[2].alt` */
export function formatPath(keys: readonly (string | number)[]): string {
  let out = '';
  for (const key of keys) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? key : `.${key}`;
  }
  return out;
}

/** Longest message kept: valibot's own messages quote what they received, a 1 MB string included. */
const MESSAGE_LENGTH = 200;

function toIssues(issues: readonly v.BaseIssue<unknown>[]): Issue[] {
  return issues.map((issue) => {
    const keys = (issue.path ?? []).map((item) => item.key as string | number);
    const missing = issue.input === undefined && issue.kind === 'schema';
    const long = issue.message.length > MESSAGE_LENGTH;
    const message = long ? `${issue.message.slice(0, MESSAGE_LENGTH)}…` : issue.message;
    return {
      path: formatPath(keys) || '(root)',
      message: missing ? 'required' : message,
      code: missing ? 'required' : issue.message.startsWith('unsafe') ? 'unsafe-url' : 'invalid',
    };
  });
}

/**
 * What a getter or a Proxy trap threw: an Error's message, else the value described. It can be
 * anything (a Symbol, a list nested 10,000 deep, a Proxy), so it is never printed with String().
 */
function describeThrown(error: unknown): string {
  try {
    const message: unknown = error instanceof Error ? error.message : undefined;
    if (typeof message == 'string') return describeValue(message);
  } catch {
    // instanceof asks a Proxy for its prototype, and a revoked one throws.
  }
  return describeValue(error);
}

function run<T>(schema: v.GenericSchema<unknown, unknown>, input: unknown): ParseResult<T> {
  try {
    const result = v.safeParse(schema, input, { abortEarly: false });
    if (result.success) return { ok: true, value: result.output as T };
    return { ok: false, issues: toIssues(result.issues) };
  } catch (error) {
    // A getter that throws or a revoked proxy: still an answer, never an exception.
    const message = `unreadable input: ${describeThrown(error)}`;
    return { ok: false, issues: [{ path: '(root)', message, code: 'invalid' }] };
  }
}

// Schemas are built once per time zone and reused.
const cache = new Map<
  string,
  ReturnType<typeof articleSchema> | ReturnType<typeof decisionSchema> | ReturnType<typeof weatherSchema>
>();
function cached<S>(key: string, build: () => S): S {
  let schema = cache.get(key) as S | undefined;
  if (!schema) {
    schema = build();
    cache.set(key, schema as never);
  }
  return schema;
}

export function parseArticle(input: unknown, options: ParseOptions = {}): ParseResult<Article> {
  const schema = cached(`article|${options.timeZone ?? ''}`, () => articleSchema(options.timeZone));
  return run<Article>(schema, input);
}

export function parseAwardDecision(input: unknown, options: ParseOptions = {}): ParseResult<AwardDecision> {
  const schema = cached(`decision|${options.timeZone ?? ''}`, () => decisionSchema(options.timeZone));
  return run<AwardDecision>(schema, input);
}

/** One recipient on its own: lets a list keep its valid rows when others are broken. */
export function parseAwardRecipient(input: unknown): ParseResult<AwardRecipient> {
  return run<AwardRecipient>(recipientSchema, input);
}

export function parseWeatherReport(input: unknown, options: ParseOptions = {}): ParseResult<WeatherReport> {
  const schema = cached(`weather|${options.timeZone ?? ''}`, () => weatherSchema(options.timeZone));
  return run<WeatherReport>(schema, input);
}
