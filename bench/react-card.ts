/**
 * A second peer reference: React's renderToString producing the same card markup (declarative
 * shadow DOM included). The target is a warm page faster than Preact and React.
 */
import { createElement as h, type ReactElement } from 'react';
import { renderToString } from 'react-dom/server';
import type { Article } from '../src/model/index.js';
import { portalDate } from '../src/format/dates.js';
import { articleCardAttributes } from '../src/elements/article-card/attributes.js';
import { formatCount } from '../src/format/numbers.js';
import { styles } from '../src/elements/article-card/styles.js';

const CSS = styles.cssText;

function card(a: Article): ReactElement {
  const img = a.images[0]!;
  const date = portalDate(a.publishedAt);
  const views = a.viewCount!;
  // Custom-element attributes pass through as written; `class` is `className` in React.
  return h(
    'gov-article-card',
    {
      key: a.id,
      lang: 'vi',
      // The attributes the library's server template writes for an article (one mapping).
      ...articleCardAttributes(a),
    },
    h(
      'template',
      { shadowrootmode: 'open' } as Record<string, string>,
      h('style', { dangerouslySetInnerHTML: { __html: CSS } }),
      h(
        'article',
        { part: 'article', className: 'list' } as Record<string, string>,
        h(
          'div',
          { part: 'body' } as Record<string, string>,
          h('a', { part: 'section', href: a.section!.href } as Record<string, string>, a.section!.name),
          h(
            'h3',
            { part: 'headline' } as Record<string, string>,
            h('a', { part: 'link', href: a.url } as Record<string, string>, a.headline),
          ),
          h(
            'p',
            { part: 'meta' } as Record<string, string>,
            h('span', { part: 'published-label' } as Record<string, string>, 'Ngày đăng'),
            ' ',
            h(
              'time',
              { part: 'date', dateTime: date.ok ? date.datetime : '' } as Record<string, string>,
              date.text,
            ),
            ' | ',
            h(
              'span',
              { part: 'views' } as Record<string, string>,
              h(
                'data',
                { part: 'views-count', value: views } as Record<string, unknown>,
                formatCount(views, { locale: 'vi' }),
              ),
              ' ',
              h('span', { part: 'views-label' } as Record<string, string>, 'lượt xem'),
            ),
          ),
          h('p', { part: 'summary' } as Record<string, string>, a.summary),
          h('p', { part: 'byline' } as Record<string, string>, `Tác giả: ${a.authors[0]!.name}`),
        ),
        h('img', {
          part: 'image',
          src: img.src,
          alt: img.alt,
          width: img.width,
          height: img.height,
          loading: 'lazy',
          decoding: 'async',
        } as Record<string, unknown>),
      ),
    ),
  );
}

export function reactPage(articles: Article[]): string {
  return renderToString(h('div', null, articles.map(card))).slice(5, -6);
}
