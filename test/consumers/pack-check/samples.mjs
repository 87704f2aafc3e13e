// Each element as a CMS page writes it (attributes, a JSON child), and text a reader then sees.
// `tag` may differ from the element's own (a class entry defined under the user's tag).

const DECISION = {
  number: '15/QĐ-ĐU',
  signedAt: '2023-03-15',
  issuer: { title: 'Bí thư Đảng ủy', body: 'Đảng ủy phường Quang Trung' },
  form: 'giay-khen',
  statedTotal: 2,
  recipients: [
    { kind: 'collective', name: 'Chi bộ Tổ dân phố 1' },
    { kind: 'individual', name: 'Nguyễn Văn An', position: 'Bí thư chi bộ', unit: 'Tổ dân phố 1' },
  ],
};

export const HEADLINE = 'Quang Trung sơ kết giữa nhiệm kỳ Đại hội Đảng bộ phường';

export const SAMPLES = {
  'gov-article-card': {
    markup: (tag) =>
      `<${tag} headline="${HEADLINE}" href="/tin-tuc/quang-trung" section="Hoạt động từ các đơn vị"
        published="2023-03-15T19:52:00+07:00" views="55" author="HOÀNG PHƯƠNG"></${tag}>`,
    sees: [HEADLINE, '15/03/2023 | 19:52', '55 lượt xem', 'HOÀNG PHƯƠNG'],
  },
  'gov-view-counter': {
    markup: (tag) => `<${tag} count="1234"></${tag}>`,
    sees: ['1.234 lượt xem'],
  },
  'gov-award-list': {
    markup: (tag) => `<${tag}><script type="application/json">${JSON.stringify(DECISION)}</script></${tag}>`,
    sees: ['Giấy khen', 'Chi bộ Tổ dân phố 1', 'Nguyễn Văn An'],
  },
  'gov-weather': {
    // weather.json beside this file, served with the page.
    markup: (tag) => `<${tag} src="/weather.json"></${tag}>`,
    sees: ['Hà Nội', 'Đà Nẵng', 'TP Hồ Chí Minh'],
  },
};

/** `<gov-weather>` through the Open-Meteo adapter; the page is answered open-meteo-ha-noi.json. */
export const OPEN_METEO_SAMPLE = {
  markup: '<gov-weather source="open-meteo" places="ha-noi"></gov-weather>',
  sees: ['Hà Nội', '21'],
  url: 'https://api.open-meteo.com/v1/forecast',
};
