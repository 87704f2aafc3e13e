// Run in the scratch project: a card and a whole page rendered on the server, written to
// card.html and page.html for pack-check to read. `gov-portal-elements/server` defines the four
// elements on import; nothing else is imported for them.
import { writeFileSync } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { createWriteStream } from 'node:fs';
import { html } from 'lit';
import { renderToString, renderPage } from 'gov-portal-elements/server';
import { parseArticle } from 'gov-portal-elements/model';

const parsed = parseArticle({
  id: 'quang-trung-so-ket',
  headline: 'Quang Trung sơ kết giữa nhiệm kỳ Đại hội Đảng bộ phường',
  url: '/tin-tuc/quang-trung',
  publishedAt: '2023-03-15T19:52:00+07:00',
  viewCount: 55,
  authors: [{ name: 'HOÀNG PHƯƠNG' }],
});
if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
const article = parsed.value;

writeFileSync('card.html', renderToString(html`<gov-article-card .article=${article}></gov-article-card>`));

const decision = {
  form: 'giay-khen',
  number: '15/QĐ-ĐU',
  recipients: [{ kind: 'individual', name: 'Nguyễn Văn An' }],
};
const report = {
  places: [
    {
      id: 'ha-noi',
      name: 'Hà Nội',
      temperature: 22.4,
      weatherCode: 3,
      observedAt: '2023-03-15T19:45:00+07:00',
    },
  ],
  units: 'metric',
  source: { name: 'Dữ liệu mẫu' },
  fetchedAt: '2023-03-15T19:50:00+07:00',
};
const page = renderPage({
  lang: 'vi',
  title: article.headline,
  article,
  body: html`<main>
    <gov-article-card .article=${article} variant="featured"></gov-article-card>
    <gov-view-counter count="55"></gov-view-counter>
    <gov-award-list .decision=${decision}></gov-award-list>
    <gov-weather .report=${report}></gov-weather>
  </main>`,
});
await pipeline(page, createWriteStream('page.html'));
