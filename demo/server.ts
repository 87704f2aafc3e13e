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
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFileSync, readdirSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { createHash } from 'node:crypto';
import { pipeline } from 'node:stream';
import { brotliCompressSync, constants, createBrotliCompress, createGzip, gzipSync } from 'node:zlib';
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

/** Content-hashed files change name when they change, so browsers may keep them for a year. */
const IMMUTABLE = 'public, max-age=31536000, immutable';

type Encoding = 'br' | 'gzip' | 'identity';

/** The best encoding the client accepts: Brotli, then gzip, else none. */
function acceptedEncoding(req: IncomingMessage): Encoding {
  const accepted = String(req.headers['accept-encoding'] ?? '');
  if (/\bbr\b/.test(accepted)) return 'br';
  if (/\bgzip\b/.test(accepted)) return 'gzip';
  return 'identity';
}

/** A file served from memory, compressed once at start-up in both encodings. */
interface StaticFile {
  type: string;
  encoded: Record<Encoding, Buffer>;
  cacheControl: string;
}

function staticFile(type: string, body: string | Buffer, cacheControl: string): StaticFile {
  const identity = Buffer.from(body);
  const brotli = brotliCompressSync(identity, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } });
  return { type, cacheControl, encoded: { identity, gzip: gzipSync(identity, { level: 9 }), br: brotli } };
}

