// The Model docs page's tables: every exported type of src/model/types.ts (read at build time by
// .storybook/model-types.mjs), each field with its type, whether it is required, an example taken
// from samples.ts, and its comment.
import types, { type ModelType } from 'virtual:gov-model-types';
import { parseArticle, parseAwardDecision, parseWeatherReport } from '../../src/model/index.js';
import { article, decision, parseOptions, report } from './samples.js';

/** The page's sections, each with the types it shows, in order. */
export const SECTIONS = [
  { title: 'Article', types: ['Article', 'SectionRef', 'Author', 'ArticleImage', 'BodyBlock', 'BodyImage'] },
  {
    title: 'Award decisions',
    types: ['AwardDecision', 'AwardRecipient', 'AwardIssuer', 'AwardForm', 'AwardRank', 'RecipientKind'],
  },
  {
    title: 'Weather',
    types: ['WeatherReport', 'WeatherPlace', 'Place', 'Conditions', 'WeatherSourceInfo', 'WeatherUnits'],
  },
  { title: 'Parsing', types: ['ParseResult', 'Issue', 'ParseOptions'] },
];

/** A real issue, from parsing an article whose image has no alt text. */
const missingAlt = parseArticle({ ...article, images: [{ src: '/img/so-ket.jpg' }] });
const issue = missingAlt.ok ? undefined : missingAlt.issues[0];

/** The value each type's examples are read from. */
export const EXAMPLES: Record<string, unknown> = {
  Article: article,
  SectionRef: article.section,
  Author: article.authors[0],
  ArticleImage: article.images[0],
  BodyBlock: article.body[1],
  BodyImage: article.body[2]?.type === 'image' ? article.body[2].image : undefined,
  AwardDecision: decision,
  AwardRecipient: decision.recipients[1],
  AwardIssuer: decision.issuer,
  AwardForm: decision.form,
  AwardRank: decision.rank,
  RecipientKind: decision.recipients[1].kind,
  WeatherReport: report,
  WeatherPlace: report.places[0],
  Place: report.places[0],
  Conditions: report.places[0],
  WeatherSourceInfo: report.source,
  WeatherUnits: report.units,
  ParseResult: missingAlt,
  Issue: issue,
  ParseOptions: parseOptions,
};

export interface Row {
  field: string;
  type: string;
  required: boolean;
  example: string;
  description: string;
}

const byName = new Map(types.map((type) => [type.name, type]));

/** JSON of a value, cut to `max` characters. */
export function formatExample(value: unknown, max = 70): string {
  if (value === undefined) return '';
  const text = JSON.stringify(value);
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** `AwardForm[]` → `AwardForm[]: 'huan-chuong' | …` when the name is an alias of literals. */
function withValues(type: string): string {
  const alias = byName.get(type.replace(/\[\]$/, ''));
  const literals = alias?.kind === 'type' && /^'[^']*'( \| '[^']*')*$/.test(alias.text);
  return literals ? `${type} (${alias!.text})` : type;
}

export function modelType(name: string): ModelType | undefined {
  return byName.get(name);
}

/** The parts of a union at its top level (not inside braces, brackets or angle brackets). */
function unionMembers(text: string): string[] {
  const members = [''];
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if ('{[(<'.includes(char)) depth++;
    if ('}])>'.includes(char)) depth--;
    if (char === '|' && depth === 0) members.push('');
    else members[members.length - 1] += char;
  }
  return members.map((member) => member.trim());
}

/** `type Name = …` as a reader wants it: one union member a line when it does not fit on one. */
export function aliasDeclaration(type: ModelType): string {
  const head = `type ${type.name}${type.params} =`;
  const members = unionMembers(type.text);
  if (head.length + type.text.length < 90 || members.length < 2) return `${head} ${type.text};`;
  return `${head}\n${members.map((member) => `  | ${member}`).join('\n')};`;
}

/** One row per field of an interface (or of an alias made of interfaces). */
export function rowsOf(name: string): Row[] {
  const example = EXAMPLES[name] as Record<string, unknown> | undefined;
  return (byName.get(name)?.fields ?? []).map((field) => ({
    field: field.name,
    type: withValues(field.type),
    required: !field.optional,
    example: formatExample(example?.[field.name]),
    description: field.doc,
  }));
}

/**
 * What would make the page wrong or incomplete: a type of types.ts in no section, a section
 * naming a type that is gone, a field without an example, an example the parsers refuse.
 */
export function modelPageProblems(): string[] {
  const problems: string[] = [];
  const shown = SECTIONS.flatMap((section) => section.types);
  for (const type of types)
    if (!shown.includes(type.name)) problems.push(`${type.name}: in no section of the page`);
  for (const name of shown) {
    if (!byName.has(name)) problems.push(`${name}: not in src/model/types.ts`);
    if (EXAMPLES[name] === undefined) problems.push(`${name}: no example`);
    for (const row of rowsOf(name)) if (!row.example) problems.push(`${name}.${row.field}: no example`);
  }
  const parsed = {
    article: parseArticle(article),
    decision: parseAwardDecision(decision),
    report: parseWeatherReport(report),
  };
  for (const [sample, result] of Object.entries(parsed)) {
    if (result.ok) continue;
    problems.push(`samples.${sample}: ${result.issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`);
  }
  return problems;
}
