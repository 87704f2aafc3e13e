/**
 * The counting service behind `<gov-view-counter src track>`, as a Fetch-API handler
 * (`Request → Promise<Response>`) that runs in Node's http server (through `viewCountNodeListener`),
 * in any framework that speaks Fetch, or in a worker. The store is pluggable: SQLite, Redis and
 * PostgreSQL stores are separate entries (`gov-portal-elements/server/sqlite`, `/redis`, `/postgres`).
 *
 * Contract (README, "gov-view-counter" and "Counting views"):
 * - `GET  {base}/{articleId}` → 200 `{"articleId":"…","count":55}`
 * - `GET  {base}?top=10` → 200 `[{"articleId":"…","count":55}, …]`, most read first
 * - `POST {base}` or `{base}/{articleId}` with body `{"articleId":"…"}` (any content type; beacons
 *   send text/plain) → 200 `{"articleId":"…","count":56}`; a view already counted for this client
 *   in the window → 200 with the unchanged count; a crawler → 204; too many views → 429.
 * - invalid id, bad body, id in path and body disagreeing → 400 `{"error":"…"}`; a body over 1 KB → 413;
 *   other methods → 405; the store failing → 503 with `Retry-After`.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { isbot } from 'isbot';
import { toNodeListener } from './node-http.js';

/** One line of a most-read list. */
export interface ViewCountEntry {
  articleId: string;
  count: number;
}

/** Where counts live. `increment` returns the new count. All may be async (Redis, SQL). */
export interface ViewCountStore {
  get(articleId: string): number | Promise<number>;
  increment(articleId: string): number | Promise<number>;
  /** The `limit` most viewed articles, most first. Every store shipped here has it. */
  top?(limit: number): ViewCountEntry[] | Promise<ViewCountEntry[]>;
  /** Releases connections or files. */
  close?(): void | Promise<void>;
}

export interface ForgetfulMemoryStoreOptions {
  /** At most this many distinct ids are kept; increments of further new ids fail (default 100,000). */
  maxArticles?: number;
}

/**
 * A store in this process's memory. It FORGETS every count on restart and does not add up across
 * servers: for tests and throwaway demos only. Use the SQLite, Redis or PostgreSQL store in production.
 */
export function forgetfulMemoryViewCountStore(
  initial: Record<string, number> = {},
  options: ForgetfulMemoryStoreOptions = {},
): ViewCountStore & { counts: Map<string, number> } {
  const maxArticles = options.maxArticles ?? 100_000;
  const counts = new Map(Object.entries(initial));
  return {
    counts,
    get: (id) => counts.get(id) ?? 0,
    increment(id) {
      const current = counts.get(id);
      // Bounded whatever ids are sent: a full store refuses new ids (the handler answers 503).
      if (current === undefined && counts.size >= maxArticles)
        throw new RangeError('memory view-count store is full');
      const next = (current ?? 0) + 1;
      counts.set(id, next);
      return next;
    },
    top: (limit) => topOf(counts, limit),
  };
}

/** @deprecated The old name of {@link forgetfulMemoryViewCountStore} (it forgets on restart). */
export const memoryViewCountStore = forgetfulMemoryViewCountStore;

function topOf(counts: Map<string, number>, limit: number): ViewCountEntry[] {
  // Most viewed first; equal counts by id, so the order is the same on every call.
  return [...counts]
    .map(([articleId, count]) => ({ articleId, count }))
    .sort((one, other) => other.count - one.count || (one.articleId < other.articleId ? -1 : 1))
    .slice(0, limit);
}

/** Ids are short slugs or numbers: letters, digits, `-`, `_`, `.`; 1–128 characters. */
export const ARTICLE_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;

/** What the server knows about the connection a request came on (not part of a Fetch `Request`). */
export interface ViewCountConnection {
  remoteAddress?: string;
}

