/**
 * Whole documents for servers: head with title, Open Graph and NewsArticle JSON-LD for article
 * pages, body rendered by @lit-labs/ssr, and the CSP nonce on the scripts and styles this package
 * writes (see nonce.ts for what gets one and why nothing else does).
 */
import { Readable } from 'node:stream';
import type { TemplateResult } from 'lit';
import type { Article } from '../model/types.js';
import { toNewsArticleJsonLd, toOpenGraph, serializeJsonLd, type Publisher } from '../model/jsonld.js';
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
  description?: string;
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
  /** Canonical URL of the page (http, https or relative; anything else is left out). */
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
    const tags = toOpenGraph(article, { siteName: options.siteName }).map(
      (tag) => `<meta property="${escapeHtml(tag.property)}" content="${escapeHtml(tag.content)}">`,
    );
    const publisher = options.publisher ?? { name: options.siteName ?? options.title };
    const jsonLd = serializeJsonLd(toNewsArticleJsonLd(article, { publisher }));
    return [...tags, `<script${nonceAttribute} type="application/ld+json">${jsonLd}</script>`];
  } catch (error) {
    (options.onError ?? reportToConsole)(error);
    return [];
  }
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
  if (options.description)
    parts.push(`<meta name="description" content="${escapeHtml(options.description)}">`);
  const canonical = safeUrl(options.canonical);
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
