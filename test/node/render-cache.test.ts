// The render cache never serves a stale or wrong-locale card.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import {
  RenderCache,
  renderArticleCard,
  articleCardKey,
  renderToString,
  articleCardTemplate,
} from '../../src/server/index.js';
import type { Article } from '../../src/model/index.js';

const article: Article = {
  id: 'quang-trung',
  headline: 'Quang Trung sơ kết giữa nhiệm kỳ',
  url: '/tin-tuc/quang-trung',
  publishedAt: '2023-03-15T19:52:00+07:00',
  viewCount: 55,
  authors: [{ name: 'HOÀNG PHƯƠNG' }],
  images: [],
  body: [],
  tags: [],
  awards: [],
};

describe('render cache for article cards', () => {
  test('a hit returns exactly what a fresh render gives', () => {
    const cache = new RenderCache();
    const first = renderArticleCard(article, { locale: 'vi' }, cache);
    const second = renderArticleCard(article, { locale: 'vi' }, cache);
    assert.equal(second, first);
    assert.equal(first, renderToString(articleCardTemplate(article, { locale: 'vi' })));
    assert.deepEqual([cache.stats.hits, cache.stats.misses], [1, 1]);
  });
  test('never the wrong locale', () => {
    const cache = new RenderCache();
    const vi = renderArticleCard(article, { locale: 'vi' }, cache);
    const en = renderArticleCard(article, { locale: 'en' }, cache);
    assert.ok(vi.includes('lượt xem') && vi.includes('Ngày đăng'));
    assert.ok(en.includes('>views<') && en.includes('Published') && !en.includes('lượt xem'));
  });
  test('never stale: a new version, a new count, another zone or format each render anew', () => {
    const cache = new RenderCache();
    renderArticleCard(article, { locale: 'vi' }, cache);
    const edited = renderArticleCard(
      { ...article, headline: 'Tiêu đề mới', updatedAt: '2023-03-16T08:00:00+07:00' },
      { locale: 'vi' },
      cache,
    );
    assert.ok(edited.includes('Tiêu đề mới'));
    const counted = renderArticleCard({ ...article, viewCount: 56 }, { locale: 'vi' }, cache);
    assert.ok(counted.includes('>56<'));
    const utc = renderArticleCard(article, { locale: 'vi', timeZone: 'UTC' }, cache);
    assert.ok(utc.includes('15/03/2023 | 12:52'));
    const dayOnly = renderArticleCard(article, { locale: 'vi', dateFormat: 'dd/MM/yyyy' }, cache);
    assert.ok(dayOnly.includes('>15/03/2023<'));
    assert.equal(cache.stats.hits, 0);
    assert.equal(cache.stats.misses, 5);
  });
  test('a relative card is cached with its absolute date, never with "… trước" text', () => {
    const cache = new RenderCache();
    const html = renderArticleCard(article, { locale: 'vi', relative: true }, cache);
    assert.ok(html.includes('15/03/2023 | 19:52'));
    assert.ok(!/trước|ago/.test(html));
  });
  test('keys differ for every option', () => {
    const keys = new Set([
      articleCardKey(article, { locale: 'vi' }),
      articleCardKey(article, { locale: 'en' }),
      articleCardKey(article, { locale: 'vi', variant: 'featured' }),
      articleCardKey(article, { locale: 'vi', headingLevel: 2 }),
      articleCardKey(article, { locale: 'vi', relative: true }),
      articleCardKey(article, { locale: 'vi', href: '/other' }),
      articleCardKey({ ...article, viewCount: 56 }, { locale: 'vi' }),
    ]);
    assert.equal(keys.size, 7);
  });
});
