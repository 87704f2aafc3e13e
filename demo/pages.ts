/** Page templates of the demo portal: the seed page rebuilt from the library, in vi and en. */
import { html, nothing, type TemplateResult } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import type { Article, BodyBlock } from '../src/model/index.js';
import { serializeJsonLd } from '../src/model/index.js';
import { portalDate } from '../src/format/dates.js';
import type { Locale } from '../src/format/locale.js';
import { commonMessages } from '../src/format/messages.js';
import type { DemoContent } from './content.js';

export const ui = {
  vi: {
    site: 'Cổng thông tin điện tử phường Quang Trung',
    description:
      'Tin tức, khen thưởng và thời tiết của phường Quang Trung: trang trình diễn thư viện gov-portal-elements.',
    subtitle: 'Trang trình diễn gov-portal-elements',
    skip: 'Bỏ qua, đến nội dung chính',
    home: 'Trang chủ',
    news: 'Tin tức',
    nav: 'Điều hướng chính',
    otherLang: { label: 'English', href: '/en/' },
    print: 'In bài',
    save: 'Lưu bài',
    actions: 'Công cụ bài viết',
    awards: 'Danh sách khen thưởng',
    illustrative:
      'Danh sách minh họa: trang gốc cho biết 19 tập thể, cá nhân được khen thưởng nhưng không nêu tên; các tên dưới đây là tên giả định để trình diễn.',
    sample: 'Dữ liệu mẫu, không phải số đo thật.',
    imageNote: 'Ảnh minh họa',
    footer: 'Trang trình diễn, dựng lại từ trang cổng thông tin phường bằng thư viện gov-portal-elements.',
    embed: 'Trang nhúng thẻ (không cần bước build)',
    notFound: 'Không tìm thấy trang',
    mostRead: 'Tin xem nhiều',
    articlePath: (slug: string) => `/tin-tuc/${slug}`,
  },
  en: {
    site: 'Quang Trung Ward e-portal',
    description: 'News, awards and weather of Quang Trung ward: a demo of the gov-portal-elements library.',
    subtitle: 'gov-portal-elements demo',
    skip: 'Skip to main content',
    home: 'Home',
    news: 'News',
    nav: 'Main navigation',
    otherLang: { label: 'Tiếng Việt', href: '/' },
    print: 'Print',
    save: 'Save',
    actions: 'Article tools',
    awards: 'Awards',
    illustrative:
      'Illustrative list: the original page says 19 collectives and individuals were rewarded but does not name them; the names below are invented for the demo.',
    sample: 'Sample data, not real measurements.',
    imageNote: 'Illustrative image',
    footer: 'A demo page: the ward portal page rebuilt with the gov-portal-elements library.',
    embed: 'Tag-only embed page (no build step)',
    notFound: 'Page not found',
    mostRead: 'Most read',
    articlePath: (slug: string) => `/en/news/${slug}`,
  },
} as const;

export interface PageContext {
  locale: Locale;
  content: DemoContent;
  /** Current view counts, so cards and counters start from the real number. */
  views: (articleId: string) => number;
  /** The most read articles, most first (home page only; empty elsewhere). */
  mostRead: readonly Article[];
  /** A card, pre-rendered once and reused from the render cache (heading level 2 unless given). */
  card: (article: Article, variant: 'featured' | 'list' | 'compact', headingLevel?: 2 | 3) => unknown;
}

