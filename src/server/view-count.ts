/**
 * The counting service behind `<gov-view-counter src track>`, as a Fetch-API handler
 * (`Request → Promise<Response>`) that runs in Node's http server (through `toNodeListener`),
 * in any framework that speaks Fetch, or in a worker. The store is pluggable.
 *
 * Contract (README, "gov-view-counter"):
 * - `GET  {base}/{articleId}` → 200 `{"articleId":"…","count":55}`
 * - `POST {base}` or `{base}/{articleId}` with body `{"articleId":"…"}` (any content type; beacons
 *   send text/plain) → 200 `{"articleId":"…","count":56}`
 * - invalid id, bad body, id in path and body disagreeing → 400 `{"error":"…"}`; a body over 1 KB → 413;
 *   other methods → 405; the store failing → 503 with `Retry-After`.
 */

/** Where counts live. `increment` returns the new count. Both may be async (Redis, SQL). */
export interface ViewCountStore {
  get(articleId: string): number | Promise<number>;
  increment(articleId: string): number | Promise<number>;
}

/** An in-memory store (one process; counts are lost on restart). */
export function memoryViewCountStore(initial: Record<string, number> = {}): ViewCountStore & { counts: Map<string, number> } {
  const counts = new Map(Object.entries(initial));
  return {
    counts,
    get: (id) => counts.get(id) ?? 0,
    increment(id) {
      const next = (counts.get(id) ?? 0) + 1;
      counts.set(id, next);
      return next;
    },
  };
}

/** Ids are short slugs or numbers: letters, digits, `-`, `_`, `.`; 1–128 characters. */
export const ARTICLE_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;

export interface ViewCountHandlerOptions {
  store: ViewCountStore;
  /** Path prefix the handler answers under (default `/api/views`). */
  basePath?: string;
  /** Only these ids may be counted (e.g. published articles); others get 404. */
  exists?: (articleId: string) => boolean | Promise<boolean>;
}

const MAX_BODY_BYTES = 1024;

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers },
  });

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

/** A failure of the store (database down, timeout): the client may try again later. */
const storeUnavailable = () => json(503, { error: 'view count store unavailable' }, { 'retry-after': '30' });

export function createViewCountHandler(options: ViewCountHandlerOptions): (request: Request) => Promise<Response> {
  const base = (options.basePath ?? '/api/views').replace(/\/+$/, '');
  return async (request) => {
    let pathId: string | undefined;
    try {
      const path = new URL(request.url).pathname;
      if (path !== base && !path.startsWith(`${base}/`)) return json(404, { error: 'not found' });
      const rest = decodeURIComponent(path.slice(base.length + 1));
      pathId = rest === '' ? undefined : rest;
    } catch {
      // A malformed percent-escape.
      return json(400, { error: 'bad request' });
    }
    try {
      if (request.method === 'GET' || request.method === 'HEAD') {
        if (!pathId || !ARTICLE_ID.test(pathId)) return json(400, { error: 'invalid article id' });
        if (options.exists && !(await options.exists(pathId))) return json(404, { error: 'unknown article' });
        return json(200, { articleId: pathId, count: await options.store.get(pathId) });
      }

      if (request.method === 'POST') {
        let text: string;
        try {
          text = await readLimitedText(request, MAX_BODY_BYTES);
        } catch (error) {
          if (error instanceof BodyTooLarge) return json(413, { error: 'body too large' }, { connection: 'close' });
          return json(400, { error: 'body could not be read' });
        }
        let bodyId: unknown;
        if (text.trim() !== '') {
          try {
            bodyId = (JSON.parse(text) as { articleId?: unknown } | null)?.articleId;
          } catch {
            return json(400, { error: 'body must be JSON: {"articleId":"…"}' });
          }
        }
        if (bodyId !== undefined && typeof bodyId !== 'string') {
          return json(400, { error: 'articleId must be a string' });
        }
        if (pathId && bodyId && pathId !== bodyId) return json(400, { error: 'article id in path and body differ' });
        const id = pathId ?? (bodyId as string | undefined);
        if (!id || !ARTICLE_ID.test(id)) return json(400, { error: 'invalid article id' });
        if (options.exists && !(await options.exists(id))) return json(404, { error: 'unknown article' });
        return json(200, { articleId: id, count: await options.store.increment(id) });
      }

      return json(405, { error: 'method not allowed' }, { allow: 'GET, HEAD, POST' });
    } catch {
      // What is left to fail is the store (or `exists`): an answer to retry, never a crash.
      return storeUnavailable();
    }
  };
}
