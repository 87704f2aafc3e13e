/**
 * View-count client: reads a count from a URL and reports one view per browser session.
 * Everything it touches (fetch, sendBeacon, storage) can be passed in, so it runs in tests, in
 * a worker and in Node with stubs. No cookies: fetch requests use `credentials: 'omit'`.
 *
 * Contract (see the README, "gov-view-counter"):
 * - read:   `GET {src}`, `Accept: application/json` → 200 `{"count": 55}` (a non-negative integer).
 * - report: `POST {url}`, body `{"articleId":"…"}` sent as `text/plain;charset=UTF-8` (a
 *   CORS-safelisted type, so no preflight; the server parses the body as JSON whatever the type)
 *   → 200/202 `{"count": 56}` or 204 with no body.
 *
 * Written for bytes: it ships inside the card and counter entries, so it keeps one code path
 * per outcome and short messages.
 */

/** Why a count could not be read. */
export type ViewCountErrorCode = 'http' | 'malformed' | 'network' | 'timeout';

export type ViewCountResult =
  | { ok: true; count: number }
  | { ok: false; code: ViewCountErrorCode; message: string; status?: number | undefined };

export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

export interface FetchViewCountOptions {
  /** Defaults to the global `fetch`, read at call time. */
  fetch?: FetchLike;
  signal?: AbortSignal;
  /** Gives up after this many milliseconds (default 8000). */
  timeoutMs?: number;
}

/** A view count is a non-negative safe integer; anything else is `undefined`. */
export const viewCount = (value: unknown): number | undefined =>
  Number.isSafeInteger(value) && (value as number) >= 0 ? (value as number) : undefined;

/** Reads `{ "count": n }` from a response body; `undefined` when it is not that shape. */
export const parseViewCountBody = (data: unknown): number | undefined =>
  viewCount((data as { count?: unknown } | null)?.count);

const why = (error: unknown) => String((error as Error)?.message ?? error);

/** `GET {url}` → the count. Never throws: every failure is a result with a code. */
export async function fetchViewCount(
  url: string,
  { fetch: get = fetch, signal, timeoutMs = 8000 }: FetchViewCountOptions = {},
): Promise<ViewCountResult> {
  // AbortSignal.timeout throws for NaN, negative, or more than a timer can hold: use the default.
  if (!Number.isSafeInteger(timeoutMs) || timeoutMs < 0 || timeoutMs > 2 ** 31 - 1) timeoutMs = 8000;
  const timeout = AbortSignal.timeout(timeoutMs);
  let status: number | undefined;
  let code: ViewCountErrorCode = 'malformed';
  let message = 'expected {"count": n}';
  try {
    const response = await get(url, {
      headers: { accept: 'application/json' },
      credentials: 'omit',
      signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
    });
    status = response.status;
    if (!response.ok) {
      code = 'http';
      message = `HTTP ${status}`;
    } else {
      const count = parseViewCountBody(await response.json());
      if (count !== undefined) return { ok: true, count };
    }
  } catch (error) {
    // A stalled body is cut by the same signal, so the timeout comes before "not JSON".
    // An abort through `signal` reads as `network` (the caller knows it aborted).
    [code, message] = timeout.aborted
      ? ['timeout', `no answer in ${timeoutMs} ms`]
      : status
        ? ['malformed', 'not JSON']
        : ['network', why(error)];
  }
  return { ok: false, code, message, status };
}

/** The part of `Storage` the de-duplication needs (sessionStorage in the browser). */
export type StorageLike = Pick<Storage, 'getItem' | 'setItem'>;

export interface ReportViewOptions {
  /** `navigator.sendBeacon`, bound to navigator. Tried first. */
  sendBeacon?: ((url: string, data: string) => boolean) | undefined;
  /**
   * Used with `keepalive: true` when there is no beacon or it was refused; default the global
   * `fetch`, read at call time.
   */
  fetch?: FetchLike | undefined;
  /**
   * Remembers reported articles for the session. Default `sessionStorage`; when it is `null`,
   * missing or throws (private mode, sandboxed frames), a memory of this page is used instead.
   */
  storage?: StorageLike | null | undefined;
}

export type ReportViewResult =
  { sent: 'beacon' | 'fetch' } | { sent: false; reason: 'duplicate' | 'failed'; message?: string };

/** Key under which a reported article is remembered in sessionStorage. */
export const viewedKey = (articleId: string) => `gov-view:${articleId}`;

const memory = new Set<string>();

/**
 * Reports one view of `articleId` to `url`, once per session: `sendBeacon` when there is one,
 * else `fetch` with `keepalive`. A second call for the same article sends nothing, even if the
 * first failed (a lost view is better than a double count). Never throws.
 */
export async function reportView(
  url: string,
  articleId: string,
  { sendBeacon, fetch: post = fetch, storage }: ReportViewOptions = {},
): Promise<ReportViewResult> {
  // First time this session? sessionStorage when it works, else a memory of this page.
  const key = viewedKey(articleId);
  let seen: boolean;
  try {
    const session = storage === undefined ? sessionStorage : storage!;
    seen = session.getItem(key) !== null;
    session.setItem(key, '1');
  } catch {
    seen = memory.has(key);
    memory.add(key);
  }
  if (seen) return { sent: false, reason: 'duplicate' };
  const body = JSON.stringify({ articleId });
  try {
    if (sendBeacon?.(url, body)) return { sent: 'beacon' };
    const response = await post(url, {
      method: 'POST',
      body,
      headers: { 'content-type': 'text/plain;charset=UTF-8' },
      credentials: 'omit',
      keepalive: true,
    });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return { sent: 'fetch' };
  } catch (error) {
    return { sent: false, reason: 'failed', message: why(error) };
  }
}
