// Benchmark: <gov-award-list> with a big decision, in Chromium — the first render and layout,
// and one filter keystroke — at 2,000 and 20,000 recipients.
//
//   node bench/award-filter.mjs [--sizes 2000,20000] [--rounds 3] [--loads 3] [--first-only]
//                                prints first render + layout and keystroke medians per size
//                                (--first-only: the first render alone, no keystrokes)
//   import { runAwardFilterBench }   returns { medianMs, runs, … } for one size (`npm run bench`)
//   import { runAwardListBench }     the same for several sizes
//
// The element (src/elements/award-list/define.ts, Lit production build) and the deterministic
// recipient list (test/fixtures/award-list/samples.ts — illustrative names) are bundled in memory
// with esbuild and served from a tiny node:http server on 127.0.0.1, in a 1000×800 viewport.
//
// First render: a fresh page per load; the time from appending the element (decision already
// built) to its `updateComplete`, then to the end of a forced layout (style + layout of the whole
// page), then to the next frame (paint included), and until every row is in the DOM (the element
// may add rows a chunk at a time after its first frame). Median over `loads` page loads.
// Keystroke: each sets the input's value and dispatches `input`, as typing does; the time is taken
// from that event to the element's `updateComplete` (the updated render is in the DOM), and
// separately to the end of the next forced layout. Speed is measured here, never asserted in tests.
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { browserBundle } from '../scripts/browser-bundle.mjs';
import { chromium } from 'playwright-core';
import { chromiumArgs } from '../scripts/chromium.mjs';

/** Queries typed one character at a time; each prefix is one keystroke (then cleared, as a reader does). */
const QUERIES = ['nguyen van an', 'đặng thị', 'to dan pho 12', 'bi thu', 'hoang phuong', 'tran'];

const PAGE_ENTRY = `
import './src/elements/award-list/define.ts';
import { largeDecision } from './test/fixtures/award-list/samples.ts';

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

window.__setup = async (recipients) => {
  const el = document.createElement('gov-award-list');
  el.lang = 'vi';
  el.decision = largeDecision(recipients);
  await nextFrame();
  const start = performance.now();
  document.body.append(el);
  await el.updateComplete;
  const rendered = performance.now();
  void el.getBoundingClientRect(); // style + layout of the whole page
  const laidOut = performance.now();
  await nextFrame();
  const painted = performance.now();
  // The element may add its rows a chunk a task: wait (a minute at most) until every row is in.
  const rowCount = () => el.shadowRoot.querySelectorAll('[part~=recipient]').length;
  while (rowCount() < recipients && performance.now() - start < 60_000) await nextFrame();
  const allRows = performance.now();
  void el.getBoundingClientRect();
  return {
    rows: rowCount(),
    renderMs: rendered - start,
    layoutMs: laidOut - start,
    frameMs: painted - start,
    allRowsMs: allRows - start,
  };
};

window.__type = async (query) => {
  const el = document.querySelector('gov-award-list');
  const input = el.shadowRoot.querySelector('input[type=search]');
  const render = [];
  const layout = [];
  const type = async (value) => {
    input.value = value;
    const start = performance.now();
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await el.updateComplete;
    const rendered = performance.now();
    void el.shadowRoot.firstElementChild.getBoundingClientRect(); // style + layout of the change
    const laidOut = performance.now();
    render.push(rendered - start);
    layout.push(laidOut - start);
  };
  for (let i = 1; i <= query.length; i++) await type(query.slice(0, i));
  await type('');
  return { render, layout, shown: el.shadowRoot.querySelectorAll('[part~=recipient]:not([hidden])').length };
};
`;

const bundle = () => browserBundle({ contents: PAGE_ENTRY, name: 'award-filter-page.ts' });

