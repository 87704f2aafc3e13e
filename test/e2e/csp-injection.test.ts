// renderPage under the demo's strict CSP, in Chromium: a CMS body that carries a <script>, a
// <style> and an inline handler (through unsafeHTML and through an `{ html }` part) runs none of
// them, while the elements' own shadow-root styles apply and the card hydrates.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { once } from 'node:events';
import { html } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { chromium, type Browser } from 'playwright-core';
import { renderPage, createNonce } from '../../src/server/index.js';
import { csp } from '../../demo/server.js';
import { chromiumArgs } from '../../scripts/chromium.mjs';
import { browserBundle } from '../../scripts/browser-bundle.mjs';

const CMS_BODY = [
  '<script>window.pwned = "script"</script>',
  '<style>body { background: rgb(255, 0, 0) }</style>',
  '<img src="/missing.png" alt="" onerror="window.pwned = \'handler\'">',
].join('');

let server: Server;
let browser: Browser;
let origin: string;

before(async () => {
  const appJs = await browserBundle({
    contents: [
      "import '@lit-labs/ssr-client/lit-element-hydrate-support.js';",
      "import './src/elements/article-card/define.ts';",
    ].join('\n'),
  });
  server = createServer((req, res) => {
    if (req.url === '/app.js') {
      res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' });
      return void res.end(appJs);
    }
    if (req.url !== '/') {
      res.writeHead(404);
      return void res.end();
    }
    const nonce = createNonce();
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': csp(nonce) });
    renderPage({
      lang: 'vi',
      title: 'CSP',
      nonce,
      scripts: ['/app.js'],
      body: [
        html`<main>
          <gov-article-card headline="Tin" href="/tin" views="55"></gov-article-card>
          <article>${unsafeHTML(CMS_BODY)}</article>
        </main>`,
        { html: `<aside>${CMS_BODY}</aside>` },
      ],
    }).pipe(res);
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: chromiumArgs,
  });
});

after(async () => {
  await browser?.close();
  server?.close();
});

test('content scripts, styles and handlers are blocked; the elements are not', async () => {
  const page = await browser.newPage();
  const violations: string[] = [];
  const errors: string[] = [];
  await page.exposeFunction('reportViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { reportViolation: (t: string) => void }).reportViolation(
        event.effectiveDirective,
      );
    });
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${origin}/`, { waitUntil: 'networkidle' });
  const state = await page.evaluate(async () => {
    const card = document.querySelector('gov-article-card') as HTMLElement & {
      updateComplete: Promise<boolean>;
    };
    await card.updateComplete;
    return {
      pwned: (window as unknown as { pwned?: string }).pwned ?? null,
      background: getComputedStyle(document.body).backgroundColor,
      cardDisplay: getComputedStyle(card).display,
      hydrated: !card.hasAttribute('defer-hydration') && !!card.shadowRoot?.querySelector('a[href="/tin"]'),
    };
  });
  assert.equal(state.pwned, null, 'a script from content ran');
  assert.notEqual(state.background, 'rgb(255, 0, 0)', 'a style from content applied');
  assert.equal(state.cardDisplay, 'block', "the card's shadow-root style was blocked");
  assert.ok(state.hydrated);
  assert.deepEqual(errors, []);
  // Two copies of the body: each one script, one style and one handler, all refused.
  assert.deepEqual(violations.sort(), [
    'script-src-attr',
    'script-src-attr',
    'script-src-elem',
    'script-src-elem',
    'style-src-elem',
    'style-src-elem',
  ]);
  await page.close();
});
