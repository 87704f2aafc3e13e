// What the portal shows, shared by the server (render.mjs) and the browser (hydrate.mjs): the
// content as a CMS gives it, checked by the model's parsers, and the page body as one template.
// Hydration needs the browser to hold the same template with the same values as the server.
import { html } from 'lit';
import { parseArticle, parseAwardDecision } from 'gov-portal-elements/model';

const checked = (result) => {
  if (!result.ok) throw new Error(result.issues.map((issue) => `${issue.path}: ${issue.message}`).join('; '));
  return result.value;
};

export const article = checked(
  parseArticle({
    id: 'quang-trung-so-ket',
    headline: 'Quang Trung sơ kết giữa nhiệm kỳ Đại hội Đảng bộ phường',
    summary: 'Chiều ngày 15/3, Đảng ủy phường Quang Trung tổ chức sơ kết công tác giữa nhiệm kỳ.',
    url: '/tin-tuc/quang-trung-so-ket',
    section: { name: 'Hoạt động từ các đơn vị' },
    publishedAt: '2023-03-15T19:52:00+07:00',
    viewCount: 55,
    authors: [{ name: 'HOÀNG PHƯƠNG' }],
  }),
);

export const decision = checked(
  parseAwardDecision({
    number: '15/QĐ-ĐU',
    form: 'giay-khen',
    recipients: [
      { kind: 'collective', name: 'Chi bộ Tổ dân phố 1' },
      { kind: 'individual', name: 'Nguyễn Văn An', position: 'Bí thư chi bộ' },
    ],
  }),
);

export const report = {
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

/** The article page's body: the four elements, fed by properties and attributes. */
export const body = () =>
  html`<main>
    <gov-article-card .article=${article} variant="featured" heading-level="1"></gov-article-card>
    <p>Lượt xem: <gov-view-counter count="55"></gov-view-counter></p>
    <gov-award-list .decision=${decision}></gov-award-list>
    <gov-weather .report=${report}></gov-weather>
  </main>`;
