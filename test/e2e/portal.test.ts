// End to end, in Chromium against the running demo server: the seed's figures, zero CSP
// violations, zero console errors, no hydration errors, axe, the embed page, view counting
// once per session, JSON-LD. Takes the screenshots README shows; writes them to demo/screenshots/
// only on request (`npm run screenshots`), so `npm test` leaves the tracked files as they are.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { startDemoServer, type DemoServer } from '../../demo/server.js';
import { chromiumArgs } from '../../scripts/chromium.mjs';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const shots = new URL('../../demo/screenshots/', import.meta.url).pathname;
const writeScreenshots = process.env.SCREENSHOTS === '1';
if (writeScreenshots) mkdirSync(shots, { recursive: true });
/** Where a screenshot goes: the file README shows when asked for, else nowhere (taken in memory). */
const shot = (name: string) => (writeScreenshots ? `${shots}${name}` : undefined);

const ARTICLE = '/tin-tuc/quang-trung-so-ket-giua-nhiem-ky-dai-hoi-dang-bo-phuong-lan-thu-xiv-nhiem-ky';
const ARTICLE_EN = '/en/news/quang-trung-so-ket-giua-nhiem-ky-dai-hoi-dang-bo-phuong-lan-thu-xiv-nhiem-ky';
const ARTICLE_ID = 'quang-trung-so-ket-giua-nhiem-ky-dai-hoi-dang-bo-phuong-lan-thu-xiv-nhiem-ky';

let demo: DemoServer;
let browser: Browser;

interface Visit {
  page: Page;
  problems: string[];
}

