// The card's server HTML must validate (issue 15, "Validity"): lit-html appends `<?>` to a
// template's HTML when the template ends with a binding, @lit-labs/ssr writes it out, and the Nu
// HTML checker refuses it ("Saw <?"). Every variant and state of the card is rendered here, from
// attributes, from an `article` and through the server's own articleCardTemplate.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { html, nothing, type TemplateResult } from 'lit';
import '../../src/elements/article-card/define.js';
import { renderToString } from '../../src/server/render.js';
import { articleCardTemplate, renderArticleCard } from '../../src/server/article-card.js';
import { RenderCache } from '../../src/server/render-cache.js';
import type { Article } from '../../src/model/types.js';

/** Where Lit's marker is in `out`, with a little context to find the template that wrote it. */
function markers(out: string): string[] {
  return [...out.matchAll(/<\?/g)].map((match) => out.slice(Math.max(0, match.index - 80), match.index + 3));
}

const article: Article = {
  id: 'a1',
  headline: 'Quang Trung sơ kết giữa nhiệm kỳ',
  url: '/tin-tuc/quang-trung',
  summary: 'Tóm tắt bài viết',
  section: { name: 'Tin tức', href: '/tin-tuc' },
  publishedAt: '2023-03-15T19:52:00+07:00',
  updatedAt: '2023-03-16T08:00:00+07:00',
  viewCount: 1234,
  authors: [{ name: 'Phòng Văn hóa' }, { name: 'Hoàng Phương' }],
  images: [{ src: '/assets/img/a.jpg', alt: 'Ảnh', width: 640, height: 360 }],
  body: [],
  tags: [],
  awards: [],
};

/** The card from attributes, each content attribute given or not (`undefined` leaves it out). */
const card = (attributes: Record<string, string | number | boolean | undefined>) =>
  html`<gov-article-card
    lang=${attributes.lang ?? 'vi'}
    variant=${attributes.variant ?? 'list'}
    headline=${attributes.headline ?? nothing}
    href=${attributes.href ?? nothing}
    summary=${attributes.summary ?? nothing}
    section=${attributes.section ?? nothing}
    section-href=${attributes['section-href'] ?? nothing}
    author=${attributes.author ?? nothing}
    published=${attributes.published ?? nothing}
    updated=${attributes.updated ?? nothing}
    views=${attributes.views ?? nothing}
    image-src=${attributes['image-src'] ?? nothing}
    image-alt=${attributes['image-alt'] ?? nothing}
    image-width=${attributes['image-width'] ?? nothing}
    image-height=${attributes['image-height'] ?? nothing}
    heading-level=${attributes['heading-level'] ?? 3}
    ?relative=${attributes.relative ?? false}
  ></gov-article-card>`;

const full = {
  headline: 'Tiêu đề',
  href: '/tin-tuc/a',
  summary: 'Tóm tắt',
  section: 'Tin tức',
  'section-href': '/tin-tuc',
  author: 'Phòng Văn hóa',
  published: '2023-03-15T19:52:00+07:00',
  updated: '2023-03-16T08:00:00+07:00',
  views: 55,
  'image-src': '/a.jpg',
  'image-alt': 'Ảnh',
  'image-width': 640,
  'image-height': 360,
};

/** Each state by name: every variant with and without each part, the fallbacks for bad data. */
function states(): Record<string, TemplateResult> {
  const named: Record<string, TemplateResult> = {};
  for (const variant of ['list', 'featured', 'compact']) {
    for (const lang of ['vi', 'en']) {
      const base = { ...full, variant, lang };
      named[`${variant} ${lang}, everything`] = card(base);
      named[`${variant} ${lang}, no image`] = card({ ...base, 'image-src': undefined });
      named[`${variant} ${lang}, image without alt or size`] = card({
        ...base,
        'image-alt': undefined,
        'image-width': undefined,
        'image-height': undefined,
      });
      named[`${variant} ${lang}, headline only`] = card({ headline: 'Chỉ tiêu đề', variant, lang });
      named[`${variant} ${lang}, headline without link`] = card({ ...base, href: undefined });
      named[`${variant} ${lang}, date only`] = card({
        headline: 'x',
        published: full.published,
        variant,
        lang,
      });
      named[`${variant} ${lang}, count only`] = card({ headline: 'x', views: 1, variant, lang });
      named[`${variant} ${lang}, count 0`] = card({ headline: 'x', views: 0, variant, lang });
      named[`${variant} ${lang}, updated only`] = card({
        headline: 'x',
        updated: full.updated,
        variant,
        lang,
      });
      named[`${variant} ${lang}, date and count`] = card({ ...base, updated: undefined });
      named[`${variant} ${lang}, relative`] = card({ ...base, relative: true });
      named[`${variant} ${lang}, section without link`] = card({ ...base, 'section-href': undefined });
      named[`${variant} ${lang}, no headline (fallback)`] = card({ ...base, headline: undefined });
      named[`${variant} ${lang}, bad data (fallbacks)`] = card({
        variant,
        lang,
        href: 'javascript:alert(1)',
        'section-href': 'javascript:alert(1)',
        section: 'Tin',
        published: '2023-02-30T10:00:00+07:00',
        updated: 'hôm qua',
        views: -3,
        'image-src': 'javascript:alert(1)',
        'image-width': -1,
        'heading-level': 9,
      });
      named[`${variant} ${lang}, article`] = html`<gov-article-card
        lang=${lang}
        variant=${variant}
        .article=${article}
      ></gov-article-card>`;
      named[`${variant} ${lang}, article of the wrong shape`] = html`<gov-article-card
        lang=${lang}
        variant=${variant}
        .article=${{ headline: 5, authors: 'x', images: 'x.jpg' }}
      ></gov-article-card>`;
      named[`${variant} ${lang}, server template`] = articleCardTemplate(article, {
        locale: lang as 'vi' | 'en',
        variant: variant as 'list' | 'featured' | 'compact',
      });
    }
  }
  for (const level of [2, 3, 4, 5, 6]) {
    named[`heading level ${level}`] = card({ ...full, 'heading-level': level });
  }
  named['no attributes at all'] = html`<gov-article-card></gov-article-card>`;
  return named;
}

describe("gov-article-card's server HTML has no `<?>` (a template that ends with a binding)", () => {
  test('the check finds the marker when a template ends with a binding', () => {
    const endsWithBinding = (text: string) =>
      html`<p>${text}</p>
        ${text}`;
    assert.equal(markers(renderToString(endsWithBinding('x'))).length, 1);
  });

  for (const [name, template] of Object.entries(states())) {
    test(name, () => {
      const out = renderToString(template);
      assert.ok(out.includes('<article part="article"'), 'the card rendered');
      // The states are what they say: the full card shows every part (the compact one no image).
      if (name.endsWith('everything')) {
        for (const part of ['section', 'link', 'date', 'views', 'updated'])
          assert.ok(out.includes(`part="${part}"`));
        assert.equal(out.includes('part="image"'), !name.startsWith('compact'));
      }
      assert.deepEqual(markers(out), []);
    });
  }

  test('through the render cache, as the demo writes it', () => {
    const cache = new RenderCache();
    for (const variant of ['list', 'featured', 'compact'] as const) {
      for (const relative of [false, true]) {
        const out = renderArticleCard(article, { locale: 'vi', variant, relative }, cache);
        assert.deepEqual(markers(out), [], `${variant}${relative ? ', relative' : ''}`);
      }
    }
  });
});
