// A portal's server: one card for a news list, then a whole article page, written to out/:
// page.html (read with JavaScript off) and hydrate.html (the same body with the browser module
// that hydrates it, hydrate.mjs bundled as hydrate.js). `gov-portal-elements/server` defines the
// four elements, so their tags render here.
import { mkdirSync, writeFileSync, createWriteStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { html } from 'lit';
import { renderToString, renderPage, createNonce } from 'gov-portal-elements/server';
import { article, body } from './content.mjs';

mkdirSync('out', { recursive: true });
writeFileSync(
  'out/card.html',
  renderToString(html`<gov-article-card .article=${article}></gov-article-card>`),
);

const page = {
  lang: 'vi',
  title: article.headline,
  article,
  siteName: 'Cổng thông tin điện tử phường Quang Trung',
};
const nonce = createNonce();
await pipeline(renderPage({ ...page, nonce, body: body() }), createWriteStream('out/page.html'));
writeFileSync('out/nonce.txt', nonce);
await pipeline(
  renderPage({ ...page, scripts: ['hydrate.js'], body: body() }),
  createWriteStream('out/hydrate.html'),
);