export interface ViewCountHandlerOptions {
  store: ViewCountStore;
  /** Path prefix the handler answers under (default `/api/views`). */
  basePath?: string;
  /** Only these ids may be counted (e.g. published articles); others get 404. Keeps stores bounded. */
  exists?: (articleId: string) => boolean | Promise<boolean>;
  /** A client's views of one article within this time count once (default 30 minutes). */
  windowMs?: number;
  /** At most this many (client, article) pairs are remembered for the window (default 100,000). */
  maxRemembered?: number;
  /** Views a client may report per minute (default 60); more get 429. `false` turns the limit off. */
  viewsPerMinute?: number | false;
  /**
   * Behind a reverse proxy: how many proxies in front of this server append to `X-Forwarded-For`
   * (`true` = 1). Without it the header is ignored, since any client can send it.
   */
  trustProxy?: boolean | number;
  /** The client's address where the platform gives it another way (e.g. a CDN's header). */
  clientAddress?: (request: Request) => string | undefined;
  /** Pages on these origins (e.g. `https://other.gov.vn`) may read and report counts (CORS). */
  allowedOrigins?: readonly string[];
  /** Which user agents are crawlers, whose views are not counted (default: the `isbot` list). */
  isCrawler?: (userAgent: string) => boolean;
  /** The clock, for tests. */
  now?: () => number;
}

const MAX_BODY_BYTES = 1024;
const MAX_TOP = 100;
const DAY_MS = 24 * 60 * 60 * 1000;

class BodyTooLarge extends Error {}

/**
 * The request body as text, refusing more than `limit` bytes: by `Content-Length` before reading
 * anything, and otherwise by stopping the read at the limit (a chunked or lying body is never
 * held whole in memory).
 */
async function readLimitedText(request: Request, limit: number): Promise<string> {
  const declared = request.headers.get('content-length');
  if (declared !== null && !(Number(declared) <= limit)) throw new BodyTooLarge();
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      // Stop reading; no cancel(): in Node that destroys the socket before the 413 can be sent
      // (toNodeListener closes the connection after answering instead).
      reader.releaseLock();
      throw new BodyTooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * Keys that expire after a fixed time, at most `max` of them. Every key lives the same time, so
 * a queue in insertion order is also in expiry order: the oldest go first, expired or crowded out.
 * (Not Map iteration: deleting from a Map's front leaves holes that each later iteration walks.)
 */
class ExpiringKeys<Value> {
  private readonly entries = new Map<string, Remembered<Value>>();
  private queue: Remembered<Value>[] = [];
  private head = 0;
  constructor(
    private readonly max: number,
    private readonly lifetimeMs: number,
  ) {}

  get(key: string, now: number): Value | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.expires > now) return entry.value;
    this.entries.delete(key);
    return undefined;
  }

  set(key: string, value: Value, now: number): void {
    const entry = { key, expires: now + this.lifetimeMs, value };
    this.entries.set(key, entry);
    this.queue.push(entry);
    while (this.head < this.queue.length) {
      const oldest = this.queue[this.head]!;
      const stale = this.entries.get(oldest.key) !== oldest; // replaced or deleted since
      const over = this.entries.size > this.max || this.queue.length - this.head > 2 * this.max;
      if (!stale && !over && oldest.expires > now) break;
      if (!stale) this.entries.delete(oldest.key);
      this.head++;
    }
    if (this.head > 1024 && this.head * 2 > this.queue.length) {
      this.queue = this.queue.slice(this.head);
      this.head = 0;
    }
  }

  delete(key: string): void {
    this.entries.delete(key);
  }

  get size(): number {
    return this.entries.size;
  }
}

interface Remembered<Value> {
  key: string;
  expires: number;
  value: Value;
}

/**
 * Who a client is, without keeping who they are: a hash of address and user agent under a random
 * salt that lives one day in memory only. Yesterday's hashes cannot be linked to today's, and
 * nothing stored can be turned back into an address.
 */
class ClientHasher {
  private day = -1;
  private salt = Buffer.alloc(0);
  hash(parts: string[], now: number): string {
    const day = Math.floor(now / DAY_MS);
    if (day !== this.day) {
      this.day = day;
      this.salt = randomBytes(32);
    }
    const hash = createHash('sha256').update(this.salt);
    for (const part of parts) hash.update(part).update('\0');
    return hash.digest('base64url').slice(0, 22); // 132 bits: collisions are not a concern
  }
}

/** The address `X-Forwarded-For` names when `hops` trusted proxies each appended one. */
function forwardedAddress(header: string | null, hops: number): string | undefined {
  if (!header) return undefined;
  const addresses = header
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
  if (addresses.length === 0) return undefined;
  // Entries left of the ones our proxies added were written by the client and may be forged.
  return addresses[Math.max(0, addresses.length - hops)];
}

export type ViewCountHandler = (request: Request, connection?: ViewCountConnection) => Promise<Response>;

