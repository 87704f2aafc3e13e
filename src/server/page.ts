/**
 * Whole documents for servers: head with title, Open Graph and NewsArticle JSON-LD for article
 * pages, body rendered by @lit-labs/ssr, and the CSP nonce on the scripts and styles this package
 * writes (see nonce.ts for what gets one and why nothing else does).
 */
import { Readable } from 'node:stream';
import type { TemplateResult } from 'lit';
import type { Article } from '../model/types.js';
import {
  absoluteUrl,
  toNewsArticleJsonLd,
  toOpenGraph,
  serializeJsonLd,
  type Publisher,
} from '../model/jsonld.js';
import { safeUrl } from '../model/safe-url.js';
import { escapeHtml } from './html.js';
import { addNonce, finishChunks } from './nonce.js';
import { expandFragments } from './fragments.js';
import { renderToString, renderChunks, endOnError, reportToConsole } from './render.js';

/** A body part: a Lit template, or HTML already rendered by this library (e.g. from a RenderCache). */
export type BodyPart = TemplateResult | { html: string };

export interface PageOptions {
  lang: string;
  title: string;
  /** `<meta name="description">`; on an article page, default its summary (cut near 160 characters). */
  description?: string;
  /**
   * The site's address (absolute http or https), e.g. `https://quangtrung.gov.vn/`: the canonical
   * link, Open Graph and JSON-LD URLs are made absolute against it, as search engines and share
   * cards need them.
   */
  baseUrl?: string;
  /**
   * The response's CSP nonce. It goes on the head's scripts and styles written from these options
   * and on the styles of the elements' declarative shadow roots — never on a script or style that
   * came in with content (an article body given through `unsafeHTML` or an `{ html }` part).
   */
  nonce?: string;
  /** Article pages: its JSON-LD and Open Graph tags go in the head. */
  article?: Article;
  publisher?: Publisher;
  siteName?: string;
  /**
   * Canonical URL of the page (http, https or relative; anything else is left out); on an article
   * page, default the article's `url`. Made absolute against `baseUrl`.
   */
  canonical?: string;
  /** Stylesheet URLs (checked like `canonical`). */
  stylesheets?: string[];
  /** CSS written into a `<style>` in the head. */
  inlineStyles?: string;
  /** Module script URLs, in order (put `@lit-labs/ssr-client/lit-element-hydrate-support.js` first). */
  scripts?: string[];
  body: BodyPart | BodyPart[];
  bodyClass?: string;
  /**
   * Called when a body part fails to render. The part is left out (string) or the document is
   * closed where it stopped (stream); the page is always a whole document. Default: console.error.
   */
  onError?: (error: unknown) => void;
}

/**
 * Open Graph tags and NewsArticle JSON-LD. An article whose fields cannot even be read (a getter
 * or a proxy that throws) loses its metadata, not the page: the error goes to `onError`.
 */
function articleMetadata(options: PageOptions, nonceAttribute: string): string[] {
  try {
    const article = options.article!;
    const { siteName, baseUrl } = options;
    const tags = toOpenGraph(article, { siteName, baseUrl }).map(
      (tag) => `<meta property="${escapeHtml(tag.property)}" content="${escapeHtml(tag.content)}">`,
    );
    const publisher = options.publisher ?? { name: options.siteName ?? options.title };
    const jsonLd = serializeJsonLd(toNewsArticleJsonLd(article, { publisher, baseUrl }));
    return [...tags, `<script${nonceAttribute} type="application/ld+json">${jsonLd}</script>`];
  } catch (error) {
    (options.onError ?? reportToConsole)(error);
    return [];
  }
}

/** A text field of the page's article, or undefined (no article, not a string, or unreadable). */
function articleField(options: PageOptions, key: 'summary' | 'url'): string | undefined {
  try {
    const value: unknown = options.article?.[key];
    return typeof value === 'string' && value.trim() ? value.trim() : undefined;
  } catch {
    return undefined; // a getter that throws: articleMetadata reports it
  }
}

/** Search engines show about 160 characters of a description: longer text is cut at a word. */
function shorten(text: string, length = 160): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= length) return flat;
  const cut = flat.slice(0, length);
  const lastSpace = cut.lastIndexOf(' ');
  return `${cut.slice(0, lastSpace > length / 2 ? lastSpace : length)}…`;
}

function head(options: PageOptions): string {
  const nonceAttribute = options.nonce ? ` nonce="${escapeHtml(options.nonce)}"` : '';
  const parts = [
    '<!doctype html>',
    `<html lang="${escapeHtml(options.lang)}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(options.title)}</title>`,
  ];
  const description = options.description ?? articleField(options, 'summary');
  if (description) parts.push(`<meta name="description" content="${escapeHtml(shorten(description))}">`);
  const canonical = absoluteUrl(options.canonical ?? articleField(options, 'url'), options.baseUrl);
  if (canonical) parts.push(`<link rel="canonical" href="${escapeHtml(canonical)}">`);
  if (options.article) parts.push(...articleMetadata(options, nonceAttribute));
  for (const href of options.stylesheets ?? []) {
    const url = safeUrl(href);
    if (url) parts.push(`<link rel="stylesheet" href="${escapeHtml(url)}">`);
  }
  if (options.inlineStyles) {
    const css = options.inlineStyles.replace(/<\/style/gi, '<\\/style');
    parts.push(`<style${nonceAttribute}>${css}</style>`);
  }
  for (const src of options.scripts ?? []) {
    const url = safeUrl(src);
    if (url) parts.push(`<script${nonceAttribute} type="module" src="${escapeHtml(url)}"></script>`);
  }
  const bodyClass = options.bodyClass ? ` class="${escapeHtml(options.bodyClass)}"` : '';
  parts.push('</head>', `<body${bodyClass}>`);
  return parts.join('\n');
}

const TAIL = '\n</body>\n</html>\n';

const asList = (body: BodyPart | BodyPart[]) => (Array.isArray(body) ? body : [body]);
const isHtml = (part: BodyPart): part is { html: string } =>
  typeof (part as { html?: unknown }).html === 'string';

async function* bodyChunks(options: PageOptions): AsyncGenerator<string> {
  for (const part of asList(options.body)) {
    if (isHtml(part)) yield part.html;
    else yield* renderChunks(part);
  }
}

async function* documentChunks(options: PageOptions): AsyncGenerator<string> {
  yield head(options);
  // A part that fails mid-way ends the body there; the document is still closed.
  yield* endOnError(finishChunks(bodyChunks(options), options.nonce), options.onError);
  yield TAIL;
}

/** Streams the whole document: the head goes out before the body is rendered. */
export function renderPage(options: PageOptions): Readable {
  return Readable.from(documentChunks(options), { objectMode: false });
}

/** The whole document as one string (synchronous render). */
export function renderPageToString(options: PageOptions): string {
  let body = '';
  for (const part of asList(options.body)) {
    try {
      body += isHtml(part) ? part.html : renderToString(part);
    } catch (error) {
      (options.onError ?? reportToConsole)(error);
    }
  }
  body = expandFragments(body);
  return head(options) + (options.nonce ? addNonce(body, options.nonce) : body) + TAIL;
}
