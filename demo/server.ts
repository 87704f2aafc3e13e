/**
 * The demo portal: the seed page rebuilt from the library, server-rendered with
 * gov-portal-elements/server and hydrated in the browser, under a strict CSP with a fresh nonce
 * per response. Embedded data only: no network.
 *
 *   npm start            → http://localhost:8000   (PORT=… to change)
 *
 * View counts are kept in SQLite under ./data/ (DATA_DIR=… to move it), so they survive a restart;
 * REDIS_URL=redis://… or DATABASE_URL=postgres://… keep them in Redis or PostgreSQL instead, where
 * several demo processes on other ports share them.
 */
import { createServer, type Server, type ServerResponse } from 'node:http';
import { readFileSync, existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { isbot } from 'isbot';
import { browserBundle } from '../scripts/browser-bundle.mjs';
import {
  renderPage,
  renderPageToString,
  createNonce,
  RenderCache,
  articleCardFragment,
  createViewCountHandler,
  memoryViewCountStore,
  toNodeListener,
  type ViewCountStore,
} from '../src/server/index.js';
import '../src/elements/article-card/define.js';
import '../src/elements/view-counter/define.js';
import '../src/elements/award-list/define.js';
import '../src/elements/weather/define.js';
import type { Article } from '../src/model/index.js';
import type { Locale } from '../src/format/locale.js';
import { loadContent } from './content.js';
import { articlePage, homePage, notFoundPage, ui, type PageContext } from './pages.js';

const root = new URL('..', import.meta.url).pathname;

/** The strict policy auditors ask for; the nonce is fresh for every response. */
export const csp = (nonce: string) =>
  `default-src 'self'; script-src 'self' 'nonce-${nonce}'; style-src 'self' 'nonce-${nonce}'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'`;

const bundle = (entry: string) => browserBundle({ entry });

const FAVICON =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><rect width="16" height="16" fill="#a61b1b"/><path d="M8 3l1.2 3.6H13l-3 2.2 1.1 3.6L8 10.2l-3.1 2.2L6 8.8 3 6.6h3.8z" fill="#ffde00"/></svg>';

/** Articles in the home page's most-read box ("Tin xem nhiều"). */
const MOST_READ = 5;

export interface DemoServer {
  server: Server;
  store: ViewCountStore;
  url: string;
  cache: RenderCache;
  close(): Promise<void>;
}

export interface DemoOptions {
  /** Where view counts live (default: in memory, seeded from the content: what the tests use). */
  store?: (initial: Record<string, number>) => ViewCountStore;
}

export async function startDemoServer(
  port = Number(process.env.PORT ?? 8000),
  host = '127.0.0.1',
  options: DemoOptions = {},
): Promise<DemoServer> {
  const content = loadContent();
  const [appJs, cdnJs, openMeteoJs] = await Promise.all([
    bundle('demo/client.ts'),
    bundle('src/cdn/gov-portal-elements.ts'),
    bundle('src/cdn/open-meteo.ts'),
  ]);
  // The content's counts are where counting starts (views imported from the old portal).
  const initial = Object.fromEntries(content.articles.map((a) => [a.id, a.viewCount ?? 0]));
  const store = (options.store ?? memoryViewCountStore)(initial);
  const knownIds = new Set(content.articles.map((a) => a.id));

  // Every page shows current counts: read them before rendering. A store that fails keeps the
  // last counts read (the page still renders; the counters say so when they read the handler).
  let lastCounts = new Map<string, number>(Object.entries(initial));
  const readCounts = async (): Promise<Map<string, number>> => {
    try {
      const ids = [...knownIds];
      const counts = await Promise.all(ids.map((id) => store.get(id)));
      lastCounts = new Map(ids.map((id, index) => [id, counts[index]!]));
    } catch (error) {
      console.error(`view counts could not be read, showing the last ones: ${(error as Error).message}`);
    }
    return lastCounts;
  };
  // The home page's most-read box: the store's top list, only articles the portal has. A store
  // that fails keeps the last list read, as the counts do.
  let lastTop: { articleId: string; count: number }[] = [];
  const readTop = async (limit: number): Promise<{ articleId: string; count: number }[]> => {
    try {
      // Ask for a few more: ids the store knows but the content no longer has are left out.
      const entries = (await store.top?.(limit + 10)) ?? [];
      lastTop = entries
        .filter((entry) => knownIds.has(entry.articleId))
        .slice(0, limit)
        .map(({ articleId, count }) => ({ articleId, count: Number(count) }));
    } catch (error) {
      console.error(`the most read could not be read, showing the last list: ${(error as Error).message}`);
    }
    return lastTop;
  };
  const viewCounts = toNodeListener(
    createViewCountHandler({
      store,
      basePath: '/api/views',
      exists: (id) => knownIds.has(id),
      // The demo's end-to-end tests read it in headless Chromium, which the crawler list names.
      isCrawler: (userAgent) => isbot(userAgent) && !/HeadlessChrome\//.test(userAgent),
    }),
  );
  const cache = new RenderCache({ max: 500 });
  const css = readFileSync(`${root}demo/assets/portal.css`, 'utf8');

  const context = (
    locale: Locale,
    counts: Map<string, number>,
    top: { articleId: string; count: number }[] = [],
  ): PageContext => {
    // The top list was read after the counts: its numbers are the newer ones.
    if (top.length > 0) counts = new Map([...counts, ...top.map((e) => [e.articleId, e.count] as const)]);
    const byId = new Map(content.articles.map((a) => [a.id, a]));
    return {
      locale,
      content,
      views: (id) => counts.get(id) ?? 0,
      mostRead: top.map((entry) => byId.get(entry.articleId)!),
      // Cards come from the render cache, keyed by everything that changes their HTML (content
      // version, current count, locale, variant, options): see articleCardKey.
      card: (article: Article, variant, headingLevel = 2) =>
        articleCardFragment(
          { ...article, viewCount: counts.get(article.id) ?? 0 },
          { locale, variant, headingLevel, href: ui[locale].articlePath(article.slug ?? article.id) },
          cache,
        ),
    };
  };

  const send = (
    res: ServerResponse,
    status: number,
    type: string,
    body: string | Buffer,
    headers: Record<string, string> = {},
  ) => {
    res.writeHead(status, { 'content-type': type, 'x-content-type-options': 'nosniff', ...headers });
    res.end(body);
  };

  const page = (
    res: ServerResponse,
    locale: Locale,
    status: number,
    title: string,
    body: ReturnType<typeof homePage>,
    article?: Article,
  ) => {
    const nonce = createNonce();
    res.writeHead(status, {
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy': csp(nonce),
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'same-origin',
      'cache-control': 'no-store',
    });
    renderPage({
      lang: locale,
      title,
      nonce,
      article,
      publisher: { name: ui.vi.site },
      siteName: ui[locale].site,
      inlineStyles: css,
      scripts: ['/assets/app.js'],
      body,
    }).pipe(res);
  };

  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://localhost');
      const path = url.pathname;
      if (path.startsWith('/api/views')) return void (await viewCounts(req, res));
      if (req.method !== 'GET' && req.method !== 'HEAD')
        return send(res, 405, 'text/plain', 'method not allowed', { allow: 'GET, HEAD' });

      if (path === '/assets/app.js') return send(res, 200, 'text/javascript; charset=utf-8', appJs);
      if (path === '/cdn/gov-portal-elements.js')
        return send(res, 200, 'text/javascript; charset=utf-8', cdnJs);
      if (path === '/cdn/open-meteo.js') return send(res, 200, 'text/javascript; charset=utf-8', openMeteoJs);
      if (path === '/embed.html') {
        return send(res, 200, 'text/html; charset=utf-8', readFileSync(`${root}demo/embed.html`), {
          'content-security-policy': csp(createNonce()).replace(/ 'nonce-[^']+'/g, ''),
        });
      }
      if (path === '/favicon.ico')
        return send(res, 200, 'image/svg+xml', FAVICON, { 'cache-control': 'max-age=86400' });
      if (path === '/assets/portal.css') return send(res, 200, 'text/css; charset=utf-8', css);
      if (path === '/api/weather.json')
        return send(res, 200, 'application/json; charset=utf-8', JSON.stringify(content.weather), {
          'cache-control': 'no-store',
        });
      if (path.startsWith('/assets/img/') && /^[a-z0-9-]+\.svg$/.test(path.slice(12))) {
        const file = `${root}demo/assets/img/${path.slice(12)}`;
        if (existsSync(file))
          return send(res, 200, 'image/svg+xml', readFileSync(file), { 'cache-control': 'max-age=3600' });
      }

      const locale: Locale = path === '/en' || path.startsWith('/en/') ? 'en' : 'vi';
      if (path === '/' || path === '/en/' || path === '/en') {
        const counts = await readCounts();
        const home = homePage(context(locale, counts, await readTop(MOST_READ)));
        return page(res, locale, 200, `${content.sectionName} — ${ui[locale].site}`, home);
      }
      const ctx = context(locale, await readCounts());
      const match = /^\/(?:tin-tuc|en\/news)\/([a-z0-9-]+)$/.exec(path);
      const article = match && content.articles.find((a) => a.slug === match[1]);
      if (article) {
        if (url.searchParams.has('save')) {
          // "Lưu bài": the article as one HTML file, no scripts (it must open offline).
          const saved = renderPageToString({
            lang: 'vi',
            title: article.headline,
            article,
            inlineStyles: css,
            body: articlePage(ctx, article, { forSaving: true }),
          });
          return send(res, 200, 'text/html; charset=utf-8', saved, {
            'content-disposition': `attachment; filename="${article.slug}.html"`,
          });
        }
        return page(res, locale, 200, article.headline, articlePage(ctx, article), article);
      }
      return page(res, locale, 404, ui[locale].notFound, notFoundPage(ctx));
    } catch (error) {
      console.error(error);
      if (!res.headersSent) send(res, 500, 'text/plain', 'internal error');
      else res.end();
    }
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return {
    server,
    store,
    url: `http://${host === '0.0.0.0' ? 'localhost' : host}:${actualPort}`,
    cache,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** The store `npm start` uses: Redis or PostgreSQL when their URL is given, else SQLite in DATA_DIR. */
async function storeFromEnvironment(): Promise<{ store: NonNullable<DemoOptions['store']>; where: string }> {
  if (process.env.REDIS_URL) {
    const { redisViewCountStore } = await import('../src/server/stores/redis.js');
    return {
      store: (initial) => redisViewCountStore({ url: process.env.REDIS_URL, initial }),
      where: 'Redis',
    };
  }
  if (process.env.DATABASE_URL) {
    const { postgresViewCountStore } = await import('../src/server/stores/postgres.js');
    const connectionString = process.env.DATABASE_URL;
    return { store: (initial) => postgresViewCountStore({ connectionString, initial }), where: 'PostgreSQL' };
  }
  const { sqliteViewCountStore } = await import('../src/server/stores/sqlite.js');
  const folder = resolve(process.env.DATA_DIR ?? 'data');
  mkdirSync(folder, { recursive: true });
  const file = `${folder}/views.db`;
  return { store: (initial) => sqliteViewCountStore({ file, initial }), where: file };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const port = Number(process.env.PORT ?? 8000);
  try {
    const { store, where } = await storeFromEnvironment();
    const demo = await startDemoServer(port, process.env.HOST ?? '127.0.0.1', { store });
    console.log(
      `gov-portal-elements demo portal: ${demo.url}/  (English: ${demo.url}/en/, tag-only embed: ${demo.url}/embed.html)`,
    );
    console.log(`view counts kept in ${where}`);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EADDRINUSE' && code !== 'EACCES') throw error;
    const reason = code === 'EADDRINUSE' ? 'is already in use' : 'may not be used by this user';
    console.error(`Port ${port} ${reason}: start the demo on another one, e.g. PORT=${port + 1} npm start`);
    process.exit(1);
  }
}