export function createViewCountHandler(options: ViewCountHandlerOptions): ViewCountHandler {
  const base = (options.basePath ?? '/api/views').replace(/\/+$/, '');
  const store = options.store;
  const now = options.now ?? Date.now;
  const windowMs = options.windowMs ?? 30 * 60 * 1000;
  const maxRemembered = options.maxRemembered ?? 100_000;
  const viewsPerMinute = options.viewsPerMinute === undefined ? 60 : options.viewsPerMinute;
  // `true` trusts the one proxy in front; a number, that many hops.
  let proxyHops = options.trustProxy === true ? 1 : 0;
  if (typeof options.trustProxy === 'number') proxyHops = options.trustProxy;
  const allowedOrigins = new Set(options.allowedOrigins ?? []);
  const isCrawler = options.isCrawler ?? isbot;
  const hasher = new ClientHasher();
  const counted = new ExpiringKeys<true>(maxRemembered, windowMs);
  const recentViews = new ExpiringKeys<{ views: number }>(maxRemembered, 60_000);

  const corsHeaders = (request: Request): Record<string, string> => {
    const origin = request.headers.get('origin');
    if (!origin || !allowedOrigins.has(origin)) return {};
    return { 'access-control-allow-origin': origin, vary: 'origin' };
  };

  const answer = (request: Request, status: number, body: unknown, headers: Record<string, string> = {}) =>
    new Response(status === 204 ? null : JSON.stringify(body), {
      status,
      headers: {
        ...(status === 204 ? {} : { 'content-type': 'application/json; charset=utf-8' }),
        'cache-control': 'no-store',
        ...corsHeaders(request),
        ...headers,
      },
    });

  /** A failure of the store (database down, timeout): the client may try again later. */
  const storeUnavailable = (request: Request) =>
    answer(request, 503, { error: 'view count store unavailable' }, { 'retry-after': '30' });

  const addressOf = (request: Request, connection?: ViewCountConnection): string | undefined => {
    if (proxyHops > 0) {
      const forwarded = forwardedAddress(request.headers.get('x-forwarded-for'), proxyHops);
      if (forwarded) return forwarded;
    }
    return options.clientAddress?.(request) ?? connection?.remoteAddress;
  };

  /** A page on another origin that is not allowed: its reports are refused. Same-origin pages pass. */
  const foreignOrigin = (request: Request): boolean => {
    const origin = request.headers.get('origin');
    if (!origin || origin === 'null' || allowedOrigins.has(origin)) return false;
    try {
      // Compare hosts: behind a TLS-terminating proxy the request URL says http where the page says https.
      return new URL(origin).host !== new URL(request.url).host;
    } catch {
      return true;
    }
  };

  const readTop = async (request: Request, param: string): Promise<Response> => {
    const limit = Number(param);
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_TOP) {
      return answer(request, 400, { error: `top must be an integer from 1 to ${MAX_TOP}` });
    }
    if (!store.top) return answer(request, 501, { error: 'this store cannot list the most read' });
    // Ask for more when some may be left out (withdrawn articles), so the list is usually full.
    const entries = await store.top(options.exists ? limit * 2 + 10 : limit);
    const listed = options.exists
      ? (
          await Promise.all(
            entries.map(async (entry) => ((await options.exists!(entry.articleId)) ? entry : undefined)),
          )
        ).filter((entry): entry is ViewCountEntry => entry !== undefined)
      : entries;
    return answer(
      request,
      200,
      listed.slice(0, limit).map(({ articleId, count }) => ({ articleId, count: Number(count) })),
    );
  };

  const countView = async (
    request: Request,
    pathId: string | undefined,
    connection?: ViewCountConnection,
  ) => {
    if (foreignOrigin(request)) return answer(request, 403, { error: 'origin not allowed' });
    const userAgent = request.headers.get('user-agent') ?? '';
    const address = addressOf(request, connection);
    const at = now();
    // Without an address every reader would look alike: count each view rather than merge them.
    const client = address === undefined ? undefined : hasher.hash([address, userAgent], at);
    if (client !== undefined && viewsPerMinute !== false) {
      const recent = recentViews.get(client, at);
      if (recent && recent.views >= viewsPerMinute) {
        return answer(request, 429, { error: 'too many views' }, { 'retry-after': '60' });
      }
      if (recent) recent.views++;
      else recentViews.set(client, { views: 1 }, at);
    }

    let text: string;
    try {
      text = await readLimitedText(request, MAX_BODY_BYTES);
    } catch (error) {
      if (error instanceof BodyTooLarge)
        return answer(request, 413, { error: 'body too large' }, { connection: 'close' });
      return answer(request, 400, { error: 'body could not be read' });
    }
    let bodyId: unknown;
    if (text.trim() !== '') {
      try {
        bodyId = (JSON.parse(text) as { articleId?: unknown } | null)?.articleId;
      } catch {
        return answer(request, 400, { error: 'body must be JSON: {"articleId":"…"}' });
      }
    }
    if (bodyId !== undefined && typeof bodyId !== 'string') {
      return answer(request, 400, { error: 'articleId must be a string' });
    }
    if (pathId && bodyId && pathId !== bodyId)
      return answer(request, 400, { error: 'article id in path and body differ' });
    const id = pathId ?? (bodyId as string | undefined);
    if (!id || !ARTICLE_ID.test(id)) return answer(request, 400, { error: 'invalid article id' });
    if (userAgent && isCrawler(userAgent)) return answer(request, 204, null);
    if (options.exists && !(await options.exists(id)))
      return answer(request, 404, { error: 'unknown article' });

    if (client === undefined)
      return answer(request, 200, { articleId: id, count: await store.increment(id) });
    const viewKey = hasher.hash([client, id], at);
    if (counted.get(viewKey, at)) return answer(request, 200, { articleId: id, count: await store.get(id) });
    // Remembered before the store answers, so two beacons at once count once.
    counted.set(viewKey, true, at);
    try {
      return answer(request, 200, { articleId: id, count: await store.increment(id) });
    } catch (error) {
      // Refused (e.g. not connected): not counted, so a retry may count. A timeout may still have
      // counted: keep it remembered (a lost view is better than a double count).
      if (!(error instanceof StoreTimeoutError)) counted.delete(viewKey);
      throw error;
    }
  };

  return async (request, connection) => {
    let pathId: string | undefined;
    let url: URL;
    try {
      url = new URL(request.url);
      const path = url.pathname;
      if (path !== base && !path.startsWith(`${base}/`)) return answer(request, 404, { error: 'not found' });
      const rest = decodeURIComponent(path.slice(base.length + 1));
      pathId = rest === '' ? undefined : rest;
    } catch {
      // A malformed percent-escape.
      return answer(request, 400, { error: 'bad request' });
    }
    try {
      if (request.method === 'OPTIONS') {
        const origin = request.headers.get('origin');
        if (!origin || !allowedOrigins.has(origin))
          return answer(request, 204, null, { allow: 'GET, HEAD, POST, OPTIONS' });
        return answer(request, 204, null, {
          'access-control-allow-methods': 'GET, HEAD, POST',
          'access-control-allow-headers': 'content-type',
          'access-control-max-age': '86400',
        });
      }
      if (request.method === 'GET' || request.method === 'HEAD') {
        const top = url.searchParams.get('top');
        if (!pathId && top !== null) return await readTop(request, top);
        if (!pathId || !ARTICLE_ID.test(pathId)) return answer(request, 400, { error: 'invalid article id' });
        if (options.exists && !(await options.exists(pathId)))
          return answer(request, 404, { error: 'unknown article' });
        return answer(request, 200, { articleId: pathId, count: Number(await store.get(pathId)) });
      }
      if (request.method === 'POST') return await countView(request, pathId, connection);
      return answer(request, 405, { error: 'method not allowed' }, { allow: 'GET, HEAD, POST, OPTIONS' });
    } catch {
      // What is left to fail is the store (or `exists`): an answer to retry, never a crash.
      return storeUnavailable(request);
    }
  };
}

/**
 * The handler as `(req, res) => …` for `http.createServer`, giving it the connection's address
 * (a Fetch `Request` does not carry one). Behind a proxy, set `trustProxy` in the handler's options.
 */
export function viewCountNodeListener(handler: ViewCountHandler) {
  return (req: IncomingMessage, res: ServerResponse) =>
    toNodeListener((request) => handler(request, { remoteAddress: req.socket.remoteAddress }))(req, res);
}

/** The one line shown when an optional driver is not installed. */
export function missingDriver(entry: string, packageName: string, cause: unknown): Error {
  return Object.assign(
    new Error(
      `gov-portal-elements/server/${entry} needs the "${packageName}" package: npm install ${packageName}`,
      {
        cause,
      },
    ),
    { code: 'ERR_GOV_MISSING_DRIVER' },
  );
}

/** A store did not answer in time: the operation may or may not have happened. */
export class StoreTimeoutError extends Error {}

/** Runs `work`, failing after `ms` (a store that hangs must not hold requests forever). */
export async function withTimeout<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      work,
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new StoreTimeoutError(`${what} timed out after ${ms} ms`)), ms);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}
