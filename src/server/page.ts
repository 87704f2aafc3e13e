/**
 * Whole documents for servers: head with title, Open Graph and NewsArticle JSON-LD for article
 * pages, body rendered by @lit-labs/ssr, and the CSP nonce on every script and style.
 */
import { Readable } from 'node:stream';
import { render } from '@lit-labs/ssr';
import { RenderResultReadable } from '@lit-labs/ssr/lib/render-result-readable.js';
import type { TemplateResult } from 'lit';
import type { Article } from '../model/types.js';
import { toNewsArticleJsonLd, toOpenGraph, serializeJsonLd, type Publisher } from '../model/jsonld.js';
import { escapeHtml } from './html.js';
import { addNonce, finishChunks } from './nonce.js';
import { expandFragments } from './fragments.js';
import { renderToString, asStrings } from './render.js';

/** A body part: a Lit template, or HTML already rendered by this library (e.g. from a RenderCache). */
export type BodyPart = TemplateResult | { html: string };

export interface PageOptions {
  lang: string;
  title: string;
  description?: string;
  /** The response's CSP nonce; added to every `<script>` and `<style>`. */
  nonce?: string;
  /** Article pages: its JSON-LD and Open Graph tags go in the head. */
  article?: Article;
  publisher?: Publisher;
  siteName?: string;
  /** Canonical URL of the page. */
  canonical?: string;
  stylesheets?: string[];
  /** CSS written into a `<style>` in the head. */
  inlineStyles?: string;
  /** Module scripts, in order (put `@lit-labs/ssr-client/lit-element-hydrate-support.js` first). */
  scripts?: string[];
  body: BodyPart | BodyPart[];
  bodyClass?: string;
}

function head(o: PageOptions): string {
  const parts = [
    '<!doctype html>',
    `<html lang="${escapeHtml(o.lang)}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(o.title)}</title>`,
  ];
  if (o.description) parts.push(`<meta name="description" content="${escapeHtml(o.description)}">`);
  if (o.canonical) parts.push(`<link rel="canonical" href="${escapeHtml(o.canonical)}">`);
  if (o.article) {
    for (const tag of toOpenGraph(o.article, { siteName: o.siteName })) {
      parts.push(`<meta property="${escapeHtml(tag.property)}" content="${escapeHtml(tag.content)}">`);
    }
    const ld = toNewsArticleJsonLd(o.article, { publisher: o.publisher ?? { name: o.siteName ?? o.title } });
    parts.push(`<script type="application/ld+json">${serializeJsonLd(ld)}</script>`);
  }
  for (const href of o.stylesheets ?? []) parts.push(`<link rel="stylesheet" href="${escapeHtml(href)}">`);
  if (o.inlineStyles) parts.push(`<style>${o.inlineStyles.replace(/<\/style/gi, '<\\/style')}</style>`);
  for (const src of o.scripts ?? []) parts.push(`<script type="module" src="${escapeHtml(src)}"></script>`);
  parts.push('</head>', `<body${o.bodyClass ? ` class="${escapeHtml(o.bodyClass)}"` : ''}>`);
  const html = parts.join('\n');
  return o.nonce ? addNonce(html, o.nonce) : html;
}

const TAIL = '\n</body>\n</html>\n';

const asList = (body: BodyPart | BodyPart[]) => (Array.isArray(body) ? body : [body]);
const isHtml = (part: BodyPart): part is { html: string } => typeof (part as { html?: unknown }).html === 'string';

async function* chunks(o: PageOptions): AsyncGenerator<string> {
  yield head(o);
  for (const part of asList(o.body)) {
    if (isHtml(part)) {
      yield part.html;
    } else {
      yield* asStrings(new RenderResultReadable(render(part, { deferHydration: false })));
    }
  }
  yield TAIL;
}

/** Streams the whole document: the head goes out before the body is rendered. */
export function renderPage(options: PageOptions): Readable {
  return Readable.from(finishChunks(chunks(options), options.nonce), { objectMode: false });
}

/** The whole document as one string (synchronous render). */
export function renderPageToString(options: PageOptions): string {
  let html = head(options);
  for (const part of asList(options.body)) html += isHtml(part) ? part.html : renderToString(part);
  html = expandFragments(html + TAIL);
  return options.nonce ? addNonce(html, options.nonce) : html;
}
