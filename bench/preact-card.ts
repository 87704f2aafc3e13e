/**
 * The peer reference: Preact's render-to-string producing the same card markup (declarative
 * shadow DOM included) from a component tree.
 */
import { h, type VNode } from 'preact';
import { renderToString } from 'preact-render-to-string';
import type { Article } from '../src/model/index.js';
import { portalDate } from '../src/format/dates.js';
import { articleCardAttributes } from '../src/elements/article-card/attributes.js';
import { formatCount } from '../src/format/numbers.js';
import { styles } from '../src/elements/article-card/styles.js';

const CSS = styles.cssText;

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the element's attribute props have no JSX types
function Card({ a }: { a: Article }): VNode<any> {
  const img = a.images[0]!;
  const date = portalDate(a.publishedAt);
  const views = a.viewCount!;
  return h(
    'gov-article-card',
    {
      lang: 'vi',
      // The attributes the library's server template writes for an article (one mapping).
      ...articleCardAttributes(a),
    },
    h(
      'template',
      { shadowrootmode: 'open' },
      h('style', { dangerouslySetInnerHTML: { __html: CSS } }),
      h(
        'article',
        { part: 'article', class: 'list' },
        h(
          'div',
          { part: 'body' },
          h('a', { part: 'section', href: a.section!.href }, a.section!.name),
          h('h3', { part: 'headline' }, h('a', { part: 'link', href: a.url }, a.headline)),
          h(
            'p',
            { part: 'meta' },
            h('span', { part: 'published-label' }, 'Ngày đăng'),
            ' ',
            h('time', { part: 'date', datetime: date.ok ? date.datetime : '' }, date.text),
            ' | ',
            h(
              'span',
              { part: 'views' },
              h('data', { part: 'views-count', value: views }, formatCount(views, { locale: 'vi' })),
              ' ',
              h('span', { part: 'views-label' }, 'lượt xem'),
            ),
          ),
          h('p', { part: 'summary' }, a.summary),
          h('p', { part: 'byline' }, `Tác giả: ${a.authors[0]!.name}`),
        ),
        h('img', {
          part: 'image',
          src: img.src,
          alt: img.alt,
          width: img.width,
          height: img.height,
          loading: 'lazy',
          decoding: 'async',
        }),
      ),
    ),
  );
}

export function preactPage(articles: Article[]): string {
  return renderToString(
    h(
      'div',
      null,
      articles.map((a) => Card({ a })),
    ),
  ).slice(5, -6);
}
