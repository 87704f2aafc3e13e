/**
 * The model's rules, written once as data: for each entity, its fields and what each must be.
 *
 * Two readers are built from these tables and nothing else:
 * - `parse.ts` turns them into valibot schemas (`parseArticle`, `parseAwardDecision`,
 *   `parseWeatherReport`): the reference parsers, for servers, importers and tests;
 * - `readFields` below checks an object against a table without valibot, in a few hundred bytes,
 *   for the elements and sources that run in the browser under a byte budget (the award list, the
 *   weather check). It keeps the valid fields of a broken object and reports the others.
 * Change a rule here and both follow; test/node/model-fields.test.ts holds them to the same answers.
 *
 * Only scalar fields are in the tables; lists and nested objects (recipients, places, the issuer)
 * are walked by the readers, each with its own table.
 */
import { readIsoDate } from './iso-date.js';
import { safeUrl, type UrlKind } from './safe-url.js';
import {
  AWARD_FORMS,
  AWARD_RANKS,
  RECIPIENT_KINDS,
  type Article,
  type ArticleImage,
  type AwardDecision,
  type AwardIssuer,
  type AwardRecipient,
  type Issue,
  type WeatherPlace,
  type WeatherSourceInfo,
} from './types.js';

export type FieldRule =
  /** A string, NFC-normalised and trimmed. `required`: present and not empty after trimming. */
  | { type: 'text'; required?: boolean }
  | { type: 'boolean' }
  /** A finite number within `min`…`max` (when given); `whole`: an integer. */
  | { type: 'number'; min?: number; max?: number; whole?: boolean }
  /** One of `values`. */
  | { type: 'choice'; values: readonly string[]; required?: boolean }
  /**
   * ISO 8601 (src/model/iso-date.ts) with an offset: an instant. `calendarDay`: a calendar date
   * alone (`2023-03-15`) is accepted too. A date-time without an offset is refused, unless the
   * valibot parsers are given a time zone to read it in.
   */
  | { type: 'date'; calendarDay?: boolean }
  /** A URL `safeUrl` accepts (http, https, relative; `image` also data:image). */
  | { type: 'url'; kind?: UrlKind; required?: boolean };

export type FieldTable<T> = { readonly [K in keyof T]?: FieldRule };

const text: FieldRule = { type: 'text' };
const requiredText: FieldRule = { type: 'text', required: true };
const number: FieldRule = { type: 'number' };
const count: FieldRule = { type: 'number', min: 0, whole: true };

/** An article's own fields; `id` (a string or a number), lists and the section are read by the parsers. */
export const ARTICLE_FIELDS: FieldTable<Article> = {
  slug: text,
  headline: requiredText,
  summary: text,
  url: { type: 'url' },
  publishedAt: { type: 'date' },
  updatedAt: { type: 'date' },
  viewCount: count,
  sourceCredit: text,
  lang: text,
};

export const IMAGE_FIELDS: FieldTable<ArticleImage> = {
  src: { type: 'url', kind: 'image', required: true },
  caption: text,
  width: { type: 'number', min: 1, whole: true },
  height: { type: 'number', min: 1, whole: true },
};

export const RECIPIENT_FIELDS: FieldTable<AwardRecipient> = {
  kind: { type: 'choice', values: RECIPIENT_KINDS, required: true },
  name: requiredText,
  position: text,
  unit: text,
  posthumous: { type: 'boolean' },
};

export const ISSUER_FIELDS: FieldTable<AwardIssuer> = {
  title: text,
  body: requiredText,
};

/** A decision's own fields; `issuer` and `recipients` are read with the tables above. */
export const DECISION_FIELDS: FieldTable<AwardDecision> = {
  number: text,
  signedAt: { type: 'date', calendarDay: true },
  form: { type: 'choice', values: AWARD_FORMS, required: true },
  formName: text,
  rank: { type: 'choice', values: AWARD_RANKS },
  emulationTitle: text,
  reason: text,
  statedTotal: count,
};

