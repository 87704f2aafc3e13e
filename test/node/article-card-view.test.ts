// The article card's view model in Node: the one Article → attributes mapping, reading the inputs
// (checks, dates, issues) and what is shown (the date line, relative time, the count, variants).
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { articleCardAttributes } from '../../src/elements/article-card/attributes.js';
import {
  articleCardView,
  readArticleCard,
  type ArticleCardContent,
  type ArticleCardDisplay,
  type ArticleCardInput,
} from '../../src/elements/article-card/view-model.js';
import type { Article, Issue } from '../../src/model/types.js';

const article: Article = {
  id: 'a1',
  headline: 'Quang Trung sơ kết giữa nhiệm kỳ',
  url: '/tin-tuc/a1',
  summary: 'Tóm tắt.',
  section: { name: 'Tin tức', href: '/tin-tuc' },
  publishedAt: '2023-03-15T19:52:00+07:00',
  updatedAt: '2023-03-16T08:00:00+07:00',
  authors: [{ name: 'Phòng Văn hóa' }, { name: 'Thông tin' }],
  images: [{ src: '/a.jpg', alt: 'Ảnh', width: 640, height: 360 }],
  viewCount: 1234,
  body: [],
  tags: [],
  awards: [],
};

/** Inputs with the given attributes and the card's defaults. */
const input = (attributes: ArticleCardInput['attributes'], more: Partial<ArticleCardInput> = {}) => ({
  article: undefined,
  attributes,
  headingLevel: 3,
  dateFormat: undefined,
  timeZone: undefined,
  ...more,
});

const paths = (issues: Issue[]) => issues.map((issue) => [issue.path, issue.code]);

describe('articleCardAttributes', () => {
  test('maps every field the card shows to its attribute', () => {
    assert.deepEqual(articleCardAttributes(article), {
      headline: 'Quang Trung sơ kết giữa nhiệm kỳ',
      href: '/tin-tuc/a1',
      summary: 'Tóm tắt.',
      section: 'Tin tức',
      'section-href': '/tin-tuc',
      author: 'Phòng Văn hóa, Thông tin',
      published: '2023-03-15T19:52:00+07:00',
      updated: '2023-03-16T08:00:00+07:00',
      views: 1234,
      'image-src': '/a.jpg',
      'image-alt': 'Ảnh',
      'image-width': 640,
      'image-height': 360,
    });
  });

  test('an article without authors, images or section has no such attributes', () => {
    const attributes = articleCardAttributes({ ...article, authors: [], images: [], section: undefined });
    assert.equal(attributes.author, undefined);
    assert.equal(attributes['image-src'], undefined);
    assert.equal(attributes.section, undefined);
  });

  test('nested values of the wrong shape are reported under the attribute and left out', () => {
    const issues: Issue[] = [];
    const broken = { images: 'a.jpg', section: 'Tin', authors: [{ name: 5 }, 'Ban', { name: 'Thông tin' }] };
    const attributes = articleCardAttributes(broken, issues);
    assert.equal(attributes.author, 'Thông tin');
    assert.equal(attributes['image-src'], undefined);
    assert.deepEqual(paths(issues), [
      ['image-src', 'type'],
      ['section', 'type'],
      ['author', 'type'],
      ['author', 'type'],
    ]);
  });
});

