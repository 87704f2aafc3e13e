// A Node server rendering with the package: render.mjs writes a card and a whole page. The HTML
// must carry declarative shadow roots, and Chromium with JavaScript off must show the content:
// what a reader sees before any script runs. Then the same page hydrated in Chromium by the
// package's browser entries (hydrate.mjs): no hydration error, and the server's DOM kept as it was.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { run, serveStatic, openPage, sees, textOf, shadowRootsOf, bundle } from '../support.mjs';

export const versions = ['lit', '@lit-labs/ssr', '@lit-labs/ssr-client'];

const TAGS = ['gov-article-card', 'gov-view-counter', 'gov-award-list', 'gov-weather'];

export async function check({ dir, browser, report: { check } }) {
  const rendered = await run(process.execPath, ['render.mjs'], { cwd: dir });
  if (!check(rendered.code === 0, 'node render.mjs renders a card and a page', rendered.output.trim()))
    return;

  const card = readFileSync(join(dir, 'out/card.html'), 'utf8');
  const cardText = textOf(shadowRootsOf(card, 'gov-article-card')[0] ?? '');
  const headline = 'Quang Trung sơ kết giữa nhiệm kỳ Đại hội Đảng bộ phường';
  check(
    cardText.includes(headline) && cardText.includes('Ngày đăng 15/03/2023 | 19:52 | 55 lượt xem'),
    'card: a declarative shadow root with the headline and "Ngày đăng 15/03/2023 | 19:52 | 55 lượt xem"',
    cardText.slice(0, 160),
  );

  const page = readFileSync(join(dir, 'out/page.html'), 'utf8');
  const nonce = readFileSync(join(dir, 'out/nonce.txt'), 'utf8');
  check(
    /^<!doctype html>\s*<html lang="vi">/i.test(page) && /<\/body>\s*<\/html>\s*$/.test(page),
    'page: a whole document',
  );
  check(page.includes(`<title>${headline}</title>`), 'page: the headline as <title>');
  check(
    page.includes(`<meta property="og:title" content="${headline}">`) &&
      page.includes(`<script nonce="${nonce}" type="application/ld+json">`),
    'page: Open Graph tags, and NewsArticle JSON-LD under the CSP nonce',
  );
  const roots = Object.fromEntries(
    ['gov-article-card', 'gov-view-counter', 'gov-award-list', 'gov-weather'].map((tag) => [
      tag,
      shadowRootsOf(page, tag).length,
    ]),
  );
  check(
    Object.values(roots).every((n) => n === 1),
    'page: each of the four elements has its declarative shadow root',
    JSON.stringify(roots),
  );

  // The page as a reader's browser shows it with scripts off: declarative shadow DOM only.
  const server = await serveStatic(join(dir, 'out'));
  const tab = await openPage(browser, { javaScriptEnabled: false });
  try {
    await tab.goto(`${server.origin}/page.html`);
    const seen = {
      'gov-article-card': [headline, '15/03/2023 | 19:52', '55 lượt xem', 'HOÀNG PHƯƠNG'],
      'gov-view-counter': ['55 lượt xem'],
      'gov-award-list': ['Giấy khen', 'Nguyễn Văn An'],
      'gov-weather': ['Hà Nội'],
    };
    const unseen = [];
    for (const [tag, texts] of Object.entries(seen)) {
      for (const text of texts) if (!(await sees(tab.locator(tag), text))) unseen.push(`${tag}: ${text}`);
    }
    const all = Object.values(seen)
      .flat()
      .map((t) => `"${t}"`);
    check(
      !unseen.length,
      `Chromium, JavaScript off, shows ${[...new Set(all)].join(', ')}`,
      `not seen: ${unseen.join('; ')}`,
    );
    check(!tab.problems.length, 'no page errors, no request off 127.0.0.1', tab.problems.join('; '));
  } finally {
    await tab.context().close();
  }

  try {
    await hydration({ dir, browser, origin: server.origin, check });
  } finally {
    await server.close();
  }
}

/**
 * The server's page hydrated in Chromium. Lit compares each template with the one the server
 * rendered (a digest of its strings) and throws on a difference, so this fails if the server and
 * the browser entries did not load the same templates (e.g. minified on one side only). Before the
 * module runs, each shadow root's first element and text are noted; after hydration the same node
 * must be there with the same text (hydration adopts the server's DOM, it does not render anew).
 */
async function hydration({ dir, browser, origin, check }) {
  try {
    await bundle({ cwd: dir, entry: join(dir, 'hydrate.mjs'), outfile: join(dir, 'out/hydrate.js') });
  } catch (error) {
    check(false, 'esbuild bundles hydrate.mjs from the installed package', error.message.split('\n')[0]);
    return;
  }
  const tab = await openPage(browser);
  // readyState turns "interactive" when the HTML is parsed, before module scripts run. The text
  // compared leaves out styles and what changes after hydration by design: the weather's "updated"
  // line, which turns relative ("5 phút trước", stale or not), and its reading times, which add
  // their date once the reader's clock says they are from another day (before hydration "today" is
  // the report's day, so the server and the first render agree); and the award list's toolbar,
  // whose filter and CSV button are added right after hydration (they work only with JavaScript).
  await tab.addInitScript((tags) => {
    window.shownText = (root) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      let text = '';
      while (walker.nextNode()) {
        const parent = walker.currentNode.parentElement;
        if (!parent?.closest('style, [part~="updated"], [part~="toolbar"], [part~="details"] time'))
          text += walker.currentNode.data;
      }
      return text.replace(/\s+/g, ' ').trim();
    };
    document.addEventListener('readystatechange', () => {
      if (document.readyState !== 'interactive') return;
      window.serverRendered = tags.map((tag) => {
        const root = document.querySelector(tag)?.shadowRoot;
        return { tag, first: root?.firstElementChild, text: root && window.shownText(root) };
      });
    });
  }, TAGS);
  try {
    await tab.goto(`${origin}/hydrate.html`);
    const hydrated = await tab
      .waitForFunction(() => window.hydrated, undefined, { timeout: 15000 })
      .then(
        () => true,
        () => false,
      );
    if (!check(hydrated, 'Chromium hydrates hydrate.html with the package', tab.problems.join('; '))) return;
    const kept = await tab.evaluate(async () => {
      const results = [];
      for (const { tag, first, text } of window.serverRendered) {
        const element = document.querySelector(tag);
        await element.updateComplete.catch(() => {});
        const root = element.shadowRoot;
        const now = window.shownText(root);
        results.push({
          tag,
          ok: Boolean(first) && root.firstElementChild === first && now === text,
          text,
          now,
        });
      }
      return results;
    });
    const changed = kept.filter((result) => !result.ok);
    check(
      kept.length === TAGS.length && !changed.length,
      `hydration keeps the server's shadow DOM and text of ${TAGS.join(', ')}`,
      changed.map((c) => `${c.tag}: ${JSON.stringify(c.text)} → ${JSON.stringify(c.now)}`).join('; '),
    );
    // Hydrated bindings are live: a new count reaches the server-rendered counter.
    await tab.evaluate(() => document.querySelector('gov-view-counter').setAttribute('count', '1234'));
    check(
      await sees(tab.locator('gov-view-counter'), '1.234 lượt xem'),
      'after hydration, the counter shows a new count (1.234 lượt xem)',
    );
    check(!tab.problems.length, 'hydration: no hydration or page errors', tab.problems.join('; '));
  } finally {
    await tab.context().close();
  }
}
