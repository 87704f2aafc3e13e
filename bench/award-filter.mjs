// Benchmark: one filter keystroke in <gov-award-list> holding 2,000 recipients, in Chromium.
//
//   node bench/award-filter.mjs          prints the median and the spread
//   import { runAwardFilterBench }       returns { medianMs, runs, … } for `npm run bench`
//
// The element (src/elements/award-list/define.ts, Lit production build) and the deterministic
// 2,000-recipient list (test/fixtures/award-list/samples.ts — illustrative names) are bundled in
// memory with esbuild and served from a tiny node:http server on 127.0.0.1. Each keystroke sets
// the input's value and dispatches `input`, as typing does; the time is taken from that event to
// the element's `updateComplete` (the updated render is in the DOM), and separately to the next
// forced layout. Speed is measured here, never asserted in tests.
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { browserBundle } from '../scripts/browser-bundle.mjs';
import { chromium } from 'playwright-core';
import { chromiumArgs } from '../scripts/chromium.mjs';


/** Queries typed one character at a time; each prefix is one keystroke (then cleared, as a reader does). */
const QUERIES = ['nguyen van an', 'đặng thị', 'to dan pho 12', 'bi thu', 'hoang phuong', 'tran'];

const PAGE_ENTRY = `
import './src/elements/award-list/define.ts';
import { largeDecision } from './test/fixtures/award-list/samples.ts';

window.__setup = async (n) => {
  const el = document.createElement('gov-award-list');
  el.lang = 'vi';
  el.decision = largeDecision(n);
  document.body.append(el);
  await el.updateComplete;
  return el.shadowRoot.querySelectorAll('[part~=recipient]').length;
};

window.__type = async (query) => {
  const el = document.querySelector('gov-award-list');
  const input = el.shadowRoot.querySelector('input[type=search]');
  const render = [];
  const layout = [];
  const type = async (value) => {
    input.value = value;
    const t0 = performance.now();
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await el.updateComplete;
    const t1 = performance.now();
    void el.shadowRoot.firstElementChild.getBoundingClientRect(); // style + layout of the change
    const t2 = performance.now();
    render.push(t1 - t0);
    layout.push(t2 - t0);
  };
  for (let i = 1; i <= query.length; i++) await type(query.slice(0, i));
  await type('');
  return { render, layout, shown: el.shadowRoot.querySelectorAll('[part~=recipient]:not([hidden])').length };
};
`;

const bundle = () => browserBundle({ contents: PAGE_ENTRY, name: 'award-filter-page.ts' });

function serve(script) {
  const page = '<!doctype html><html lang="vi"><meta charset="utf-8"><title>award filter bench</title><body><script type="module" src="/bench.js"></script></body></html>';
  const server = createServer((req, res) => {
    if (req.url === '/bench.js') res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' }).end(script);
    else res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};
const percentile = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];
const round = (x) => Math.round(x * 100) / 100;

/**
 * Runs the benchmark. Options: `recipients` (2,000), `rounds` of the query list after one
 * warm-up round (3). Returns `{ medianMs, runs }` — the median keystroke time (input event →
 * render complete) and the number of keystrokes measured — plus p90 and the time with layout.
 */
export async function runAwardFilterBench({ recipients = 2000, rounds = 3 } = {}) {
  const script = await bundle();
  const server = await serve(script);
  const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', headless: true, args: chromiumArgs });
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e));
    await page.goto(`http://127.0.0.1:${server.address().port}/`);
    await page.waitForFunction(() => typeof window.__setup === 'function');
    const rows = await page.evaluate((n) => window.__setup(n), recipients);
    if (rows !== recipients) throw new Error(`expected ${recipients} rows, rendered ${rows}`);
    const render = [];
    const layout = [];
    for (let round = 0; round <= rounds; round++) {
      for (const query of QUERIES) {
        const r = await page.evaluate((q) => window.__type(q), query);
        if (r.shown !== recipients) throw new Error('clearing the filter did not show every row again');
        if (round > 0) {
          render.push(...r.render);
          layout.push(...r.layout);
        }
      }
    }
    if (errors.length) throw errors[0];
    return {
      medianMs: round(median(render)),
      runs: render.length,
      p90Ms: round(percentile(render, 90)),
      medianWithLayoutMs: round(median(layout)),
      recipients,
    };
  } finally {
    await browser.close();
    server.closeAllConnections();
    server.close();
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const r = await runAwardFilterBench();
  console.log(
    `award-list filter, ${r.recipients} recipients: median ${r.medianMs} ms per keystroke (input → render complete), ` +
      `p90 ${r.p90Ms} ms, median with layout ${r.medianWithLayoutMs} ms, ${r.runs} keystrokes`,
  );
}
