// A CMS page: only the CDN file from the installed package and tags with attributes (no build,
// no bundler, no import map). A reader must see all four elements' content.
import { serveStatic, openPage, sees } from '../support.mjs';

export const versions = [];

export async function check({ dir, browser, report: { check } }) {
  const server = await serveStatic(dir);
  const page = await openPage(browser);
  const scripts = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  try {
    await page.goto(`${server.origin}/`);
    const card = page.locator('gov-article-card');
    const cardTexts = [
      'Quang Trung sơ kết giữa nhiệm kỳ Đại hội Đảng bộ phường',
      'Hoạt động từ các đơn vị',
      '15/03/2023 | 19:52',
      '55 lượt xem',
      'HOÀNG PHƯƠNG',
    ];
    const unseen = [];
    for (const text of cardTexts) if (!(await sees(card, text))) unseen.push(text);
    check(
      !unseen.length,
      `<gov-article-card> from attributes shows ${cardTexts.map((t) => `"${t}"`).join(', ')}`,
      `not seen: ${unseen}`,
    );
    const link = await card
      .getByRole('link', { name: /Quang Trung sơ kết/ })
      .getAttribute('href')
      .catch(() => null);
    check(link === '/tin-tuc/quang-trung-so-ket', 'the headline is a link to href', `href: ${link}`);
    check(
      (await sees(page.locator('main > p:not([lang]) gov-view-counter'), '1.234 lượt xem')) &&
        (await sees(page.locator('p[lang="en"] gov-view-counter'), '1,234 views')),
      '<gov-view-counter count="1234">: "1.234 lượt xem", and "1,234 views" inside lang="en"',
    );
    const awards = page.locator('gov-award-list');
    const awardTexts = ['Giấy khen', '15/QĐ-ĐU', 'Chi bộ Tổ dân phố 1', 'Nguyễn Văn An', 'Đặng Thị Bình'];
    const awardUnseen = [];
    for (const text of awardTexts) if (!(await sees(awards, text))) awardUnseen.push(text);
    check(
      !awardUnseen.length,
      `<gov-award-list> from its JSON child shows ${awardTexts.join(', ')}`,
      `not seen: ${awardUnseen}`,
    );
    const weather = page.locator('gov-weather');
    const places = ['Thời tiết các vùng', 'Hà Nội', 'Đà Nẵng', 'TP Hồ Chí Minh'];
    const placesUnseen = [];
    for (const text of places) if (!(await sees(weather, text))) placesUnseen.push(text);
    check(
      !placesUnseen.length,
      `<gov-weather src="/weather.json"> shows ${places.join(', ')}`,
      `not seen: ${placesUnseen}`,
    );
    const cdnOnly = scripts.length === 1 && scripts[0].endsWith('/dist/cdn/gov-portal-elements.js');
    check(
      cdnOnly,
      'the page loaded one script: dist/cdn/gov-portal-elements.js',
      `scripts: ${scripts.join(', ')}`,
    );
    check(!page.problems.length, 'no page errors, no request off 127.0.0.1', page.problems.join('; '));
  } finally {
    await page.context().close();
    await server.close();
  }
}