export const WEATHER_PLACE_FIELDS: FieldTable<WeatherPlace> = {
  id: requiredText,
  name: requiredText,
  latitude: { type: 'number', min: -90, max: 90 },
  longitude: { type: 'number', min: -180, max: 180 },
  observedAt: { type: 'date' },
  temperature: number,
  apparentTemperature: number,
  humidity: { type: 'number', min: 0, max: 100 },
  windSpeed: { type: 'number', min: 0 },
  windDirection: { type: 'number', min: 0, max: 360 },
  /** WMO weather interpretation code. */
  weatherCode: { type: 'number', min: 0, max: 99, whole: true },
  min: number,
  max: number,
  isDay: { type: 'boolean' },
};

export const WEATHER_SOURCE_FIELDS: FieldTable<WeatherSourceInfo> = {
  name: requiredText,
  url: { type: 'url' },
  attribution: text,
};

export const WEATHER_UNITS = ['metric', 'imperial'] as const;

/** What a value breaking `rule` is told, the same words for both readers. */
export function ruleMessage(rule: FieldRule): string {
  switch (rule.type) {
    case 'text':
      return 'must be a string';
    case 'boolean':
      return 'must be true or false';
    case 'choice':
      return `must be one of ${rule.values.join(', ')}`;
    case 'date':
      return 'expected ISO 8601 with an offset, e.g. 2023-03-15T19:52:00+07:00';
    case 'url':
      return `unsafe or invalid URL (allowed: http, https, relative${rule.kind == 'image' ? ', data:image' : ''})`;
    case 'number':
      return numberMessage(rule);
  }
}

function numberMessage({ min, max, whole }: { min?: number; max?: number; whole?: boolean }): string {
  const kind = whole ? 'a whole number' : 'a number';
  if (min !== undefined && max !== undefined) return `must be ${kind} from ${min} to ${max}`;
  if (min === 0) return `must be ${kind}, not negative`;
  if (min !== undefined) return `must be ${kind}, at least ${min}`;
  return `must be ${kind}`;
}

/** Whether `value` passes `rule`; text comes back normalised. `undefined` means it does not pass. */
export function readField(value: unknown, rule: FieldRule): unknown {
  switch (rule.type) {
    case 'text': {
      if (typeof value != 'string') return undefined;
      const normalised = value.normalize('NFC').trim();
      return normalised || !rule.required ? normalised : undefined;
    }
    case 'boolean':
      return typeof value == 'boolean' ? value : undefined;
    case 'choice':
      return rule.values.includes(value as string) ? value : undefined;
    case 'number': {
      const inRange =
        typeof value == 'number' &&
        Number.isFinite(value) &&
        value >= (rule.min ?? -Infinity) &&
        value <= (rule.max ?? Infinity);
      return inRange && (!rule.whole || Number.isInteger(value)) ? value : undefined;
    }
    case 'date': {
      const trimmed = typeof value == 'string' ? value.trim() : undefined;
      const date = readIsoDate(trimmed);
      const accepted = date && (date.offset !== undefined || (rule.calendarDay && !date.hasTime));
      return accepted ? trimmed : undefined;
    }
    case 'url':
      return typeof value == 'string' ? safeUrl(value, rule.kind) : undefined;
  }
}

const isRequired = (rule: FieldRule) => 'required' in rule && !!rule.required;

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
    if (value === undefined) {
      if (isRequired(rule)) issues.push({ path: fieldPath, message: 'required', code: 'required' });
      continue;
    }
    const read = readField(value, rule);
    if (read !== undefined) {
      fields[key] = read;
      continue;
    }
    const emptyText = rule.type == 'text' && typeof value == 'string';
    const code = rule.type == 'url' && typeof value == 'string' ? 'unsafe-url' : 'invalid';
    issues.push({ path: fieldPath, message: emptyText ? 'required' : ruleMessage(rule), code });
  }
  return fields as Partial<T>;
}
