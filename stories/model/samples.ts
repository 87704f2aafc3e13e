// One value of each model type with every field filled in: the "Example" column of the Model docs
// page reads its fields from here, and the page's hidden check story parses each with the model's
// own parser (so every example is one the library accepts). Names are illustrative.
import type { Article, AwardDecision, ParseOptions, WeatherReport } from '../../src/model/types.js';

export const decision = {
  number: '163/QĐ-UBND',
  signedAt: '2023-03-15',
  issuer: { title: 'Chủ tịch', body: 'UBND phường Quang Trung' },
  form: 'bang-khen',
  formName: 'Bằng khen của Chủ tịch UBND phường',
  rank: 'ba',
  emulationTitle: 'Tập thể lao động xuất sắc',
  reason: 'Có thành tích xuất sắc trong phong trào thi đua năm 2022',
  recipients: [
    { kind: 'collective', name: 'Tổ dân phố 3' },
    {
      kind: 'individual',
      name: 'Nguyễn Văn An',
      position: 'Bí thư chi bộ',
      unit: 'Tổ dân phố 1',
      posthumous: true,
    },
    { kind: 'household', name: 'Hộ gia đình ông Lê Văn Đức' },
  ],
  statedTotal: 3,
} satisfies AwardDecision;

export const article = {
  id: 'quang-trung-so-ket',
  slug: 'quang-trung-so-ket-giua-nhiem-ky',
  headline: 'Quang Trung sơ kết giữa nhiệm kỳ Đại hội Đảng bộ phường',
  summary: 'Chiều ngày 15/3, Đảng ủy phường Quang Trung tổ chức sơ kết công tác giữa nhiệm kỳ.',
  section: { name: 'Hoạt động từ các đơn vị', href: '/hoat-dong-tu-cac-don-vi' },
  url: '/tin-tuc/quang-trung-so-ket-giua-nhiem-ky',
  publishedAt: '2023-03-15T19:52:00+07:00',
  updatedAt: '2023-03-16T08:00:00+07:00',
  authors: [{ name: 'Hoàng Phương', url: '/tac-gia/hoang-phuong' }],
  images: [
    {
      src: '/img/so-ket.jpg',
      alt: 'Hội nghị sơ kết',
      caption: 'Quang cảnh hội nghị',
      width: 800,
      height: 450,
    },
  ],
  body: [
    { type: 'paragraph', text: 'Chiều ngày 15/3, …' },
    { type: 'heading', text: 'Kết quả nửa nhiệm kỳ', level: 2 },
    { type: 'image', image: { alt: 'Đại biểu dự hội nghị', caption: 'Đại biểu dự hội nghị' } },
    { type: 'quote', text: 'Tiếp tục đổi mới phương thức lãnh đạo.', cite: 'Bí thư Đảng ủy phường' },
    { type: 'award', decision },
  ],
  viewCount: 55,
  tags: ['đại hội', 'sơ kết'],
  sourceCredit: 'Nguồn: Đảng ủy phường Quang Trung',
  lang: 'vi',
  awards: [decision],
} satisfies Article;

export const report = {
  places: [
    {
      id: 'ha-noi',
      name: 'Hà Nội',
      latitude: 21.0285,
      longitude: 105.8542,
      observedAt: '2023-03-15T19:45:00+07:00',
      temperature: 24.1,
      apparentTemperature: 25.0,
      humidity: 65,
      windSpeed: 8.3,
      windDirection: 120,
      weatherCode: 3,
      min: 18.9,
      max: 25.2,
      isDay: false,
    },
  ],
  units: 'metric',
  source: {
    name: 'Open-Meteo',
    url: 'https://open-meteo.com/',
    attribution: 'Weather data by Open-Meteo.com (CC BY 4.0)',
  },
  fetchedAt: '2023-03-15T19:50:00+07:00',
} satisfies WeatherReport;

export const parseOptions = { timeZone: 'Asia/Ho_Chi_Minh' } satisfies ParseOptions;
