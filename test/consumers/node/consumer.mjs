// A Node server rendering with the package: render.mjs writes a card and a whole page. The HTML
// must carry declarative shadow roots, and Chromium with JavaScript off must show the content:
// what a reader sees before any script runs.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { run, serveStatic, openPage, sees, textOf, shadowRootsOf } from '../support.mjs';

export const versions = ['lit', '@lit-labs/ssr'];

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
    await server.close();
  }
}
