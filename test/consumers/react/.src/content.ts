// What a portal's CMS hands the page, typed with the package's model.
import type { Article, AwardDecision, WeatherReport } from 'gov-portal-elements/model';

export const article: Article = {
  id: 'quang-trung-so-ket',
  headline: 'Quang Trung sơ kết giữa nhiệm kỳ Đại hội Đảng bộ phường',
  url: '/tin-tuc/quang-trung-so-ket',
  section: { name: 'Hoạt động từ các đơn vị' },
  publishedAt: '2023-03-15T19:52:00+07:00',
  viewCount: 55,
  authors: [{ name: 'HOÀNG PHƯƠNG' }],
  images: [],
  body: [],
  tags: [],
  awards: [],
};

/** Well typed, but not fit to show: no headline and a `javascript:` link. */
export const brokenArticle: Article = { ...article, id: 'broken', headline: '', url: 'javascript:alert(1)' };

export const decision: AwardDecision = {
  number: '15/QĐ-ĐU',
  signedAt: '2023-03-15',
  issuer: { title: 'Bí thư Đảng ủy', body: 'Đảng ủy phường Quang Trung' },
  form: 'giay-khen',
  recipients: [
    { kind: 'collective', name: 'Chi bộ Tổ dân phố 1' },
    { kind: 'individual', name: 'Nguyễn Văn An', position: 'Bí thư chi bộ', unit: 'Tổ dân phố 1' },
  ],
};

export const report: WeatherReport = {
  places: [
    {
      id: 'ha-noi',
      name: 'Hà Nội',
      temperature: 22.4,
      weatherCode: 3,
      observedAt: '2023-03-15T19:45:00+07:00',
    },
    {
      id: 'da-nang',
      name: 'Đà Nẵng',
      temperature: 24.9,
      weatherCode: 61,
      observedAt: '2023-03-15T19:45:00+07:00',
    },
  ],
  units: 'metric',
  source: { name: 'Dữ liệu mẫu' },
  fetchedAt: '2023-03-15T19:50:00+07:00',
};