/** `/assets/app.js` → `/assets/app.3f9a1c2e.js`: the name carries the first 8 hex of the SHA-256. */
function hashedPath(path: string, body: string | Buffer): string {
  const hash = createHash('sha256').update(body).digest('hex').slice(0, 8);
  return path.replace(/(\.[a-z]+)$/, `.${hash}$1`);
}

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
  /**
   * The portal's public address, for canonical links and share cards (default BASE_URL from the
   * environment, else the address the server listens on).
   */
  baseUrl?: string;
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
  const embedHtml = readFileSync(`${root}demo/embed.html`);

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

  // Static files, compressed once. The page's script has a content-hashed name and may be kept a
  // year; the CDN files keep the fixed names that embedding pages write (an hour); images a day.
  const js = 'text/javascript; charset=utf-8';
  const appPath = hashedPath('/assets/app.js', appJs);
  const files = new Map<string, StaticFile>([
    [appPath, staticFile(js, appJs, IMMUTABLE)],
    ['/assets/app.js', staticFile(js, appJs, 'no-cache')],
    ['/cdn/gov-portal-elements.js', staticFile(js, cdnJs, 'public, max-age=3600')],
    ['/cdn/open-meteo.js', staticFile(js, openMeteoJs, 'public, max-age=3600')],
    ['/assets/portal.css', staticFile('text/css; charset=utf-8', css, 'public, max-age=3600')],
    ['/favicon.ico', staticFile('image/svg+xml', FAVICON, 'public, max-age=86400')],
  ]);
  for (const name of readdirSync(`${root}demo/assets/img`)) {
    if (!/^[a-z0-9-]+\.svg$/.test(name)) continue;
    const body = readFileSync(`${root}demo/assets/img/${name}`);
    files.set(`/assets/img/${name}`, staticFile('image/svg+xml', body, 'public, max-age=86400'));
  }

  /** The article with its images as data: URLs, for a saved file that opens without the server. */
  const inlineImages = (article: Article): Article => {
    const inline = <T extends { src?: string }>(image: T): T => {
      const svg = image.src === undefined ? undefined : files.get(image.src);
      if (!svg || svg.type !== 'image/svg+xml') return image;
      return { ...image, src: `data:image/svg+xml;base64,${svg.encoded.identity.toString('base64')}` };
    };
    return {
      ...article,
      images: article.images.map(inline),
      body: article.body.map((block) =>
        block.type === 'image' ? { ...block, image: inline(block.image) } : block,
      ),
    };
  };

  // The address pages name themselves by: the option, BASE_URL, else where the server listens.
  let listeningUrl = '';
  const baseUrl = () => options.baseUrl ?? process.env.BASE_URL ?? listeningUrl;

  const sendFile = (req: IncomingMessage, res: ServerResponse, file: StaticFile) => {
    const encoding = acceptedEncoding(req);
    res.writeHead(200, {
      'content-type': file.type,
      'content-length': String(file.encoded[encoding].length),
      'cache-control': file.cacheControl,
      vary: 'accept-encoding',
      'x-content-type-options': 'nosniff',
      ...(encoding === 'identity' ? {} : { 'content-encoding': encoding }),
    });
    res.end(req.method === 'HEAD' ? undefined : file.encoded[encoding]);
  };

  const page = (
    req: IncomingMessage,
    res: ServerResponse,
    locale: Locale,
    status: number,
    title: string,
    body: ReturnType<typeof homePage>,
    head: { canonical?: string; description?: string; article?: Article },
  ) => {
    const nonce = createNonce();
    const encoding = acceptedEncoding(req);
    res.writeHead(status, {
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy': csp(nonce),
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'same-origin',
      // Revalidated on every visit (counts change), yet kept by the back/forward cache, which
      // `no-store` would forbid.
      'cache-control': 'no-cache',
      vary: 'accept-encoding',
      ...(encoding === 'identity' ? {} : { 'content-encoding': encoding }),
    });
    if (req.method === 'HEAD') return void res.end();
    const rendered = renderPage({
      lang: locale,
      title,
      nonce,
      ...head,
      baseUrl: baseUrl(),
      publisher: { name: ui.vi.site },
      siteName: ui[locale].site,
      inlineStyles: css,
      scripts: [appPath],
      body,
    });
    // Compressed on the way out; the head still leaves before the body is rendered.
    if (encoding === 'identity') return void rendered.pipe(res);
    const compressor =
      encoding === 'br'
        ? createBrotliCompress({ params: { [constants.BROTLI_PARAM_QUALITY]: 5 } })
        : createGzip({ level: 6 });
    pipeline(rendered, compressor, res, () => {});
  };

  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://localhost');
      const path = url.pathname;
      if (path.startsWith('/api/views')) return void (await viewCounts(req, res));
      if (req.method !== 'GET' && req.method !== 'HEAD')
        return send(res, 405, 'text/plain', 'method not allowed', { allow: 'GET, HEAD' });

      const file = files.get(path);
      if (file) return sendFile(req, res, file);
      if (path === '/embed.html') {
        return send(res, 200, 'text/html; charset=utf-8', embedHtml, {
          'content-security-policy': csp(createNonce()).replace(/ 'nonce-[^']+'/g, ''),
        });
      }
      if (path === '/api/weather.json')
        return send(res, 200, 'application/json; charset=utf-8', JSON.stringify(content.weather), {
          'cache-control': 'no-store',
        });

      const locale: Locale = path === '/en' || path.startsWith('/en/') ? 'en' : 'vi';
      if (path === '/' || path === '/en/' || path === '/en') {
        const counts = await readCounts();
        const home = homePage(context(locale, counts, await readTop(MOST_READ)));
        const title = `${content.sectionName} — ${ui[locale].site}`;
        return page(req, res, locale, 200, title, home, {
          canonical: path,
          description: ui[locale].description,
        });
      }
      const ctx = context(locale, await readCounts());
      const match = /^\/(?:tin-tuc|en\/news)\/([a-z0-9-]+)$/.exec(path);
      const article = match && content.articles.find((each) => each.slug === match[1]);
      if (article) {
        if (url.searchParams.has('save')) {
          // "Lưu bài": the article as one HTML file that opens from disk, offline: no scripts,
          // images inlined as data: URLs, the weather box rendered from its report.
          const saved = renderPageToString({
            lang: 'vi',
            title: article.headline,
            article,
            baseUrl: baseUrl(),
            inlineStyles: css,
            body: articlePage(ctx, inlineImages(article), { forSaving: true }),
          });
          return send(res, 200, 'text/html; charset=utf-8', saved, {
            'content-disposition': `attachment; filename="${article.slug}.html"`,
          });
        }
        // Each language's page is its own canonical (the article's `url` names the Vietnamese one).
        return page(req, res, locale, 200, article.headline, articlePage(ctx, article), {
          canonical: path,
          article,
        });
      }
      return page(req, res, locale, 404, ui[locale].notFound, notFoundPage(ctx), {});
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
  const serverUrl = `http://${host === '0.0.0.0' ? 'localhost' : host}:${actualPort}`;
  listeningUrl = `${serverUrl}/`;
  return {
    server,
    store,
    url: serverUrl,
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
