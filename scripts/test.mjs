// `npm test`: every test, Node then browser, ending with one line "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumOrExit, ensureJava } from './chromium.mjs';
import { startServices } from './services.mjs';

const root = new URL('..', import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), 'gov-test-'));
const totals = { passed: 0, failed: 0 };
let exitCode = 0;

function listTests(dir) {
  if (!existsSync(join(root, dir))) return [];
  return readdirSync(join(root, dir), { recursive: true })
    .filter((f) => String(f).endsWith('.test.ts'))
    .map((f) => join(dir, String(f)))
    .sort();
}

// 1. Node: model, format, server (and anything else under test/node).
const nodeFiles = listTests('test/node');
if (nodeFiles.length) {
  ensureJava(); // for test/node/html-validity.test.ts (the Nu HTML checker)
  const tap = join(work, 'node.tap');
  // Redis and PostgreSQL for the view-count stores (TEST_REDIS_URL, TEST_DATABASE_URL), stopped
  // right after the Node tests whatever happens; a service that cannot start is one line, its tests skip.
  const services = await startServices();
  for (const note of services.notes) console.log(note);
  const stopServices = () => services.stop().catch(() => {});
  process.once('SIGINT', () => stopServices().then(() => process.exit(130)));
  process.once('SIGTERM', () => stopServices().then(() => process.exit(143)));
  let run;
  try {
    run = spawnSync(
      process.execPath,
      [
        '--import',
        'tsx',
        '--test',
        '--test-reporter=spec',
        '--test-reporter-destination=stdout',
        '--test-reporter=tap',
        `--test-reporter-destination=${tap}`,
        ...nodeFiles,
      ],
      { cwd: root, stdio: 'inherit', env: { ...process.env, ...services.env, TZ: process.env.TZ ?? 'UTC' } },
    );
  } finally {
    await stopServices();
  }
  const out = existsSync(tap) ? readFileSync(tap, 'utf8') : '';
  const passed = Number(/^# pass (\d+)/m.exec(out)?.[1] ?? 0);
  const failed = Number(/^# fail (\d+)/m.exec(out)?.[1] ?? 0);
  totals.passed += passed;
  totals.failed += failed;
  if (run.status !== 0) {
    exitCode = 1;
    if (failed === 0) totals.failed += 1; // the runner itself failed (a file did not load)
  }
}

// 2. Browser: real Chromium through @web/test-runner.
const chrome = chromiumOrExit();
const summary = join(work, 'wtr.json');
const wtr = spawnSync(
  process.execPath,
  [join(root, 'node_modules/@web/test-runner/dist/bin.js'), '--config', 'web-test-runner.config.mjs'],
  {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, CHROME_PATH: chrome, WTR_SUMMARY: summary },
  },
);
const browser = existsSync(summary)
  ? JSON.parse(readFileSync(summary, 'utf8'))
  : { passed: 0, failed: 1, fileErrors: 0 };
totals.passed += browser.passed;
totals.failed +=
  browser.failed + (browser.failed === 0 && wtr.status !== 0 ? Math.max(1, browser.fileErrors) : 0);
if (wtr.status !== 0) exitCode = 1;

// 3. End-to-end: the demo server in Chromium (test/e2e), when present.
const e2eFiles = listTests('test/e2e');
if (e2eFiles.length) {
  const tap = join(work, 'e2e.tap');
  const run = spawnSync(
    process.execPath,
    [
      '--import',
      'tsx',
      '--test',
      '--test-concurrency=1',
      '--test-reporter=spec',
      '--test-reporter-destination=stdout',
      '--test-reporter=tap',
      `--test-reporter-destination=${tap}`,
      ...e2eFiles,
    ],
    { cwd: root, stdio: 'inherit', env: { ...process.env, CHROME_PATH: chrome } },
  );
  const out = existsSync(tap) ? readFileSync(tap, 'utf8') : '';
  totals.passed += Number(/^# pass (\d+)/m.exec(out)?.[1] ?? 0);
  const failed = Number(/^# fail (\d+)/m.exec(out)?.[1] ?? 0);
  totals.failed += failed || (run.status !== 0 ? 1 : 0);
  if (run.status !== 0) exitCode = 1;
}

// 4. Stories as tests: every story rendered in Chromium and checked with axe
// (@storybook/addon-vitest + addon-a11y). Storybook's docs read custom-elements.json: make it if missing.
if (!existsSync(join(root, 'custom-elements.json'))) {
  spawnSync(
    join(root, 'node_modules/.bin/custom-elements-manifest'),
    ['analyze', '--config', 'custom-elements-manifest.config.mjs', '--quiet'],
    { cwd: root, stdio: 'inherit' },
  );
}
const storyReport = join(work, 'stories.json');
const stories = spawnSync(
  join(root, 'node_modules/.bin/vitest'),
  [
    'run',
    '--config',
    'vitest.config.ts',
    '--reporter=dot',
    '--reporter=json',
    `--outputFile.json=${storyReport}`,
  ],
  {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, CHROME_PATH: chrome, STORYBOOK_DISABLE_TELEMETRY: '1' },
  },
);
const storyTotals = existsSync(storyReport)
  ? JSON.parse(readFileSync(storyReport, 'utf8'))
  : { numPassedTests: 0, numFailedTests: 1 };
totals.passed += storyTotals.numPassedTests;
totals.failed += storyTotals.numFailedTests || (stories.status !== 0 ? 1 : 0);
if (stories.status !== 0) exitCode = 1;

if (totals.failed > 0) exitCode = 1;
console.log(`${totals.passed} passed, ${totals.failed} failed`);
process.exit(exitCode);
