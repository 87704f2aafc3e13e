import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { html, LitElement, css } from 'lit';
import { renderToString, renderToStream } from '../../src/server/index.js';
import { formatPortalDate } from '../../src/format/index.js';

// A minimal element defined here only to check what the SSR helper emits for shadow roots.
class SsrProbe extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
  `;
  static override properties = { headline: { type: String } };
  declare headline: string;
  override render() {
    return html`<h3>${this.headline}</h3>`;
  }
}
customElements.define('ssr-probe', SsrProbe);

describe('renderToString', () => {
  test('produces declarative shadow DOM with the content as text', () => {
    const out = renderToString(html`<ssr-probe headline="Quang Trung <sơ kết>"></ssr-probe>`);
    assert.match(out, /<template shadowrootmode="open">/);
    assert.match(out, /<style>[^<]*:host/);
    assert.ok(out.includes('Quang Trung &lt;sơ kết&gt;'), out);
  });
  test('escapes text from content', () => {
    const out = renderToString(html`<p>${'<img src=x onerror=alert(1)>'}</p>`);
    assert.ok(!out.includes('<img'), out);
  });
  test('formatting in a server template matches the browser', () => {
    const out = renderToString(html`<time>${formatPortalDate('2023-03-15T12:52:00Z')}</time>`);
    assert.ok(out.includes('15/03/2023 | 19:52'));
  });
  test('renderToStream yields the same HTML', async () => {
    const template = html`<ssr-probe headline="Đà Nẵng"></ssr-probe>`;
    let streamed = '';
    for await (const chunk of renderToStream(template)) streamed += chunk;
    assert.equal(streamed, renderToString(template));
  });
});

import {
  addNonce,
  addNonceToChunks,
  createNonce,
  renderPage,
  renderPageToString,
  RenderCache,
  cacheKey,
} from '../../src/server/index.js';
import { parsePortalPage, parseArticle } from '../../src/model/index.js';
import { readFileSync } from 'node:fs';

describe('CSP nonce', () => {
  test('fresh and unguessable per call', () => {
    const a = createNonce();
    assert.notEqual(a, createNonce());
    assert.ok(Buffer.from(a, 'base64').length === 16);
  });
  test('added to the styles of declarative shadow roots, not to a script that came with the HTML', () => {
    const html = renderToString(
      html2`<ssr-probe headline="x"></ssr-probe><script type="module" src="/a.js"></script>`,
    );
    const out = addNonce(html, 'N0nce');
    assert.match(out, /<template shadowrootmode="open"><style nonce="N0nce">/);
    assert.ok(out.includes('<script type="module" src="/a.js">'), out);
  });
  test('text that looks like a tag is escaped content, never a tag', () => {
    const out = addNonce(renderToString(html2`<p>${'<style>x</style>'}</p>`), 'n');
    assert.ok(!out.includes('<style'), out);
  });
  test('a shadow-root style split across stream chunks still gets its nonce', async () => {
    const html = renderToString(html2`<p>a</p><ssr-probe headline="x"></ssr-probe><script src=x></script>`);
    const at = html.indexOf('<style>');
    const chunks = [html.slice(0, at + 3), html.slice(at + 3, at + 12), html.slice(at + 12)];
    let out = '';
    for await (const chunk of addNonceToChunks(chunks, 'n')) out += chunk;
    assert.equal(out, addNonce(html, 'n'));
    assert.ok(out.includes('<style nonce="n">') && out.includes('<script src=x>'), out);
  });
});

import { html as html2 } from 'lit';

describe('renderPage', () => {
  const seed = readFileSync(new URL('../../demo/content/portal-page.txt', import.meta.url), 'utf8');
  const imported = parsePortalPage(seed).sections[0]!.articles[0]!;
  const parsed = parseArticle(imported);
  assert.ok(parsed.ok);
  const article = parsed.value;
  const options = {
    lang: 'vi',
    title: article.headline,
    nonce: 'abc123',
    article,
    publisher: { name: 'UBND phường Quang Trung' },
    scripts: ['/assets/app.js'],
    inlineStyles: 'body{margin:0}',
    body: [
      html2`<main><ssr-probe headline=${article.headline}></ssr-probe></main>`,
      { html: '<footer>f</footer>' },
    ],
  };
  test('streams a whole document with JSON-LD, Open Graph and nonces', async () => {
    let streamed = '';
    for await (const chunk of renderPage(options)) streamed += chunk;
    assert.match(streamed, /^<!doctype html>\n<html lang="vi">/);
    assert.match(streamed, /<meta property="article:published_time" content="2023-03-15T19:52:00\+07:00">/);
    const ld = /<script nonce="abc123" type="application\/ld\+json">(.*?)<\/script>/.exec(streamed);
    assert.ok(ld, streamed.slice(0, 2000));
    assert.equal(JSON.parse(ld[1]!).headline, article.headline);
    assert.equal(JSON.parse(ld[1]!).datePublished, '2023-03-15T19:52:00+07:00');
    for (const tag of streamed.match(/<(script|style)\b[^>]*>/g) ?? [])
      assert.match(tag, /nonce="abc123"/, tag);
    assert.ok(streamed.includes('<footer>f</footer>'));
    assert.ok(streamed.trimEnd().endsWith('</html>'));
  });
  test('string and stream give the same document', async () => {
    let streamed = '';
    for await (const chunk of renderPage(options)) streamed += chunk;
    assert.equal(streamed, renderPageToString(options));
  });
  test('head values are escaped', () => {
    const out = renderPageToString({
      lang: 'vi"><script>',
      title: '</title><script>alert(1)</script>',
      body: html2``,
    });
    assert.ok(!out.includes('<script>alert'), out);
    assert.ok(!out.includes('"><script>'), out);
  });
});

describe('RenderCache', () => {
  test('renders once per key, counts hits and misses, evicts least recently used', () => {
    const cache = new RenderCache({ max: 2 });
    let renders = 0;
    const tpl = (h: string) => () => {
      renders++;
      return html2`<ssr-probe headline=${h}></ssr-probe>`;
    };
    const a1 = cache.render('a', tpl('A'));
    const a2 = cache.render('a', tpl('A'));
    assert.equal(a1, a2);
    assert.equal(renders, 1);
    cache.render('b', tpl('B'));
    cache.render('a', tpl('A')); // a is now most recent
    cache.render('c', tpl('C')); // evicts b
    assert.ok(cache.has('a') && cache.has('c') && !cache.has('b'));
    assert.deepEqual(cache.stats, { hits: 2, misses: 3, size: 2, max: 2 });
  });
  test('keys cannot collide through separators', () => {
    assert.notEqual(cacheKey('a|b', 'c'), cacheKey('a', 'b|c'));
    assert.notEqual(cacheKey(undefined, 'x'), cacheKey('undefined', 'x'));
  });
});

describe('pre-rendered fragments', () => {
  test('a cached element is written once, not server-rendered a second time', async () => {
    const cache = new RenderCache();
    const page = () =>
      html2`<ul><li>${cache.fragment('k', () => html2`<ssr-probe headline="Đà Nẵng"></ssr-probe>`)}</li></ul>`;
    const once = renderToString(page());
    assert.equal((once.match(/<template shadowroot/g) ?? []).length, 1, once);
    let streamed = '';
    for await (const c of renderPage({ lang: 'vi', title: 't', nonce: 'n1', body: page() })) streamed += c;
    assert.equal((streamed.match(/<template shadowroot/g) ?? []).length, 1);
    // The cached HTML has no nonce; each response adds its own.
    assert.match(streamed, /<style nonce="n1">/);
    assert.ok(!cache.render('k', () => html2``).includes('nonce'));
  });
  test('content cannot forge a fragment marker', () => {
    const out = renderToString(html2`<p>${'<!--gov-raw:1-->'}</p><p title=${'<!--gov-raw:1-->'}></p>`);
    assert.ok(!out.includes('<!--gov-raw'), out);
  });
});
