// Benchmark: hydrating 100 server-rendered article cards versus rendering 100 fresh on the client,
// in Chromium, with the layout shift measured while hydration happens.
//
//   node --import tsx bench/hydration.ts
//
// Both pages load the same production bundle, which defines nothing until told to. The fresh page
// then inserts 100 plain <gov-article-card> tags and defines the elements; the hydration page
// already holds the server HTML of the same 100 cards (from src/server) and only defines them.
// Time: from define to every card's updateComplete. Medians over repeated page loads (the first
// pair a discarded warm-up; the order alternates), and every page must show the same 100 cards.
import { createServer, type Server } from 'node:http';
import { fileURLToPath } from 'node:url';
import { browserBundle } from '../scripts/browser-bundle.mjs';
import { chromium } from 'playwright-core';
import { html } from 'lit';
import { chromiumArgs } from '../scripts/chromium.mjs';
import { renderToString } from '../src/server/render.js';
import '../src/elements/article-card/define.js';
import { benchArticles, cardAttributes } from './articles.js';

const CLIENT = `
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { GovArticleCard } from './src/elements/article-card/gov-article-card.ts';
import { GovViewCounter } from './src/elements/view-counter/gov-view-counter.ts';
window.__defineAndWait = async (warmIntl) => {
  // A page whose scripts already used Intl (a date in the portal's zone, a Vietnamese number):
  // ICU has started, so neither path pays its start-up inside the timing.
  if (warmIntl) new Intl.DateTimeFormat('vi', { timeZone: 'Asia/Ho_Chi_Minh', dateStyle: 'short', timeStyle: 'medium' }).format(0) + (1234).toLocaleString('vi');
  const shifts = [];
  new PerformanceObserver((list) => { for (const e of list.getEntries()) shifts.push(e.value); }).observe({ type: 'layout-shift', buffered: false });
  const t0 = performance.now();
  customElements.define('gov-view-counter', GovViewCounter);
  customElements.define('gov-article-card', GovArticleCard);
  const cards = [...document.querySelectorAll('gov-article-card')];
  await Promise.all(cards.map((c) => c.updateComplete));
  await Promise.all(cards.flatMap((c) => [...c.shadowRoot.querySelectorAll('gov-view-counter')].map((v) => v.updateComplete)));
  const t1 = performance.now();
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  // Untimed: what each card shows (elements, attributes in any order, text), to check both pages show the same.
  const shown = (article) => [article, ...article.querySelectorAll('*')].map((e) => e.localName + [...e.attributes].map((a) => ' ' + a.name + '=' + a.value).sort().join('')).join('|') + '|' + article.textContent;
  return { ms: t1 - t0, shift: shifts.reduce((a, b) => a + b, 0), cards: cards.length, hydratedCopies: cards.filter((c) => c.shadowRoot.querySelectorAll('article').length !== 1).length, shown: cards.map((c) => shown(c.shadowRoot.querySelector('article'))) };
};
`;

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const round = (x: number) => Math.round(x * 100) / 100;

export async function runHydrationBench({ cards = 100, loads = 15, warmIntl = false } = {}) {
  const script = await browserBundle({ contents: CLIENT, name: 'hydration-bench.ts' });

  const articles = benchArticles(cards);
  const plain = articles.map((a) => `<gov-article-card ${cardAttributes(a)}></gov-article-card>`).join('\n');
  // The same cards through our server path; top-level elements hydrate themselves.
  const ssr = articles
    .map((a) =>
      renderToString(
        html`<gov-article-card
          lang="vi"
          headline=${a.headline}
          href=${a.url!}
          summary=${a.summary!}
          section=${a.section!.name}
          author=${a.authors[0]!.name}
          published=${a.publishedAt!}
          views=${a.viewCount!}
          image-src=${a.images[0]!.src}
          image-alt=${a.images[0]!.alt}
          image-width=${a.images[0]!.width!}
          image-height=${a.images[0]!.height!}
        ></gov-article-card>`,
      ),
    )
    .join('\n');
  const page = (body: string) =>
    `<!doctype html><html lang="vi"><meta charset="utf-8"><title>hydration bench</title><style>body{margin:0;font:16px system-ui;inline-size:1000px}</style><body><main>${body}</main><script type="module" src="/bench.js"></script></body></html>`;
  const pages: Record<string, string> = { '/fresh': page(plain), '/hydrate': page(ssr) };
  const server: Server = createServer((req, res) => {
    if (req.url === '/bench.js') res.writeHead(200, { 'content-type': 'text/javascript' }).end(script);
    else if (req.url === '/img.svg')
      res
        .writeHead(200, { 'content-type': 'image/svg+xml' })
        .end(
          '<svg xmlns="http://www.w3.org/2000/svg" width="800" height="450"><rect width="800" height="450" fill="#ccd"/></svg>',
        );
    else
      res
        .writeHead(200, { 'content-type': 'text/html; charset=utf-8', connection: 'close' })
        .end(pages[req.url ?? ''] ?? '');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as { port: number }).port;
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: chromiumArgs,
  });
  const results: Record<string, { ms: number[]; shift: number[] }> = {
    fresh: { ms: [], shift: [] },
    hydrate: { ms: [], shift: [] },
  };
  try {
    let shown: string[] | undefined; // what the first page's cards showed: every page must show the same
    // Load 0 is a warm-up (discarded); each pair alternates which page goes first, so neither
    // always follows the other's tab teardown.
    for (let i = 0; i <= loads; i++) {
      for (const kind of i % 2 ? (['hydrate', 'fresh'] as const) : (['fresh', 'hydrate'] as const)) {
        const tab = await browser.newPage({ viewport: { width: 1000, height: 800 } });
        const errors: string[] = [];
        tab.on('pageerror', (e) => errors.push(e.message));
        await tab.goto(`http://127.0.0.1:${port}/${kind}`);
        await tab.waitForFunction(
          () => typeof (window as unknown as { __defineAndWait?: unknown }).__defineAndWait === 'function',
        );
        const r = await tab.evaluate(
          (warm) =>
            (
              window as unknown as {
                __defineAndWait: (warm: boolean) => Promise<{
                  ms: number;
                  shift: number;
                  cards: number;
                  hydratedCopies: number;
                  shown: string[];
                }>;
              }
            ).__defineAndWait(warm),
          warmIntl,
        );
        if (errors.length) throw new Error(`${kind}: ${errors[0]}`);
        if (r.cards !== cards || r.hydratedCopies)
          throw new Error(`${kind}: ${r.cards} cards, ${r.hydratedCopies} with a second copy`);
        shown ??= r.shown;
        const differs = r.shown.findIndex((x, n) => x !== shown![n]);
        if (differs >= 0)
          throw new Error(`${kind}: card ${differs} differs from the same card on the first page`);
        if (i > 0) {
          results[kind]!.ms.push(r.ms);
          results[kind]!.shift.push(r.shift);
        }
        await tab.close();
      }
    }
  } finally {
    await browser.close();
    server.closeAllConnections();
    server.close();
  }
  const fresh = median(results.fresh!.ms);
  const hydrate = median(results.hydrate!.ms);
  return {
    cards,
    loads,
    warmIntl,
    freshMs: round(fresh),
    hydrateMs: round(hydrate),
    ratio: round(hydrate / fresh),
    hydrationLayoutShift: round(Math.max(...results.hydrate!.shift)),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(await runHydrationBench(), await runHydrationBench({ warmIntl: true }));
}
