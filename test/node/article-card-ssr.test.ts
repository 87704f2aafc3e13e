// Server rendering of article cards: declarative shadow DOM with the headline, the date and the
// count as text, and nothing unsafe.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { html } from 'lit';
import '../../src/elements/article-card/define.js';
import { renderToString } from '../../src/server/render.js';
import type { Article } from '../../src/model/types.js';

const HEADLINE = 'Quang Trung sơ kết giữa nhiệm kỳ Đại hội Đảng bộ phường lần thứ XIV nhiệm kỳ 2020 - 2025';
const article: Article = {
  id: 'a2',
  headline: 'Đà Nẵng <b>đón</b> khách',
  url: '/tin-tuc/da-nang',
  summary: 'Tóm tắt',
  publishedAt: '2023-03-15T12:52:00Z',
  viewCount: 1234,
  authors: [{ name: 'Phòng Văn hóa' }],
  images: [{ src: 'data:image/svg+xml,%3Csvg xmlns=%22http://www.w3.org/2000/svg%22/%3E', alt: 'Ảnh', width: 640, height: 360 }],
  body: [],
  tags: [],
  awards: [],
};

const page = () =>
  renderToString(html`<main lang="vi">
    <gov-article-card lang="vi" headline=${HEADLINE} href="/tin-tuc/quang-trung" published="2023-03-15T19:52:00+07:00" views="55"></gov-article-card>
    <gov-article-card lang="vi" .article=${article} variant="featured"></gov-article-card>
    <gov-article-card lang="en" headline="English card" href="javascript:alert(1)" published="2023-03-15T19:52:00+07:00" views="1"></gov-article-card>
    <gov-article-card lang="vi" headline="Ngày sai" published="2023-02-30T10:00:00+07:00" views="-3" image-src="javascript:alert(1)"></gov-article-card>
    <gov-article-card lang="vi" headline="Tương đối" relative published="2023-03-15T19:52:00+07:00"></gov-article-card>
  </main>`);

describe('gov-article-card on the server', () => {
  const out = page();

  test('renders declarative shadow DOM for the cards, the count in the card itself', () => {
    assert.equal(out.match(/<template shadowroot="open" shadowrootmode="open">/g)?.length, 5, out);
    assert.ok(!out.includes('<gov-view-counter'), 'no nested counter');
  });

  test('has the headline, date line and count as text', () => {
    assert.ok(out.includes(HEADLINE));
    assert.ok(out.includes('15/03/2023 | 19:52'));
    assert.ok(out.includes('datetime="2023-03-15T19:52:00+07:00"'));
    assert.ok(out.includes('Ngày đăng'));
    // "<data part="views-count" value="55">55</data> <span part="views-label">lượt xem</span>".
    const text = out.replace(/<!--[^]*?-->/g, '').replace(/<[^>]+>/g, '');
    assert.ok(text.includes('55 lượt xem'), 'vi count');
    assert.ok(text.includes('1.234 lượt xem'), 'vi grouping');
    assert.ok(text.includes('1 view') && !text.includes('1 views'), 'en singular');
    assert.match(out, /<data part="views-count" value="55">/);
    assert.ok(text.includes('Published'));
  });

  test('escapes HTML in text, drops unsafe URLs and bad data', () => {
    assert.ok(out.includes('Đà Nẵng &lt;b&gt;đón&lt;/b&gt; khách'));
    assert.ok(!out.includes('<b>đón'));
    // The page's own attributes stay on the hosts; nothing unsafe reaches a link or an image.
    assert.ok(!/<(a|img)\b[^>]*javascript:/.test(out), 'unsafe href or src present');
    const english = out.slice(out.indexOf('English card'), out.indexOf('Ngày sai'));
    assert.match(english, /<h3 part="headline">(<!--[^>]*-->)*English card/);
    assert.ok(!out.includes('Invalid Date'));
    const bad = out.slice(out.indexOf('Ngày sai'), out.indexOf('Tương đối'));
    assert.ok(!bad.includes('part="views"'), 'a negative count is not shown');
    assert.ok(!bad.includes('<time'), 'an impossible date is not shown');
    assert.ok(!bad.includes('<img'), 'an unsafe image is not shown');
    assert.ok(!/02\/03\/2023|30\/02\/2023/.test(out), 'an impossible date is not rolled over');
    assert.ok(out.includes('English card'));
  });

  test('featured image loads eagerly with its intrinsic size; relative dates render absolute', () => {
    assert.match(out, /<img part="image" src="data:image\/svg\+xml,[^"]*" alt="Ảnh" width="640" height="360" loading="eager" fetchpriority="high"/);
    const relative = out.slice(out.indexOf('Tương đối'));
    assert.ok(relative.includes('15/03/2023 | 19:52'));
    assert.ok(!/trước|ago/.test(out));
  });

  test('the headline is the card link, in the default h3', () => {
    assert.match(out, /<h3 part="headline">(<!--[^>]*-->)*<a part="link" href="\/tin-tuc\/quang-trung">/);
    assert.ok(!/<a[^>]*>\s*<article/.test(out));
  });

  test('an article object of the wrong shape renders, never throws', () => {
    for (const article of [{ headline: 'Sai kiểu', authors: 'HOÀNG PHƯƠNG', images: 'x.jpg' }, { headline: 5, section: 'Tin' }, 'not an object', null]) {
      const rendered = renderToString(html`<gov-article-card .article=${article as unknown as Article}></gov-article-card>`);
      assert.ok(rendered.includes('<article'), JSON.stringify(article));
    }
  });
});