describe('readArticleCard', () => {
  test('reads the attributes: text trimmed, safe URLs, the portal date with its offset', () => {
    const { content, issues } = readArticleCard(
      input({
        headline: '  Tiêu đề  ',
        href: '/a',
        published: '2023-03-15T12:52:00Z',
        views: 55,
        'image-src': '/a.jpg',
        'image-alt': 'Ảnh',
        'image-width': 640,
      }),
    );
    assert.deepEqual(issues, []);
    assert.equal(content.headline, 'Tiêu đề');
    assert.equal(content.href, '/a');
    assert.equal(content.published?.text, '15/03/2023 | 19:52');
    assert.equal(content.published?.datetime, '2023-03-15T19:52:00+07:00');
    assert.equal(content.views, 55);
    assert.deepEqual(content.image, { src: '/a.jpg', alt: 'Ảnh', width: 640, height: undefined });
    assert.equal(content.headingLevel, 3);
  });

  test('date-format and time-zone change how dates print', () => {
    const { content } = readArticleCard(
      input(
        { published: '2023-03-15T12:52:00Z' },
        { timeZone: 'America/New_York', dateFormat: "dd/MM/yyyy 'at' HH:mm" },
      ),
    );
    assert.equal(content.published?.text, '15/03/2023 at 08:52');
    assert.equal(content.published?.datetime, '2023-03-15T08:52:00-04:00');
  });

  test('bad values are left out and reported in reading order, under attribute names', () => {
    const { content, issues } = readArticleCard(
      input(
        {
          href: 'javascript:alert(1)',
          'section-href': 'javascript:alert(1)',
          section: 'Tin',
          'image-src': '/a.jpg',
          'image-width': -5,
          published: '2023-02-30T10:00:00+07:00',
          views: -1,
        },
        { headingLevel: 9 },
      ),
    );
    assert.deepEqual(paths(issues), [
      ['headline', 'required'],
      ['href', 'unsafe-url'],
      ['section-href', 'unsafe-url'],
      ['image-alt', 'required'],
      ['image-width', 'type'],
      ['published', 'date'],
      ['views', 'type'],
      ['heading-level', 'range'],
    ]);
    assert.equal(content.headline, '');
    assert.equal(content.href, undefined);
    assert.equal(content.section, 'Tin');
    assert.equal(content.sectionHref, undefined);
    assert.deepEqual(content.image, { src: '/a.jpg', alt: '', width: undefined, height: undefined });
    assert.equal(content.published, undefined);
    assert.equal(content.views, undefined);
    assert.equal(content.headingLevel, 3);
  });

  test('the article wins over the attributes; a getter that throws gives the fallback', () => {
    const fromArticle = readArticleCard(input({ headline: 'Từ thuộc tính' }, { article }));
    assert.equal(fromArticle.content.headline, article.headline);
    assert.equal(fromArticle.content.byline, 'Phòng Văn hóa, Thông tin');
    assert.equal(fromArticle.content.sectionHref, '/tin-tuc');
    const throwing = Object.defineProperty({}, 'headline', {
      enumerable: true,
      get() {
        throw new Error('no');
      },
    });
    const { content, issues } = readArticleCard(input({ headline: 'Từ thuộc tính' }, { article: throwing }));
    assert.equal(content.headline, '');
    assert.deepEqual(paths(issues), [
      ['article', 'unreadable'],
      ['headline', 'required'],
    ]);
  });

  test('hydrating: a printed date of the same instant is taken as printed, another is formatted', () => {
    const printed = { textContent: 'as printed', dateTime: '2023-03-15T19:52:00+07:00' };
    const same = readArticleCard(input({ published: '2023-03-15T12:52:00.400Z' }), { published: printed });
    assert.equal(same.content.published?.text, 'as printed');
    assert.equal(same.content.published?.date.getTime(), Date.parse('2023-03-15T12:52:00Z'));
    const other = readArticleCard(input({ published: '2023-03-15T13:52:00Z' }), { published: printed });
    assert.equal(other.content.published?.text, '15/03/2023 | 20:52');
  });
});