/** Opens a page and records every console error, page error and CSP violation. */
async function visit(context: BrowserContext, path: string): Promise<Visit> {
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || (m.type() === 'warning' && /hydrat/i.test(m.text())))
      problems.push(`console.${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  const response = await page.goto(demo.url + path, { waitUntil: 'load' });
  assert.ok(response, path);
  assert.ok(response.status() < 400, `${path} → ${response.status()}`);
  // Let hydration, view-count reads and the weather load finish.
  await page.waitForLoadState('networkidle');
  return { page, problems };
}

/** Runs axe in the page. page.evaluate is not subject to the page's CSP. */
async function axe(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const result = await (
      window as unknown as {
        axe: {
          run: (
            c: Document,
            o: object,
          ) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }>;
        };
      }
    ).axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
  return violations;
}

// Text including open shadow roots, as a reader sees it. (A string: tsx would add helpers
// to a function that do not exist in the page.)
const TEXT_OF_PAGE = `(() => {
  const out = [];
  const walk = (node) => {
    if (node.nodeType === Node.TEXT_NODE) out.push(node.textContent || '');
    if (node instanceof Element && node.localName === 'script') return;
    if (node instanceof Element && node.shadowRoot) walk(node.shadowRoot);
    node.childNodes.forEach(walk);
  };
  walk(document.body);
  return out.join(' ').replace(/\\s+/g, ' ');
})()`;
const text = (page: Page) => page.evaluate(TEXT_OF_PAGE) as Promise<string>;

before(async () => {
  demo = await startDemoServer(0);
  browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: chromiumArgs,
    // Playwright turns the back/forward cache off by default; a visitor's browser has it on.
    ignoreDefaultArgs: ['--disable-back-forward-cache'],
  });
});

after(async () => {
  await browser?.close();
  await demo?.close();
});

describe('demo portal', () => {
  for (const path of ['/', '/en/', ARTICLE, ARTICLE_EN, '/embed.html']) {
    test(`${path}: no CSP violation, no console or hydration error, axe clean`, async () => {
      const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
      const { page, problems } = await visit(context, path);
      assert.deepEqual(problems, [], problems.join('\n'));
      assert.deepEqual(await axe(page), []);
      await context.close();
    });
  }

  test('responses carry the strict CSP with a fresh nonce each time', async () => {
    const a = await fetch(demo.url + '/');
    const b = await fetch(demo.url + '/');
    const policy = a.headers.get('content-security-policy') ?? '';
    assert.match(
      policy,
      /^default-src 'self'; script-src 'self' 'nonce-[^']+'; style-src 'self' 'nonce-[^']+'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'$/,
    );
    assert.notEqual(policy, b.headers.get('content-security-policy'));
    const html = await a.text();
    const nonce = /'nonce-([^']+)'/.exec(policy)![1]!;
    // Every script that runs and every style carries it (JSON data blocks do not run: no nonce).
    for (const tag of html.match(/<(script|style)\b[^>]*>/g) ?? []) {
      if (!tag.includes('type="application/json"')) assert.ok(tag.includes(`nonce="${nonce}"`), tag);
    }
  });

  test("the article page shows the seed's figures", async () => {
    const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
    const { page } = await visit(context, ARTICLE);
    const all = await text(page);
    for (const figure of [
      '15/03/2023 | 19:52',
      'lượt xem',
      '14 chi bộ',
      '556 đảng viên',
      '19 tập thể, cá nhân',
      'HOÀNG PHƯƠNG',
    ]) {
      assert.ok(all.includes(figure), `missing "${figure}"`);
    }
    assert.match(all, /\d+ lượt xem/);
    await page.screenshot({ path: shot('article.png'), fullPage: true });
    await page.locator('gov-award-list').screenshot({ path: shot('gov-award-list.png') });
    await page.locator('.date-line').screenshot({ path: shot('gov-view-counter.png') });
    await context.close();
  });

  test('the JSON-LD parses and names the article', async () => {
    const html = await (await fetch(demo.url + ARTICLE)).text();
    const ld = /<script[^>]*type="application\/ld\+json"[^>]*>(.*?)<\/script>/s.exec(html);
    assert.ok(ld);
    const data = JSON.parse(ld[1]!);
    assert.equal(data['@type'], 'NewsArticle');
    assert.equal(
      data.headline,
      'Quang Trung sơ kết giữa nhiệm kỳ Đại hội Đảng bộ phường lần thứ XIV nhiệm kỳ 2020 - 2025',
    );
    assert.equal(data.datePublished, '2023-03-15T19:52:00+07:00');
    assert.match(html, /<meta property="og:title" content="Quang Trung sơ kết/);
  });

  test('a view is counted once per session', async () => {
    const count = async () =>
      ((await (await fetch(`${demo.url}/api/views/${ARTICLE_ID}`)).json()) as { count: number }).count;
    const start = await count();
    const context = await browser.newContext();
    const { page } = await visit(context, ARTICLE);
    // Leaving the page hides it: the counter sends its beacon then (waited for, up to 5 s).
    await page.goto(demo.url + '/');
    for (let i = 0; i < 50 && (await count()) === start; i++) await page.waitForTimeout(100);
    assert.equal(await count(), start + 1);
    // Same tab, same session: reading the article again sends nothing.
    await page.goto(demo.url + ARTICLE);
    await page.waitForLoadState('networkidle');
    await page.goto(demo.url + '/');
    await page.waitForTimeout(300);
    assert.equal(await count(), start + 1);
    await context.close();
    const bad = await fetch(`${demo.url}/api/views/${encodeURIComponent('<script>')}`);
    assert.equal(bad.status, 400);
  });

  test('without JavaScript the embed page still reads: each tag shows its stand-in content', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(demo.url + '/embed.html');
    const shown = await page.evaluate(() => document.body.innerText);
    for (const expected of [
      'Quang Trung sơ kết giữa nhiệm kỳ Đại hội Đảng bộ phường',
      '55 lượt xem',
      '1.234 lượt xem',
      'Nguyễn Văn An',
      'Chi bộ Công an phường',
      'Hà Nội, Đà Nẵng, TP Hồ Chí Minh',
    ]) {
      assert.ok(shown.includes(expected), `missing "${expected}" in ${JSON.stringify(shown)}`);
    }
    assert.ok(await page.locator('gov-article-card a[href^="/tin-tuc/"]').first().isVisible());
    await context.close();
  });

  test('an article page is kept by the back/forward cache', async () => {
    const context = await browser.newContext();
    const { page, problems } = await visit(context, ARTICLE);
    await page.evaluate(() =>
      addEventListener('pageshow', (event) => {
        (window as unknown as { restored: boolean }).restored = event.persisted;
      }),
    );
    await page.goto(demo.url + '/');
    await page.waitForLoadState('networkidle');
    // A page restored from the cache fires no load event: wait for the navigation only.
    await page.goBack({ waitUntil: 'commit' });
    await page.waitForFunction(() => document.readyState === 'complete');
    // Restored from the cache, the page keeps its script state and says so in pageshow.
    assert.equal(await page.evaluate(() => (window as unknown as { restored?: boolean }).restored), true);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('the date line reads as one line of text with single spaces', async () => {
    const context = await browser.newContext();
    const { page } = await visit(context, ARTICLE);
    const line = await page.evaluate(() => (document.querySelector('.date-line') as HTMLElement).innerText);
    assert.match(line, /^Ngày đăng \d\d\/\d\d\/\d{4} \| \d\d:\d\d \| $/);
    await context.close();
  });

  test('the embed page renders every element from attributes and JSON children alone', async () => {
    const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
    const { page } = await visit(context, '/embed.html');
    const all = await text(page);
    for (const expected of [
      'Quang Trung sơ kết giữa nhiệm kỳ',
      '15/03/2023 | 19:52',
      '55 lượt xem',
      '1.234 lượt xem',
      'Nguyễn Văn An',
      'Đặng Thị Bình',
      'Hà Nội',
      'Đà Nẵng',
      'TP Hồ Chí Minh',
    ]) {
      assert.ok(all.includes(expected), `missing "${expected}"`);
    }
    const scripts = await page.evaluate(() =>
      [...document.scripts].filter((s) => s.type === 'module').map((s) => new URL(s.src).pathname),
    );
    assert.deepEqual(scripts, ['/cdn/gov-portal-elements.js']);
    // Upgraded, the elements' shadow roots replace the stand-ins (no slot shows them).
    const lightText = await page.evaluate(() => document.body.innerText);
    assert.ok(!lightText.includes('Thời tiết: Hà Nội'), 'stand-ins give way to the elements');
    await page.locator('gov-weather').screenshot({ path: shot('gov-weather.png') });
    await page
      .locator('gov-article-card')
      .first()
      .screenshot({ path: shot('gov-article-card.png') });
    await context.close();
  });

  test('CDN add-on: <gov-weather source="open-meteo"> with only the two CDN files (recorded answer, no network)', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const fixture = readFileSync(
      new URL('../fixtures/open-meteo/forecast-3-cities.json', import.meta.url),
      'utf8',
    );
    let requests = 0;
    await page.route('https://api.open-meteo.com/**', (route) => {
      requests++;
      return route.fulfill({ status: 200, contentType: 'application/json', body: fixture });
    });
    await page.route(`${demo.url}/cms-page.html`, (route) =>
      route.fulfill({
        contentType: 'text/html; charset=utf-8',
        body: `<!doctype html><html lang="vi"><meta charset="utf-8"><title>CMS</title>
<script type="module" src="/cdn/open-meteo.js"></script>
<script type="module" src="/cdn/gov-portal-elements.js"></script>
<gov-weather source="open-meteo" places="ha-noi,da-nang,tp-ho-chi-minh"></gov-weather>`,
      }),
    );
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${demo.url}/cms-page.html`);
    await page.waitForFunction(() =>
      /Đà Nẵng/.test(document.querySelector('gov-weather')?.shadowRoot?.textContent ?? ''),
    );
    const all = await text(page);
    for (const expected of ['Hà Nội', 'Đà Nẵng', 'TP Hồ Chí Minh', 'Open-Meteo'])
      assert.ok(all.includes(expected), `missing "${expected}"`);
    assert.equal(requests, 1);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('home page screenshots (vi, en) and print view', async () => {
    const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
    const { page } = await visit(context, '/');
    await page.screenshot({ path: shot('home.png'), fullPage: true });
    // "Tin xem nhiều": a section named by its heading, the most read as compact cards.
    const mostRead = page.getByRole('region', { name: 'Tin xem nhiều' });
    assert.ok((await mostRead.locator('gov-article-card[variant="compact"]').count()) >= 1);
    await page.goto(demo.url + '/en/');
    await page.waitForLoadState('networkidle');
    assert.equal(await page.getByRole('region', { name: 'Most read' }).count(), 1);
    await page.screenshot({ path: shot('home-en.png'), fullPage: true });
    // Print: no navigation, no weather, no article tools.
    await page.goto(demo.url + ARTICLE);
    await page.emulateMedia({ media: 'print' });
    const hidden = await page.evaluate(() =>
      ['.site-nav', 'aside', '.article-actions'].map(
        (s) => getComputedStyle(document.querySelector(s)!).display,
      ),
    );
    assert.deepEqual(hidden, ['none', 'none', 'none']);
    await context.close();
  });

  test('save ("Lưu bài") downloads the article as one HTML file without scripts', async () => {
    const res = await fetch(`${demo.url}${ARTICLE}?save=1`);
    assert.match(res.headers.get('content-disposition') ?? '', /^attachment; filename=".+\.html"$/);
    const html = await res.text();
    assert.ok(html.includes('HOÀNG PHƯƠNG'));
    assert.ok(!/<script[^>]*src=/.test(html));
  });
});
