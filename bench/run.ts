/**
 * `npm run bench`: every benchmark in one run, printed as a table and written as JSON to
 * bench/results/. Speed is reported as ratios against a baseline measured in the same run, never
 * asserted; only the byte budgets gate CI (scripts/size.mjs --check).
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import { cpus } from 'node:os';
import { runServerBench } from './server-render.js';
import { runHydrationBench } from './hydration.js';
import { runViewCountBench, printViewCountBench } from './view-count.js';
import { runLighthouseBench, printLighthouseBench } from './lighthouse.js';
// @ts-expect-error: plain ESM script without types
import { runAwardFilterBench } from './award-filter.mjs';
// @ts-expect-error: plain ESM script without types
import { measureAll } from '../scripts/size.mjs';

const started = Date.now();
const line = (s = '') => console.log(s);

line('## Server: a page of N `<gov-article-card>`s (ratio to the hand-written string baseline, median)');
const server = await runServerBench();
line('| cards | variant | median ms | ratio |');
line('|---:|---|---:|---:|');
for (const r of server)
  line(`| ${r.cards} | ${r.variant} | ${r.medianMs.toFixed(3)} | ${r.ratio.toFixed(2)}× |`);

line();
line('## Browser (Chromium): hydrating 100 server-rendered cards vs rendering 100 fresh');
// Cold: the cards make the page's first Intl call (ICU start-up, which hydration now skips).
// Warm: the page already used Intl, the case of a portal page with other scripts.
const hydration = await runHydrationBench();
const hydrationWarm = await runHydrationBench({ warmIntl: true });
line('| page | fresh render ms | hydration ms | hydration / fresh | layout shift during hydration |');
line('|---|---:|---:|---:|---:|');
for (const [page, h] of [
  ['cards make the first Intl call', hydration],
  ['Intl already used on the page', hydrationWarm],
] as const) {
  line(`| ${page} | ${h.freshMs} | ${h.hydrateMs} | ${h.ratio}× | ${h.hydrationLayoutShift} |`);
}

line();
line('## Browser (Chromium): award-list filter keystroke, 2,000 recipients');
const filter = await runAwardFilterBench();
line('| median ms (input → render) | p90 ms | median with layout ms | keystrokes |');
line('|---:|---:|---:|---:|');
line(`| ${filter.medianMs} | ${filter.p90Ms} | ${filter.medianWithLayoutMs} | ${filter.runs} |`);

line();
line(
  '## Counting views: POSTs from distinct clients over loopback HTTP (3,000 at concurrency 50, median of 3)',
);
const viewCounts = await runViewCountBench();
printViewCountBench(viewCounts, line);

line();
line('## Lighthouse 12.2.3 on the demo portal (scores; performance moves with the machine load)');
const lighthouse = await runLighthouseBench();
printLighthouseBench(lighthouse, line);

line();
line('## Bytes (min+gzip; entries on top of Lit core)');
const sizes = await measureAll();
line('| entry | min | min+gzip | budget |');
line('|---|---:|---:|---:|');
for (const r of sizes)
  line(
    `| ${r.name} | ${(r.min / 1024).toFixed(2)} KB | ${(r.gz / 1024).toFixed(2)} KB | ${r.budget ? `${(r.budget / 1024).toFixed(2)} KB${r.over ? ' **over**' : ''}` : '—'} |`,
  );

const result = {
  date: new Date().toISOString(),
  node: process.version,
  cpus: cpus().length,
  seconds: Math.round((Date.now() - started) / 1000),
  server,
  hydration,
  hydrationWarm,
  filter,
  viewCounts,
  lighthouse,
  sizes,
};
mkdirSync(new URL('./results/', import.meta.url), { recursive: true });
const file = new URL(`./results/bench-${result.date.replace(/[:.]/g, '-')}.json`, import.meta.url);
writeFileSync(file, JSON.stringify(result, null, 2));
line();
line(`(${result.seconds} s; JSON in bench/results/)`);
