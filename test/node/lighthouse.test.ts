// Lighthouse 12.2.3 on the demo's home and article pages, both languages (mobile settings):
// accessibility, best practices and SEO must score 100. Performance moves with the load of the
// machine, so it is measured in `npm run bench` (bench/lighthouse.ts), not asserted here.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { startDemoServer, type DemoServer } from '../../demo/server.js';
import { findChromium } from '../../scripts/chromium.mjs';
import { LIGHTHOUSE_PAGES } from '../../bench/lighthouse.js';

const CATEGORIES = ['accessibility', 'best-practices', 'seo'];
let demo: DemoServer;
let chrome: chromeLauncher.LaunchedChrome;

before(async () => {
  demo = await startDemoServer(0);
  chrome = await chromeLauncher.launch({
    chromePath: findChromium(),
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
});
after(async () => {
  chrome?.kill();
  await demo?.close();
});

for (const [page, path] of Object.entries(LIGHTHOUSE_PAGES)) {
  // Each run loads the page under simulated mobile throttling: tens of seconds on a busy machine.
  test(`${page}: accessibility, best practices and SEO 100`, { timeout: 180_000 }, async () => {
    const result = await lighthouse(demo.url + path, {
      port: chrome.port,
      logLevel: 'error',
      onlyCategories: CATEGORIES,
    });
    const { categories, audits } = result!.lhr;
    const below = CATEGORIES.flatMap((category) =>
      categories[category]!.auditRefs.filter((ref) => ref.weight > 0)
        .map((ref) => audits[ref.id]!)
        .filter((audit) => audit.score !== null && audit.score < 1)
        .map((audit) => `${category}: ${audit.id} (${audit.title})`),
    );
    assert.deepEqual(below, []);
    for (const category of CATEGORIES) assert.equal(categories[category]!.score, 1, category);
  });
}
