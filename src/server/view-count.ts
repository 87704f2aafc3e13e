/**
 * The counting service behind `<gov-view-counter src track>`, as a Fetch-API handler
 * (`Request → Promise<Response>`) that runs in Node's http server (through `toNodeListener`),
 * in any framework that speaks Fetch, or in a worker. The store is pluggable.
 *
 * Contract (README, "gov-view-counter"):
 * - `GET  {base}/{articleId}` → 200 `{"articleId":"…","count":55}`
 * - `POST {base}` or `{base}/{articleId}` with body `{"articleId":"…"}` (any content type; beacons
 *   send text/plain) → 200 `{"articleId":"…","count":56}`
 * - invalid id, bad body, id in path and body disagreeing → 400 `{"error":"…"}`; other methods → 405.
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

const MAX_BODY = 1024;

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers },
  });

export function createViewCountHandler(options: ViewCountHandlerOptions): (request: Request) => Promise<Response> {
  const base = (options.basePath ?? '/api/views').replace(/\/+$/, '');
  return async (request) => {
    try {
      const path = new URL(request.url).pathname;
      if (path !== base && !path.startsWith(`${base}/`)) return json(404, { error: 'not found' });
      const rest = decodeURIComponent(path.slice(base.length + 1));
      const pathId = rest === '' ? undefined : rest;

      if (request.method === 'GET' || request.method === 'HEAD') {
        if (!pathId || !ARTICLE_ID.test(pathId)) return json(400, { error: 'invalid article id' });
        if (options.exists && !(await options.exists(pathId))) return json(404, { error: 'unknown article' });
        return json(200, { articleId: pathId, count: await options.store.get(pathId) });
      }

      if (request.method === 'POST') {
        const text = await request.text();
        if (text.length > MAX_BODY) return json(413, { error: 'body too large' });
        let bodyId: unknown;
        if (text.trim() !== '') {
          try {
            bodyId = (JSON.parse(text) as { articleId?: unknown } | null)?.articleId;
          } catch {
            return json(400, { error: 'body must be JSON: {"articleId":"…"}' });
          }
        }
        if (bodyId !== undefined && typeof bodyId !== 'string') return json(400, { error: 'articleId must be a string' });
        if (pathId && bodyId && pathId !== bodyId) return json(400, { error: 'article id in path and body differ' });
        const id = pathId ?? (bodyId as string | undefined);
        if (!id || !ARTICLE_ID.test(id)) return json(400, { error: 'invalid article id' });
        if (options.exists && !(await options.exists(id))) return json(404, { error: 'unknown article' });
        return json(200, { articleId: id, count: await options.store.increment(id) });
      }

      return json(405, { error: 'method not allowed' }, { allow: 'GET, HEAD, POST' });
    } catch {
      // A malformed percent-escape or a store failure: an answer, never a crash.
      return json(400, { error: 'bad request' });
    }
  };
}