function serve(script) {
  const page =
    '<!doctype html><html lang="vi"><meta charset="utf-8"><title>award filter bench</title>' +
    '<body><script type="module" src="/bench.js"></script></body></html>';
  const server = createServer((req, res) => {
    if (req.url === '/bench.js')
      res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' }).end(script);
    else res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};
const percentile = (xs, p) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];
const round = (x) => Math.round(x * 100) / 100;

/** A fresh page holding the bench bundle; page errors are collected in `errors`. */
async function openPage(browser, port, errors) {
  const page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
  page.on('pageerror', (e) => errors.push(e));
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.waitForFunction(() => typeof window.__setup === 'function');
  return page;
}

/** One size: `loads` fresh pages for the first render, then keystrokes on the last page. */
async function benchOneSize(browser, port, { recipients, rounds, loads, typing }) {
  const errors = [];
  const firstRenders = [];
  let page;
  for (let load = 0; load < loads; load++) {
    await page?.close();
    page = await openPage(browser, port, errors);
    const first = await page.evaluate((n) => window.__setup(n), recipients);
    if (first.rows !== recipients) throw new Error(`expected ${recipients} rows, rendered ${first.rows}`);
    firstRenders.push(first);
  }
  const render = [];
  const layout = [];
  for (let round = 0; typing && round <= rounds; round++) {
    for (const query of QUERIES) {
      const typed = await page.evaluate((q) => window.__type(q), query);
      if (typed.shown !== recipients) throw new Error('clearing the filter did not show every row again');
      // Round 0 is a warm-up.
      if (round > 0 || rounds === 0) {
        render.push(...typed.render);
        layout.push(...typed.layout);
      }
    }
  }
  await page.close();
  if (errors.length) throw errors[0];
  const firstMedian = (key) => round(median(firstRenders.map((f) => f[key])));
  const first = {
    recipients,
    firstRenderMs: firstMedian('renderMs'),
    firstLayoutMs: firstMedian('layoutMs'),
    firstFrameMs: firstMedian('frameMs'),
    allRowsMs: firstMedian('allRowsMs'),
    loads,
  };
  if (!typing) return first;
  return {
    ...first,
    medianMs: round(median(render)),
    runs: render.length,
    p90Ms: round(percentile(render, 90)),
    medianWithLayoutMs: round(median(layout)),
    p90WithLayoutMs: round(percentile(layout, 90)),
    worstWithLayoutMs: round(Math.max(...layout)),
  };
}

/**
 * Runs the benchmark for each of `sizes` (2,000 and 20,000 recipients). `rounds` of the query
 * list after one warm-up round (3), `loads` fresh pages for the first render (3). Returns one
 * result per size: first render (`firstRenderMs`, with layout `firstLayoutMs`, to the next frame
 * `firstFrameMs`, until every row is in `allRowsMs`, medians) and keystrokes (`medianMs` input →
 * render, `medianWithLayoutMs`, p90, worst, `runs` keystrokes measured). `typing: false` measures
 * the first render alone.
 */
export async function runAwardListBench({
  sizes = [2000, 20000],
  rounds = 3,
  loads = 3,
  typing = true,
} = {}) {
  const script = await bundle();
  const server = await serve(script);
  const executablePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
  const browser = await chromium.launch({ executablePath, headless: true, args: chromiumArgs });
  try {
    // A discarded warm-up page: the browser's first page pays for starting up, not the first size.
    await benchOneSize(browser, server.address().port, {
      recipients: 100,
      rounds: 0,
      loads: 1,
      typing: false,
    });
    const results = [];
    for (const recipients of sizes) {
      results.push(await benchOneSize(browser, server.address().port, { recipients, rounds, loads, typing }));
    }
    return results;
  } finally {
    await browser.close();
    server.closeAllConnections();
    server.close();
  }
}

/** One size (2,000 recipients by default): `{ medianMs, runs, p90Ms, medianWithLayoutMs, firstLayoutMs, … }` */
export async function runAwardFilterBench({ recipients = 2000, rounds = 3, loads = 3 } = {}) {
  const [result] = await runAwardListBench({ sizes: [recipients], rounds, loads });
  return result;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const options = {
    sizes: { type: 'string' },
    rounds: { type: 'string' },
    loads: { type: 'string' },
    'first-only': { type: 'boolean' },
  };
  const { values } = parseArgs({ options });
  const results = await runAwardListBench({
    sizes: values.sizes?.split(',').map(Number),
    rounds: values.rounds ? Number(values.rounds) : undefined,
    loads: values.loads ? Number(values.loads) : undefined,
    typing: !values['first-only'],
  });
  for (const r of results) {
    const first =
      `award-list, ${r.recipients} recipients: first render ${r.firstRenderMs} ms, ` +
      `with layout ${r.firstLayoutMs} ms, to the next frame ${r.firstFrameMs} ms, ` +
      `every row in the DOM ${r.allRowsMs} ms (median of ${r.loads} loads)`;
    if (r.runs === undefined) {
      console.log(first);
      continue;
    }
    console.log(
      `${first}; keystroke median ${r.medianMs} ms ` +
        `(input → render complete), p90 ${r.p90Ms} ms; with layout median ${r.medianWithLayoutMs} ms, ` +
        `p90 ${r.p90WithLayoutMs} ms, worst ${r.worstWithLayoutMs} ms; ${r.runs} keystrokes`,
    );
  }
}
