/**
 * The baseline of the server benchmark: the card page written by hand as string concatenation,
 * producing the same declarative-shadow-DOM HTML as <gov-article-card> rendered by our server
 * path (bench/server-render.ts checks that the two are equal, Lit's hydration comments aside).
 * It does the same formatting work, through the same cached formatters.
 */
import type { Article } from '../src/model/index.js';
import { portalDate } from '../src/format/dates.js';
import { formatCount } from '../src/format/numbers.js';
import { styles } from '../src/elements/article-card/styles.js';

const CSS = styles.cssText;
const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ESC[c]!);

export function baselineCard(a: Article): string {
  const img = a.images[0]!;
  const date = portalDate(a.publishedAt);
  const views = a.viewCount!;
  const datetime = date.ok ? date.datetime : '';
  return (
    `<gov-article-card lang="vi" headline="${esc(a.headline)}" href="${esc(a.url!)}" summary="${esc(a.summary!)}" section="${esc(a.section!.name)}" section-href="${esc(a.section!.href!)}" author="${esc(a.authors[0]!.name)}" published="${esc(a.publishedAt!)}" views="${views}" image-src="${esc(img.src)}" image-alt="${esc(img.alt)}" image-width="${img.width}" image-height="${img.height}">` +
    `<template shadowrootmode="open"><style>${CSS}</style>` +
    `<article part="article" class="list"><div part="body">` +
    `<a part="section" href="${esc(a.section!.href!)}">${esc(a.section!.name)}</a>` +
    `<h3 part="headline"><a part="link" href="${esc(a.url!)}">${esc(a.headline)}</a></h3>` +
    `<p part="meta"><span part="published-label">Ngày đăng</span> <time part="date" datetime="${datetime}">${date.text}</time> | ` +
    `<span part="views"><data part="views-count" value="${views}">${formatCount(views, { locale: 'vi' })}</data> <span part="views-label">lượt xem</span></span></p>` +
    `<p part="summary">${esc(a.summary!)}</p>` +
    `<p part="byline">Tác giả: ${esc(a.authors[0]!.name)}</p>` +
    `</div><img part="image" src="${esc(img.src)}" alt="${esc(img.alt)}" width="${img.width}" height="${img.height}" loading="lazy" decoding="async"></article>` +
    `</template></gov-article-card>`
  );
}

export function baselinePage(articles: Article[]): string {
  let html = '';
  for (const a of articles) html += baselineCard(a);
  return html;
}
