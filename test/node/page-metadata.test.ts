/**
 * What search engines and share cards read from a page's head: the description, the canonical
 * link, and Open Graph / JSON-LD URLs made absolute against the site's `baseUrl`.
 */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { html } from 'lit';
import { renderPageToString } from '../../src/server/page.js';
import { toOpenGraph, toNewsArticleJsonLd, absoluteUrl } from '../../src/model/jsonld.js';
import type { Article } from '../../src/model/types.js';

const article: Article = {
  id: '1',
  headline: 'Quang Trung sơ kết giữa nhiệm kỳ',
  summary: 'Sáng 15/3, Đảng bộ phường Quang Trung tổ chức hội nghị sơ kết giữa nhiệm kỳ.',
  url: '/tin-tuc/quang-trung-so-ket',
  images: [{ src: '/assets/img/hoi-nghi.jpg', alt: 'Hội nghị', width: 1200, height: 675 }],
  authors: [{ name: 'Minh Anh', url: '/tac-gia/minh-anh' }],
  body: [],
  tags: [],
  awards: [],
};
const BASE = 'https://quangtrung.gov.vn/';

const headOf = (page: string) => page.slice(0, page.indexOf('</head>'));
const meta = (head: string, name: string) =>
  new RegExp(`<meta (?:name|property)="${name}" content="([^"]*)">`).exec(head)?.[1];

describe('page head for search and sharing', () => {
  test('an article page: description from the summary, canonical and Open Graph URLs absolute', () => {
    const head = headOf(renderPageToString({ lang: 'vi', title: 'T', article, baseUrl: BASE, body: html`` }));
    assert.equal(meta(head, 'description'), article.summary);
    assert.match(
      head,
      /<link rel="canonical" href="https:\/\/quangtrung\.gov\.vn\/tin-tuc\/quang-trung-so-ket">/,
    );
    assert.equal(meta(head, 'og:url'), 'https://quangtrung.gov.vn/tin-tuc/quang-trung-so-ket');
    assert.equal(meta(head, 'og:image'), 'https://quangtrung.gov.vn/assets/img/hoi-nghi.jpg');
    assert.equal(meta(head, 'article:author'), 'https://quangtrung.gov.vn/tac-gia/minh-anh');
    const jsonLd = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/.exec(head)![1]!);
    assert.equal(jsonLd.mainEntityOfPage, 'https://quangtrung.gov.vn/tin-tuc/quang-trung-so-ket');
    assert.deepEqual(jsonLd.image, ['https://quangtrung.gov.vn/assets/img/hoi-nghi.jpg']);
  });

  test('a given description and canonical win; a long summary is cut at a word near 160 characters', () => {
    const long = `${'Phường Quang Trung '.repeat(20)}kết thúc.`;
    const given = headOf(
      renderPageToString({
        lang: 'vi',
        title: 'T',
        article,
        description: 'Mô tả riêng',
        canonical: 'https://example.gov.vn/a',
        body: html``,
      }),
    );
    assert.equal(meta(given, 'description'), 'Mô tả riêng');
    assert.match(given, /<link rel="canonical" href="https:\/\/example\.gov\.vn\/a">/);
    const cut = meta(
      headOf(
        renderPageToString({ lang: 'vi', title: 'T', article: { ...article, summary: long }, body: html`` }),
      ),
      'description',
    )!;
    const kept = cut.slice(0, -1);
    // At most 160 characters, a prefix of the summary that ends where a word ends.
    assert.ok(
      cut.endsWith('…') && kept.length <= 160 && long.startsWith(kept) && long[kept.length] === ' ',
      cut,
    );
  });

  test('without baseUrl, URLs are copied as they are; unsafe ones are left out either way', () => {
    assert.equal(absoluteUrl('/a', undefined), '/a');
    assert.equal(absoluteUrl('/a', 'not a url'), '/a');
    assert.equal(absoluteUrl('javascript:alert(1)', BASE), undefined);
    assert.equal(absoluteUrl('https://other.example/x', BASE), 'https://other.example/x');
    const tags = toOpenGraph(article);
    assert.equal(tags.find((tag) => tag.property === 'og:url')?.content, '/tin-tuc/quang-trung-so-ket');
    const ld = toNewsArticleJsonLd(
      { ...article, url: 'javascript:alert(1)' },
      { publisher: { name: 'P' }, baseUrl: BASE },
    );
    assert.equal(ld.mainEntityOfPage, undefined);
  });

  test('a page without an article or description has no description tag', () => {
    const head = headOf(renderPageToString({ lang: 'vi', title: 'T', body: html`` }));
    assert.equal(meta(head, 'description'), undefined);
    assert.doesNotMatch(head, /rel="canonical"/);
  });
});