describe('articleCardView', () => {
  const content = (attributes: ArticleCardInput['attributes']): ArticleCardContent =>
    readArticleCard(input(attributes)).content;
  const dated = content({
    headline: 'Tiêu đề',
    published: '2023-03-15T19:52:00+07:00',
    updated: '2023-03-16T08:00:00+07:00',
    views: 1234,
    summary: 'Tóm tắt',
    author: 'Ban Biên tập',
    'image-src': '/a.jpg',
    'image-alt': 'Ảnh',
  });
  const view = (display: Partial<ArticleCardDisplay>, shown = dated) =>
    articleCardView(shown, { locale: 'vi', variant: 'list', ...display });

  test('the date line in Vietnamese and English', () => {
    const { published, views, updated } = view({}).dateLine!;
    assert.equal(published?.label, 'Ngày đăng');
    assert.equal(published?.text, '15/03/2023 | 19:52');
    assert.equal(published?.datetime, '2023-03-15T19:52:00+07:00');
    assert.equal(published?.title, undefined);
    assert.deepEqual(views, { value: 1234, text: '1.234', label: 'lượt xem' });
    assert.equal(updated?.label, 'Cập nhật');
    assert.equal(updated?.text, '16/03/2023 | 08:00');
    assert.equal(updated?.datetime, '2023-03-16T08:00:00+07:00');
    const english = view({ locale: 'en' });
    assert.equal(english.dateLine?.published?.label, 'Published');
    assert.deepEqual(english.dateLine?.views, { value: 1234, text: '1,234', label: 'views' });
    assert.equal(english.byline, 'By Ban Biên tập');
    assert.equal(view({ locale: 'en' }, content({ headline: 'x', views: 1 })).dateLine?.views?.label, 'view');
  });

  test('relative once there is a time to count from, with the absolute date as the title', () => {
    const published = view({ now: Date.parse('2023-03-18T19:52:00+07:00') }).dateLine?.published;
    assert.equal(published?.text, '3 ngày trước');
    assert.equal(published?.title, '15/03/2023 | 19:52');
    assert.equal(published?.datetime, '2023-03-15T19:52:00+07:00');
    assert.equal(
      view({ locale: 'en', now: Date.parse('2023-03-19T20:00:00+07:00') }).dateLine?.published?.text,
      '4 days ago',
    );
  });

  test('no date line without a date and a count', () => {
    assert.equal(view({}, content({ headline: 'x' })).dateLine, undefined);
    assert.deepEqual(view({}, content({ headline: 'x', views: 5 })).dateLine?.views?.text, '5');
  });

  test('hydrating: the printed count when it is the same number in the same language', () => {
    const printedCount = { value: '1234', textContent: 'as printed' };
    assert.equal(view({ printedCount, printedLocale: 'vi' }).dateLine?.views?.text, 'as printed');
    assert.equal(view({ printedCount, printedLocale: 'en' }).dateLine?.views?.text, '1.234');
    const other = { value: '1233', textContent: 'as printed' };
    assert.equal(view({ printedCount: other, printedLocale: 'vi' }).dateLine?.views?.text, '1.234');
  });

  test('variants: list and featured images, compact without image, summary or byline', () => {
    assert.deepEqual(view({}).image, {
      src: '/a.jpg',
      alt: 'Ảnh',
      width: undefined,
      height: undefined,
      loading: 'lazy',
      fetchPriority: undefined,
    });
    const featured = view({ variant: 'featured' });
    assert.equal(featured.variant, 'featured');
    assert.equal(featured.image?.loading, 'eager');
    assert.equal(featured.image?.fetchPriority, 'high');
    const compact = view({ variant: 'compact' });
    assert.equal(compact.variant, 'compact');
    assert.equal(compact.image, undefined);
    assert.equal(compact.summary, undefined);
    assert.equal(compact.byline, undefined);
    assert.equal(compact.dateLine?.published?.text, '15/03/2023 | 19:52');
    assert.equal(view({ variant: 'other' }).variant, 'list');
    assert.equal(view({ variant: { toString: () => 'featured' } }).variant, 'list');
  });

  test('the headline, its link and level; "Untitled article" when there is none', () => {
    const shown = view({}, content({ headline: 'Tiêu đề', href: '/a' }));
    assert.deepEqual([shown.headline, shown.href, shown.headingLevel], ['Tiêu đề', '/a', 3]);
    assert.equal(view({}, content({})).headline, 'Bài viết không có tiêu đề');
    assert.equal(view({ locale: 'en' }, content({})).headline, 'Untitled article');
    assert.equal(view({}).byline, 'Tác giả: Ban Biên tập');
  });
});
