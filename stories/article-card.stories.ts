import { html, nothing } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/elements/article-card/define.js';
// Only for the CompactCount story, which shows the standalone counter next to a card.
import '../src/elements/view-counter/define.js';
import { clock } from '../src/format/clock.js';
import type { Article } from '../src/model/types.js';

/** A local image: stories never reach the network. */
const IMG = `data:image/svg+xml,${encodeURIComponent(
  '<svg xmlns="http://www.w3.org/2000/svg" width="640" height="360" viewBox="0 0 640 360"><rect width="640" height="360" fill="#0b4ea2"/><circle cx="320" cy="180" r="90" fill="#ffcd00"/></svg>',
)}`;
const HEADLINE = 'Quang Trung sơ kết giữa nhiệm kỳ Đại hội Đảng bộ phường lần thứ XIV nhiệm kỳ 2020 - 2025';
const SUMMARY =
  'Chiều ngày 15/3, Đảng ủy phường Quang Trung tổ chức sơ kết công tác giữa nhiệm kỳ Đại hội Đảng bộ phường lần thứ XIV nhiệm kỳ 2020-2025. Các đồng chí lãnh đạo Thị ủy, UBND thị xã tới dự và phát biểu chỉ đạo hội nghị.';

interface Args {
  headline: string;
  href: string;
  summary: string;
  imageSrc: string;
  imageAlt: string;
  section: string;
  sectionHref: string;
  author: string;
  published: string;
  views: number | undefined;
  headingLevel: number;
  variant: 'list' | 'featured' | 'compact';
  timeZone: string;
  relative: boolean;
}

const meta: Meta<Args> = {
  title: 'Elements/gov-article-card',
  component: 'gov-article-card',
  tags: ['autodocs'],
  argTypes: {
    variant: { control: 'inline-radio', options: ['list', 'featured', 'compact'] },
    headingLevel: { control: { type: 'number', min: 2, max: 6 } },
  },
  args: {
    headline: HEADLINE,
    href: '/tin-tuc/quang-trung-so-ket-giua-nhiem-ky',
    summary: SUMMARY,
    imageSrc: IMG,
    imageAlt: 'Hội nghị sơ kết giữa nhiệm kỳ tại phường Quang Trung',
    section: 'Hoạt động từ các đơn vị',
    sectionHref: '/hoat-dong-tu-cac-don-vi',
    author: 'Ban Biên tập',
    published: '2023-03-15T19:52:00+07:00',
    views: 55,
    headingLevel: 3,
    variant: 'list',
    timeZone: 'Asia/Ho_Chi_Minh',
    relative: false,
  },
  render: (a) => html`<gov-article-card
    headline=${a.headline || nothing}
    href=${a.href || nothing}
    summary=${a.summary || nothing}
    image-src=${a.imageSrc || nothing}
    image-alt=${a.imageAlt || nothing}
    image-width=${a.imageSrc ? 640 : nothing}
    image-height=${a.imageSrc ? 360 : nothing}
    section=${a.section || nothing}
    section-href=${a.sectionHref || nothing}
    author=${a.author || nothing}
    published=${a.published || nothing}
    views=${a.views ?? nothing}
    heading-level=${a.headingLevel}
    variant=${a.variant}
    time-zone=${a.timeZone}
    ?relative=${a.relative}
  ></gov-article-card>`,
};
export default meta;
type Story = StoryObj<Args>;

export const List: Story = {};

export const Featured: Story = { args: { variant: 'featured', headingLevel: 2 } };

export const Compact: Story = { args: { variant: 'compact' } };

export const NoImage: Story = { args: { imageSrc: '' } };

export const LongVietnameseHeadline: Story = {
  args: {
    headline:
      'Ủy ban nhân dân phường Quang Trung tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2022 và triển khai nhiệm vụ trọng tâm năm 2023, khen thưởng các tập thể, cá nhân và hộ gia đình có thành tích xuất sắc',
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
  render: (a) => html`<gov-article-card headline=${a.headline} href=${a.href} published=${a.published} views=${a.views ?? nothing}></gov-article-card>
    <p>Compact counter alone: <gov-view-counter count="1234567" notation="compact"></gov-view-counter></p>`,
};

/** Bad data never breaks the page: fallback headline, no unsafe link or image, no date or count. */
export const BadData: Story = {
  args: {
    headline: '',
    href: 'javascript:alert(1)',
    imageSrc: 'javascript:alert(2)',
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

/** Data from the model through the `article` property (it wins over attributes). */
export const FromArticle: Story = {
  render: () => html`<gov-article-card .article=${article} variant="featured"></gov-article-card>`,
};

/** A news section as on the seed page. */
export const NewsList: Story = {
  render: () => html`<section aria-labelledby="news">
    <h2 id="news">Hoạt động từ các đơn vị</h2>
    <gov-article-card .article=${article} variant="featured" heading-level="3"></gov-article-card>
    <gov-article-card headline="Phường Quang Trung ra quân vệ sinh môi trường" href="/tin/2" published="2023-03-14T08:00:00+07:00" views="120" image-src=${IMG} image-alt="Ra quân vệ sinh môi trường" image-width="640" image-height="360" summary=${SUMMARY}></gov-article-card>
    <gov-article-card variant="compact" headline="Lịch tiếp công dân tháng 3/2023" href="/tin/3" published="2023-03-01T07:30:00+07:00" views="1234"></gov-article-card>
  </section>`,
};
