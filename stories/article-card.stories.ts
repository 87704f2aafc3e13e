import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/elements/article-card/define.js';
// Only for the CompactCount story, which shows the standalone counter next to a card.
import '../src/elements/view-counter/define.js';
import { clock } from '../src/format/clock.js';
import type { Article } from '../src/model/types.js';
import type { ArticleCardAttributes } from '../src/elements/article-card/attributes.js';
import type { ArticleCardVariant } from '../src/elements/article-card/define.js';
import { spread } from './support/spread.js';
import { speaks } from './support/rendered.js';
import { checkControls } from './support/controls-check.js';

/** A local image: stories never reach the network. */
const IMG = `data:image/svg+xml,${encodeURIComponent(
  '<svg xmlns="http://www.w3.org/2000/svg" width="640" height="360" viewBox="0 0 640 360">' +
    '<rect width="640" height="360" fill="#0b4ea2"/><circle cx="320" cy="180" r="90" fill="#ffcd00"/></svg>',
)}`;
const HEADLINE = 'Quang Trung sơ kết giữa nhiệm kỳ Đại hội Đảng bộ phường lần thứ XIV nhiệm kỳ 2020 - 2025';
const SUMMARY =
  'Chiều ngày 15/3, Đảng ủy phường Quang Trung tổ chức sơ kết công tác giữa nhiệm kỳ Đại hội Đảng bộ phường ' +
  'lần thứ XIV nhiệm kỳ 2020-2025. Các đồng chí lãnh đạo Thị ủy, UBND thị xã tới dự và phát biểu chỉ đạo hội nghị.';

/** The story's args: one per attribute, named as the attribute, plus the `article` property. */
interface Args extends ArticleCardAttributes {
  'heading-level'?: number;
  variant?: ArticleCardVariant;
  'date-format'?: string;
  'time-zone'?: string;
  relative?: boolean;
  lang?: string;
  article?: Article;
}

/** The content attributes of the default story (the `article` property replaces them all). */
const CONTENT = {
  headline: HEADLINE,
  href: '/tin-tuc/quang-trung-so-ket-giua-nhiem-ky',
  summary: SUMMARY,
  'image-src': IMG,
  'image-alt': 'Hội nghị sơ kết giữa nhiệm kỳ tại phường Quang Trung',
  'image-width': 640,
  'image-height': 360,
  section: 'Hoạt động từ các đơn vị',
  'section-href': '/hoat-dong-tu-cac-don-vi',
  author: 'Ban Biên tập',
  published: '2023-03-15T19:52:00+07:00',
  views: 55,
} satisfies Args;

const meta: Meta<Args> = {
  title: 'Elements/gov-article-card',
  component: 'gov-article-card',
  tags: ['autodocs'],
  args: { ...CONTENT, 'heading-level': 3, variant: 'list', 'time-zone': 'Asia/Ho_Chi_Minh', relative: false },
  render: (args) => html`<gov-article-card ${spread(args)}></gov-article-card>`,
};
export default meta;
type Story = StoryObj<Args>;

/** The date line reads "Ngày đăng … | 55 lượt xem" in Vietnamese, "Published … | 55 views" in English. */
export const List: Story = { play: speaks({ vi: 'lượt xem', en: 'views' }) };

/** The toolbar set to English (`globals: { locale: 'en' }`): the same card in English. */
export const ListInEnglish: Story = {
  globals: { locale: 'en' },
  play: speaks({ vi: 'Ngày đăng', en: 'Published' }),
};

/** The element's own `lang` wins over the page's (and the toolbar's). */
export const OwnLang: Story = { args: { lang: 'en' }, play: speaks({ vi: 'Ngày đăng', en: 'Published' }) };

export const Featured: Story = { args: { variant: 'featured', 'heading-level': 2 } };

export const Compact: Story = { args: { variant: 'compact' } };

export const NoImage: Story = {
  args: { 'image-src': undefined, 'image-width': undefined, 'image-height': undefined },
};

export const LongVietnameseHeadline: Story = {
  args: {
    headline:
      'Ủy ban nhân dân phường Quang Trung tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2022 và ' +
      'triển khai nhiệm vụ trọng tâm năm 2023, khen thưởng các tập thể, cá nhân và hộ gia đình có thành tích xuất sắc',
  },
};

/** The server prints the absolute date; after hydration it reads "3 ngày trước" (clock fixed here). */
export const Relative: Story = {
  args: { relative: true },
  decorators: [
    (story) => {
      clock.set('2023-03-18T20:00:00+07:00');
      return story();
    },
  ],
};

export const CompactCount: Story = {
  args: { views: 1234567 },
  render: ({ headline, href, published, views }) =>
    html`<gov-article-card ${spread({ headline, href, published, views })}></gov-article-card>
      <p>Compact counter alone: <gov-view-counter count="1234567" notation="compact"></gov-view-counter></p>`,
};

/** Bad data never breaks the page: fallback headline, no unsafe link or image, no date or count. */
export const BadData: Story = {
  args: {
    headline: '',
    href: 'javascript:alert(1)',
    'image-src': 'javascript:alert(2)',
    published: '2023-02-30T10:00:00+07:00',
    views: -1,
    summary: '<img src=x onerror=alert(3)> HTML renders as text',
  },
};

const article: Article = {
  id: 'quang-trung',
  headline: HEADLINE,
  summary: SUMMARY,
  url: '/tin-tuc/quang-trung',
  section: { name: 'Tin tức', href: '/tin-tuc' },
  publishedAt: '2023-03-15T19:52:00+07:00',
  updatedAt: '2023-03-16T08:00:00+07:00',
  authors: [{ name: 'Phòng Văn hóa – Thông tin' }],
  images: [{ src: IMG, alt: 'Hội nghị sơ kết', width: 640, height: 360 }],
  viewCount: 55,
  body: [],
  tags: [],
  awards: [],
};

/** The content attributes unset: the story's data comes from the `article` property alone. */
const NO_CONTENT: Args = Object.fromEntries(Object.keys(CONTENT).map((name) => [name, undefined]));

/** Data from the model through the `article` property (it wins over attributes; edit it in Controls). */
export const FromArticle: Story = { args: { ...NO_CONTENT, article, variant: 'featured' } };

/** A news section as on the seed page. */
export const NewsList: Story = {
  render: () =>
    html`<section aria-labelledby="news">
      <h2 id="news">Hoạt động từ các đơn vị</h2>
      <gov-article-card .article=${article} variant="featured" heading-level="3"></gov-article-card>
      <gov-article-card
        headline="Phường Quang Trung ra quân vệ sinh môi trường"
        href="/tin/2"
        published="2023-03-14T08:00:00+07:00"
        views="120"
        summary=${SUMMARY}
        image-src=${IMG}
        image-alt="Ra quân vệ sinh môi trường"
        image-width="640"
        image-height="360"
      ></gov-article-card>
      <gov-article-card
        variant="compact"
        headline="Lịch tiếp công dân tháng 3/2023"
        href="/tin/3"
        published="2023-03-01T07:30:00+07:00"
        views="1234"
      ></gov-article-card>
    </section>`,
};

/** Test only (hidden): Controls match custom-elements.json, and each control sets its attribute. */
export const ControlsCheck: Story = { tags: ['!dev', '!autodocs'], play: checkControls };
