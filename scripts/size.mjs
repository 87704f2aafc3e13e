// Bytes budgets, measured on what is shipped: the built dist/ (template literals already minified
// by scripts/build.mjs), never src/.
// - An element entry (dist/elements/<name>/define.js, …) is bundled and minified with esbuild and
//   gzipped (level 9). "On top of Lit" is what it adds to a page bundle that already has Lit:
//     gz(Lit core + entry) − gz(Lit core)
//   so the element's own code, styles and any Lit directive it pulls in are counted, and Lit's core
//   is not.
// - A CDN file is measured as the file itself, exactly as shipped: gzip -9 of dist/cdn/….js.
// Prints a table; with --check exits 1 naming every entry over its budget. Fails with one line if
// dist/ is missing or older than src/. Used by CI and by `npm run bench` (measureAll).
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const KB = 1024;

/**
 * name; entry (bundled on top of Lit) or file (measured as shipped); budget in bytes; gate: a CI
 * limit above the budget while the budget is not met yet.
 */
export const ENTRIES = [
  // Budgets are the owners' (DESIGN.md). Where an entry is over its budget since the readable-source
  // work (issue "Readable source…": view models apart from templates, the model's rules read through
  // one reader, one date reader), `gate` holds it at the size measured when that work landed, so CI
  // stops any growth while the owners decide between larger budgets and dropping features. Remove a
  // `gate` once its entry is back within budget.
  { name: 'article-card', entry: 'dist/elements/article-card/define.js', budget: 5 * KB, gate: 5.25 * KB },
  { name: 'view-counter', entry: 'dist/elements/view-counter/define.js', budget: 2 * KB },
  { name: 'award-list', entry: 'dist/elements/award-list/define.js', budget: 5.5 * KB, gate: 7.05 * KB },
  { name: 'weather', entry: 'dist/elements/weather/define.js', budget: 6.5 * KB, gate: 7.75 * KB },
  {
    name: 'weather + open-meteo adapter',
    entry: 'dist/elements/weather/with-open-meteo.js',
    budget: 8.5 * KB,
    gate: 9.65 * KB,
    note: 'adapter ≤ 2 KB over weather',
  },
  { name: 'model', entry: 'dist/model/index.js' },
  { name: 'format', entry: 'dist/format/index.js' },
  {
    name: 'CDN file, Lit included',
    file: 'dist/cdn/gov-portal-elements.js',
    budget: 21 * KB,
    gate: 23.25 * KB,
  },
  { name: 'CDN open-meteo add-on (alone)', file: 'dist/cdn/open-meteo.js' },
];

/** The file that scripts/build.mjs writes last of the JavaScript: dist/ is as new as it is. */
const BUILT = 'dist/cdn/gov-portal-elements.js';

const newest = (dir) =>
  readdirSync(dir, { withFileTypes: true }).reduce((latest, entry) => {
    const path = join(dir, entry.name);
    return Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }, 0);

/** Why dist/ cannot be measured (missing, or older than src/), in one line; undefined if it can. */
export function distProblem() {
  if (!existsSync(`${root}${BUILT}`))
    return `size: dist/ is not built (no ${BUILT}): run \`npm run build\` first`;
  if (newest(`${root}src`) > statSync(`${root}${BUILT}`).mtimeMs)
    return 'size: dist/ is older than src/ (a source file changed since the build): run `npm run build` first';
  return undefined;
}

const sizes = (code) => ({ min: code.length, gz: gzipSync(code, { level: 9 }).length });

async function minified(contents) {
  const result = await build({
    stdin: { contents, resolveDir: root, loader: 'js', sourcefile: 'size-entry.js' },
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    legalComments: 'none',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  });
  return sizes(result.outputFiles[0].contents);
}

let litCore;
/** Lit core alone, the baseline subtracted from every "on top of Lit" figure. */
export const measureLit = () => (litCore ??= minified(`export * from 'lit';`));

/**
 * One row's bytes: `{ file }` as shipped, else `entry` (a path under the repository, e.g.
 * 'dist/elements/weather/define.js') bundled on top of Lit, or with Lit when `bundleLit`.
 */
export async function measure(entry, { file, bundleLit = false } = {}) {
  if (file) return sizes(readFileSync(`${root}${file}`));
  if (bundleLit) return minified(`export * from './${entry}';`);
  const lit = await measureLit();
  const both = await minified(`export * from 'lit';\nexport * from './${entry}';`);
  return { min: both.min - lit.min, gz: both.gz - lit.gz };
}

/** Every row of the table; throws (with distProblem's line) when dist/ cannot be measured. */
export async function measureAll() {
  const problem = distProblem();
  if (problem) throw new Error(problem);
  const lit = await measureLit();
  const rows = [{ name: 'Lit core (baseline, not counted above)', entry: 'lit', ...lit, over: false }];
  for (const e of ENTRIES) {
    const path = e.file ?? e.entry;
    if (!existsSync(`${root}${path}`)) throw new Error(`size: ${path} is missing: run \`npm run build\``);
    const size = await measure(e.entry, e);
    rows.push({
      ...e,
      entry: path,
      ...size,
      over: e.budget !== undefined && size.gz > e.budget,
      failsGate: size.gz > (e.gate ?? e.budget ?? Infinity),
    });
  }
  const adapter = rows.find((r) => r.name.startsWith('weather +'));
  const weather = rows.find((r) => r.name === 'weather');
  const extra = adapter.gz - weather.gz;
  rows.push({
    name: 'open-meteo adapter (difference)',
    entry: '',
    min: adapter.min - weather.min,
    gz: extra,
    budget: 2 * KB,
    over: extra > 2 * KB,
    failsGate: extra > 2 * KB,
  });
  return rows;
}

const fmt = (n) => `${(n / KB).toFixed(2)} KB`;

if (import.meta.url === `file://${process.argv[1]}`) {
  const problem = distProblem();
  if (problem) {
    console.error(problem);
    process.exit(1);
  }
  const rows = await measureAll();
  console.log('entry'.padEnd(36), 'min'.padStart(10), 'min+gzip'.padStart(10), 'budget'.padStart(10));
  for (const r of rows) {
    let verdict = '';
    if (r.over && r.failsGate) verdict = '  OVER BUDGET';
    else if (r.over) verdict = `  OVER BUDGET (CI gate ${fmt(r.gate)}: budget not met yet)`;
    console.log(
      r.name.padEnd(36),
      fmt(r.min).padStart(10),
      fmt(r.gz).padStart(10),
      (r.budget ? fmt(r.budget) : '—').padStart(10),
      verdict,
    );
  }
  if (process.argv.includes('--json')) console.log(JSON.stringify(rows));
  const over = rows.filter((r) => r.failsGate);
  if (process.argv.includes('--check') && over.length) {
    for (const r of over) {
      const limit = fmt(r.gate ?? r.budget);
      console.error(`Size budget exceeded: ${r.name} is ${fmt(r.gz)} min+gzip, limit ${limit} (${r.entry}).`);
    }
    process.exit(1);
  }
}