function frame(
  ctx: PageContext,
  main: TemplateResult,
  aside: TemplateResult | typeof nothing,
): TemplateResult {
  const t = ui[ctx.locale];
  const home = ctx.locale === 'vi' ? '/' : '/en/';
  return html`<a class="skip-link" href="#main">${t.skip}</a>
    <header class="site-header">
      <div class="inner">
        <div>
          <p class="site-title"><a href=${home}>${t.site}</a></p>
          <p class="site-subtitle">${t.subtitle}</p>
        </div>
        <p class="lang-switch">
          <a href=${t.otherLang.href} lang=${ctx.locale === 'vi' ? 'en' : 'vi'}>${t.otherLang.label}</a>
        </p>
      </div>
    </header>
    <nav class="site-nav" aria-label=${t.nav}>
      <div class="inner">
        <ul>
          <li><a href=${home}>${t.home}</a></li>
          <li><a href=${`${home}#${ctx.content.sectionSlug}`}>${t.news}</a></li>
          <li><a href="/embed.html">${t.embed}</a></li>
        </ul>
      </div>
    </nav>
    <main id="main" class="layout">${main}${aside}</main>
    <footer class="site-footer">
      <div class="inner"><p>${t.footer}</p></div>
    </footer>`;
}

/**
 * Data for an element as a `<script type="application/json">` child: the server renders from the
 * property, and the browser reads the same data from the child, so hydration sees equal input.
 * serializeJsonLd escapes `<`, so no value can close the script element.
 */
const jsonChild = (value: unknown) =>
  unsafeHTML(`<script type="application/json">${serializeJsonLd(value)}</script>`);

function weatherBox(ctx: PageContext): TemplateResult {
  const t = ui[ctx.locale];
  return html`<aside class="panel" aria-label=${ctx.locale === 'vi' ? 'Thời tiết' : 'Weather'}>
    <gov-weather lang=${ctx.locale} .report=${ctx.content.weather}
      >${jsonChild(ctx.content.weather)}</gov-weather
    >
    <p class="sample-note">${t.sample}</p>
  </aside>`;
}

/** "Tin xem nhiều": the most read as compact cards, a section with its own heading. */
function mostReadBox(ctx: PageContext): TemplateResult | typeof nothing {
  if (ctx.mostRead.length === 0) return nothing;
  return html`<section class="panel most-read" aria-labelledby="most-read-title">
    <h2 class="section-title" id="most-read-title" lang=${ctx.locale}>${ui[ctx.locale].mostRead}</h2>
    <ol class="card-list">
      ${ctx.mostRead.map((a) => html`<li>${ctx.card(a, 'compact', 3)}</li>`)}
    </ol>
  </section>`;
}

export function homePage(ctx: PageContext): TemplateResult {
  const { content } = ctx;
  return frame(
    ctx,
    html`<section class="panel" id=${content.sectionSlug} aria-labelledby="news-title">
      <h1 class="section-title" id="news-title" lang="vi">${content.sectionName}</h1>
      <ul class="card-list">
        ${content.articles.map((a, i) => html`<li>${ctx.card(a, i === 0 ? 'featured' : 'list')}</li>`)}
      </ul>
    </section>`,
    html`<div class="sidebar">${mostReadBox(ctx)}${weatherBox(ctx)}</div>`,
  );
}

function block(b: BodyBlock, ctx: PageContext): TemplateResult | typeof nothing {
  switch (b.type) {
    case 'paragraph':
      return html`<p>${b.text}</p>`;
    case 'heading':
      return html`<h2>${b.text}</h2>`;
    case 'quote':
      return html`<blockquote>${b.text}</blockquote>`;
    case 'image':
      return html`<figure>
        ${b.image.src ? html`<img src=${b.image.src} alt=${b.image.alt} width=${b.image.width ?? nothing} height=${b.image.height ?? nothing} loading="lazy" />` : nothing}
        <figcaption>
          ${b.image.caption}${b.image.src ? html` <span lang=${ctx.locale}>(${ui[ctx.locale].imageNote})</span>` : nothing}
        </figcaption>
      </figure>`;
    default:
      return nothing;
  }
}

export function articlePage(
  ctx: PageContext,
  article: Article,
  options: { forSaving?: boolean } = {},
): TemplateResult {
  const t = ui[ctx.locale];
  const date = portalDate(article.publishedAt);
  const views = ctx.views(article.id);
  const path = t.articlePath(article.slug ?? article.id);
  return frame(
    ctx,
    html`<article class="panel article" lang="vi" aria-labelledby="headline">
      ${article.section ? html`<p><a href=${article.section.href ?? '/'}>${article.section.name}</a></p>` : nothing}
      <h1 id="headline">${article.headline}</h1>
      <p class="date-line">
        <span lang=${ctx.locale}>${commonMessages[ctx.locale].published}</span>
        ${date.ok ? html`<time datetime=${date.datetime}>${date.text}</time>` : nothing}
        <span aria-hidden="true">|</span>
        <gov-view-counter
          lang=${ctx.locale}
          count=${views}
          src=${`/api/views/${article.id}`}
          ?track=${!options.forSaving}
          track-url="/api/views"
          article-id=${article.id}
        ></gov-view-counter>
      </p>
      ${
        options.forSaving
          ? nothing
          : html`<div class="article-actions" role="group" aria-label=${t.actions} lang=${ctx.locale}>
              <button type="button" data-action="print" hidden>${t.print}</button>
              <a href=${`${path}?save=1`} download=${`${article.slug ?? article.id}.html`}>${t.save}</a>
            </div>`
      }
      ${article.body.map((b) => block(b, ctx))}
      <section aria-labelledby="awards-title">
        <h2 id="awards-title" lang=${ctx.locale}>${t.awards}</h2>
        <p class="illustrative" lang=${ctx.locale}>${t.illustrative}</p>
        <gov-award-list lang=${ctx.locale} .decision=${ctx.content.award}
          >${jsonChild(ctx.content.award)}</gov-award-list
        >
      </section>
      ${article.authors.map((a) => html`<p class="byline">${a.name}</p>`)}
    </article>`,
    // Saved too: the box is rendered from its report, so it shows without script or server.
    weatherBox(ctx),
  );
}

export function notFoundPage(ctx: PageContext): TemplateResult {
  return frame(ctx, html`<section class="panel"><h1>${ui[ctx.locale].notFound}</h1></section>`, nothing);
}
