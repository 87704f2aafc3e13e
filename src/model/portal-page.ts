/**
 * Importer for the plain-text page format portals export (see demo/content/portal-page.txt):
 * a weather box heading with place names, section headings, and articles made of a headline,
 * a date line ("Ngày đăng 15/03/2023 | 19:52 | View count: 55"), paragraphs, photo captions
 * and a byline in capitals.
 */
import { twoDigits } from './iso-date.js';
import { checkIsoDateTime } from './parse.js';
import type { Article, BodyBlock, Issue } from './types.js';

export interface PortalPageSection {
  name: string;
  articles: Article[];
}

export interface PortalPage {
  /** Place names listed under the weather heading ("thời tiết các vùng"). */
  places: string[];
  sections: PortalPageSection[];
  /** Lines the importer could not place, with their line numbers as paths (`line[12]`). */
  issues: Issue[];
}

export interface PortalPageOptions {
  /** Time zone of the dates on the page; they are written without an offset. */
  timeZone?: string;
  lang?: string;
}

const WEATHER_HEADING = /^(thời tiết|weather)\b/i;
// Read on the line with every run of whitespace made one space (see readDateLine), so each
// optional space below matches at most one character: no backtracking, linear on any line.
const DATE_LINE = new RegExp(
  [
    String.raw`^(?:ngày đăng|đăng ngày|published) ?:? ?`,
    String.raw`(\d{1,2})/(\d{1,2})/(\d{4})`, // 15/03/2023
    String.raw`(?: ?\| ?(\d{1,2}):(\d{2}))?`, // | 19:52
    String.raw`(?: ?\| ?(?:view count|lượt xem) ?:? ?([\d.,]+))?`, // | View count: 55
  ].join(''),
  'i',
);
const readDateLine = (line: string) => DATE_LINE.exec(line.replace(/\s+/g, ' '));
const ENDS_SENTENCE = /[.!?:;…”"')\]/]$/;

interface Line {
  text: string;
  number: number;
}

/** Splits text into blocks of non-blank lines, keeping 1-based line numbers. */
function blocks(text: string): Line[][] {
  const out: Line[][] = [];
  let current: Line[] = [];
  text
    .normalize('NFC')
    .split(/\r?\n/)
    .forEach((raw, lineIndex) => {
      const line = raw.trim();
      if (line === '') {
        if (current.length) out.push(current);
        current = [];
      } else current.push({ text: line, number: lineIndex + 1 });
    });
  if (current.length) out.push(current);
  return out;
}

const isByline = (line: string) =>
  line.length <= 60 &&
  line === line.toLocaleUpperCase('vi') &&
  /\p{L}/u.test(line) &&
  !ENDS_SENTENCE.test(line);

export function parsePortalPage(text: string, options: PortalPageOptions = {}): PortalPage {
  const timeZone = options.timeZone ?? 'Asia/Ho_Chi_Minh';
  const page: PortalPage = { places: [], sections: [], issues: [] };
  const all = blocks(typeof text === 'string' ? text : '');
  let article: Article | undefined;
  let section: PortalPageSection | undefined;

  for (let index = 0; index < all.length; index++) {
    const block = all[index]!;
    const first = block[0]!;

    if (WEATHER_HEADING.test(first.text)) {
      // Place names are the lines after the heading, in the same block or the next one.
      const rest = block.slice(1);
      if (!rest.length) index++;
      const names = rest.length ? rest : (all[index] ?? []);
      page.places.push(...names.map((line) => line.text));
      continue;
    }

    // A headline is the line just before a date line (same block, or the date opens the next).
    const dateIndex = block.findIndex((line) => readDateLine(line.text) !== null);
    const nextFirstLine = all[index + 1]?.[0];
    const nextOpensWithDate = nextFirstLine !== undefined && readDateLine(nextFirstLine.text) !== null;
    if (dateIndex >= 1 || (block.length === 1 && nextOpensWithDate && !ENDS_SENTENCE.test(first.text))) {
      const headline = dateIndex >= 1 ? block[dateIndex - 1]! : first;
      if (dateIndex < 1) index++; // the date line opens the next block
      const dateLine = dateIndex >= 1 ? block[dateIndex]! : all[index]![0]!;
      if (!section) {
        section = { name: '', articles: [] };
        page.sections.push(section);
      }
      article = {
        id: `${page.sections.indexOf(section) + 1}-${section.articles.length + 1}`,
        headline: headline.text,
        authors: [],
        images: [],
        body: [],
        tags: [],
        awards: [],
        section: section.name ? { name: section.name } : undefined,
        ...(options.lang ? { lang: options.lang } : {}),
      };
      const [, day, month, year, hour, minute, views] = readDateLine(dateLine.text)!;
      const time = hour ? `${twoDigits(+hour)}:${minute}:00` : '00:00:00';
      const checked = checkIsoDateTime(`${year}-${twoDigits(+month!)}-${twoDigits(+day!)}T${time}`, timeZone);
      if (checked.ok) article.publishedAt = checked.value;
      else page.issues.push({ path: `line[${dateLine.number}]`, message: `date: ${checked.message}` });
      if (views) article.viewCount = Number(views.replace(/[.,]/g, ''));
      section.articles.push(article);
      continue;
    }

    if (!article && block.length === 1 && !ENDS_SENTENCE.test(first.text)) {
      section = { name: first.text, articles: [] };
      page.sections.push(section);
      continue;
    }

    if (!article) {
      for (const line of block)
        page.issues.push({ path: `line[${line.number}]`, message: 'text outside any article' });
      continue;
    }

    for (const line of block) {
      const isLastLine = index === all.length - 1 && line === block[block.length - 1];
      if (isLastLine && isByline(line.text)) {
        article.authors.push({ name: line.text });
      } else if (ENDS_SENTENCE.test(line.text) || line.text.length > 120) {
        article.body.push({ type: 'paragraph', text: line.text });
      } else {
        // A short line without final punctuation under a photo: its caption. The photo itself
        // is not in a text export, so the block has no src.
        const photo: BodyBlock = { type: 'image', image: { alt: line.text, caption: line.text } };
        article.body.push(photo);
      }
    }
  }

  for (const { articles } of page.sections) {
    for (const each of articles) {
      const firstParagraph = each.body.find((block) => block.type === 'paragraph');
      if (firstParagraph?.type === 'paragraph') each.summary = firstParagraph.text;
    }
  }
  return page;
}
