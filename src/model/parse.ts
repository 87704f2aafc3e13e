/**
 * Runtime parsers for the model. Each takes `unknown` and returns `{ ok: true, value }` or
 * `{ ok: false, issues }` with paths such as `images[2].alt`; none of them throws.
 * Strings are NFC-normalised on the way in, so "Hà Nội" typed on macOS (NFD) compares equal
 * to the same words typed on Windows (NFC).
 */
// eslint-disable-next-line id-length -- `v` is the namespace name valibot's documentation uses
import * as v from 'valibot';
import { TZDate } from '@date-fns/tz';
import { describeValue } from './describe.js';
import { formatOffset, readIsoDate } from './iso-date.js';
import { brokenRule, text, url, type DateRule, type FieldRule, type FieldTable } from './rules.js';
import { ARTICLE_FIELDS, IMAGE_FIELDS } from './article-fields.js';
import { DECISION_FIELDS, ISSUER_FIELDS, RECIPIENT_FIELDS } from './award-fields.js';
import { FETCHED_AT, WEATHER_PLACE_FIELDS, WEATHER_SOURCE_FIELDS, WEATHER_UNITS } from './weather-fields.js';
import {
  type Article,
  type AwardDecision,
  type AwardRecipient,
  type Issue,
  type ParseOptions,
  type ParseResult,
  type WeatherReport,
} from './types.js';

/**
 * Checks an ISO 8601 date-time (read by `readIsoDate`, the library's one date reader). With an
 * offset it is kept as written; without one it is read in `timeZone` and given that zone's offset;
 * without either it is refused. `dateOnly` also accepts a calendar date (`2023-03-15`) as it is.
 */
export function checkIsoDateTime(
  input: string,
  timeZone?: string,
  dateOnly = false,
): { ok: true; value: string } | { ok: false; message: string } {
  const date = readIsoDate(input);
  if (!date) {
    const shaped = /^\d{4}-\d\d-\d\d/.test(input);
    return {
      ok: false,
      message: shaped ? 'not a real date' : 'expected ISO 8601, e.g. 2023-03-15T19:52:00+07:00',
    };
  }
  if (date.offset !== undefined) return { ok: true, value: input };
  if (!date.hasTime && dateOnly) return { ok: true, value: input };
  if (!timeZone) return { ok: false, message: 'needs an offset (e.g. +07:00) or a time zone' };
  try {
    const { year, month, day, hour, minute, second } = date;
    const zoned = new TZDate(year, month - 1, day, hour, minute, second, timeZone);
    if (Number.isNaN(zoned.getTime())) return { ok: false, message: `unknown time zone ${timeZone}` };
    // The wall clock as written, to the second ("2023-03-15T19:52:00"), then the zone's offset.
    const wallClock = new Date(date.wallClock).toISOString().slice(0, 19);
    return { ok: true, value: `${wallClock}${formatOffset(-zoned.getTimezoneOffset())}` };
  } catch {
    return { ok: false, message: `unknown time zone ${timeZone}` };
  }
}

// ---------------------------------------------------------------------------------------------
// Schemas, built from the rules of rules.ts and the entities' field tables

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

/**
 * The valibot schema of a rule: the rule's own `read`, so both readers give the same answers. A
 * date is the exception: given a time zone, the parsers also read a date-time without an offset.
 */
function ruleSchema(rule: FieldRule, timeZone: string | undefined): v.GenericSchema {
  if (rule.type == 'date') return dateTime(timeZone, (rule as DateRule).calendarDay);
  return v.pipe(
    v.unknown(),
    v.rawTransform(({ dataset, addIssue, NEVER }) => {
      const value = dataset.value === undefined ? undefined : rule.read(dataset.value);
      if (value !== undefined) return value;
      addIssue({
        message: dataset.value === undefined ? 'required' : brokenRule(dataset.value, rule).message,
      });
      return NEVER;
    }),
  );
}

/** The valibot entries of a field table: required rules as they are, the others optional. */
function tableEntries<T>(table: FieldTable<T>, timeZone: string | undefined): v.ObjectEntries {
  const entries: v.ObjectEntries = {};
  for (const key in table) {
    const rule = table[key]!;
    const schema = ruleSchema(rule, timeZone);
    entries[key] = rule.required ? schema : v.optional(schema);
  }
  return entries;
}

const requiredText = () => ruleSchema(text(true), undefined);
const optionalText = () => v.optional(ruleSchema(text(), undefined));
const optionalUrl = () => v.optional(ruleSchema(url(), undefined));

/** `alt` may be empty (a decorative image) but must be given; it is kept exactly as written. */
const imageSchema = v.object({ ...tableEntries(IMAGE_FIELDS, undefined), alt: v.string('required') });

const bodyImageSchema = v.object({
  ...imageSchema.entries,
  src: v.optional(ruleSchema(url('image'), undefined)),
});

const recipientSchema = v.object(tableEntries(RECIPIENT_FIELDS, undefined));

function decisionSchema(timeZone: string | undefined) {
  return v.object({
    ...tableEntries(DECISION_FIELDS, timeZone),
    issuer: v.optional(v.object(tableEntries(ISSUER_FIELDS, timeZone))),
    recipients: v.optional(v.array(recipientSchema, 'must be a list'), []),
  });
}

function articleSchema(timeZone: string | undefined) {
  const decision = decisionSchema(timeZone);
  const headingLevel = v.picklist([2, 3, 4], 'must be 2, 3 or 4');
  return v.object({
    id: v.pipe(
      v.union([v.string(), v.number()], 'must be a string'),
      v.transform(String),
      v.nonEmpty('required'),
    ),
    ...tableEntries(ARTICLE_FIELDS, timeZone),
    section: v.optional(v.object({ name: requiredText(), href: optionalUrl() })),
    authors: v.optional(
      v.array(v.object({ name: requiredText(), url: optionalUrl() }), 'must be a list'),
      [],
    ),
    images: v.optional(v.array(imageSchema, 'must be a list'), []),
    body: v.optional(
      v.array(
        v.variant(
          'type',
          [
            v.object({ type: v.literal('paragraph'), text: requiredText() }),
            v.object({ type: v.literal('heading'), text: requiredText(), level: v.optional(headingLevel) }),
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
    tags: v.optional(v.array(requiredText(), 'must be a list'), []),
    awards: v.optional(v.array(decision, 'must be a list'), []),
  });
}

function weatherSchema(timeZone: string | undefined) {
  return v.object({
    places: v.array(v.object(tableEntries(WEATHER_PLACE_FIELDS, timeZone)), 'must be a list'),
    units: v.optional(v.picklist(WEATHER_UNITS, `must be one of ${WEATHER_UNITS.join(', ')}`), 'metric'),
    source: v.object(tableEntries(WEATHER_SOURCE_FIELDS, timeZone)),
    fetchedAt: ruleSchema(FETCHED_AT, timeZone),
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
    const missing = issue.input === undefined;
    const long = issue.message.length > MESSAGE_LENGTH;
    const message = long ? `${issue.message.slice(0, MESSAGE_LENGTH)}…` : issue.message;
    if (missing) return { path: formatPath(keys) || '(root)', message: 'required', code: 'required' };
    const code = issue.message.startsWith('unsafe') ? 'unsafe-url' : 'invalid';
    return { path: formatPath(keys) || '(root)', message, code };
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
