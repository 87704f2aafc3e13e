/**
 * Lighthouse 12.2.3 on the demo portal (home and article, Vietnamese and English), mobile and
 * desktop, with Debian's Chromium. Scores are measured here, not asserted: mobile performance
 * moves with the load of this 2-core machine. `node --import tsx bench/lighthouse.ts` alone, or
 * part of `npm run bench`.
 */
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { startDemoServer } from '../demo/server.js';
import { findChromium } from '../scripts/chromium.mjs';

const SLUG = 'quang-trung-so-ket-giua-nhiem-ky-dai-hoi-dang-bo-phuong-lan-thu-xiv-nhiem-ky';
export const LIGHTHOUSE_PAGES = {
  'home (vi)': '/',
  'home (en)': '/en/',
  'article (vi)': `/tin-tuc/${SLUG}`,
  'article (en)': `/en/news/${SLUG}`,
};
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
type Category = (typeof CATEGORIES)[number];

export interface LighthouseRow {
  page: string;
  formFactor: 'mobile' | 'desktop';
  scores: Record<Category, number>;
  /** Audits below a full score, by id, in the three categories that can reach 100. */
  failing: string[];
}

export async function runLighthouseBench(): Promise<LighthouseRow[]> {
  const demo = await startDemoServer(0);
  const chrome = await chromeLauncher.launch({
    chromePath: findChromium(),
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
  const rows: LighthouseRow[] = [];
  try {
    for (const formFactor of ['mobile', 'desktop'] as const) {
      for (const [page, path] of Object.entries(LIGHTHOUSE_PAGES)) {
        const result = await lighthouse(
          demo.url + path,
          { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] },
          formFactor === 'desktop'
            ? {
                extends: 'lighthouse:default',
                settings: {
                  formFactor: 'desktop',
                  screenEmulation: {
                    mobile: false,
                    width: 1350,
                    height: 940,
                    deviceScaleFactor: 1,
                    disabled: false,
                  },
                  throttling: { rttMs: 40, throughputKbps: 10240, cpuSlowdownMultiplier: 1 },
                },
              }
            : undefined,
        );
        const lhr = result!.lhr;
        const scores = Object.fromEntries(
          CATEGORIES.map((category) => [category, Math.round((lhr.categories[category]?.score ?? 0) * 100)]),
        ) as Record<Category, number>;
        const failing = CATEGORIES.filter((category) => category !== 'performance').flatMap((category) =>
          lhr.categories[category]!.auditRefs.filter((ref) => ref.weight > 0)
            .map((ref) => lhr.audits[ref.id]!)
            .filter((audit) => audit.score !== null && audit.score < 1)
            .map((audit) => audit.id),
        );
        rows.push({ page, formFactor, scores, failing });
      }
    }
  } finally {
    chrome.kill();
    await demo.close();
  }
  return rows;
}

export function printLighthouseBench(rows: LighthouseRow[], line: (text?: string) => void): void {
  line('| page | form factor | performance | accessibility | best practices | SEO | audits below 1 |');
  line('|---|---|---:|---:|---:|---:|---|');
  for (const { page, formFactor, scores, failing } of rows) {
    const { performance, accessibility, seo } = scores;
    const practices = scores['best-practices'];
    line(
      `| ${page} | ${formFactor} | ${performance} | ${accessibility} | ${practices} | ${seo} | ${failing.join(', ') || '—'} |`,
    );
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  printLighthouseBench(await runLighthouseBench(), console.log);
}
