/**
 * Weather sources: objects with `load({ signal })` that resolve to a `WeatherReport`.
 * The element only knows this shape; where the data comes from (a static object, the portal's
 * own JSON proxy, Open-Meteo) is the source's business. None needs an API key in the page.
 */
import type { Issue, WeatherReport, WeatherSourceInfo } from '../../model/types.js';
import { checkWeatherReport } from './check.js';

export interface WeatherLoadOptions {
  signal?: AbortSignal;
}

export interface WeatherSource extends WeatherSourceInfo {
  load(options?: WeatherLoadOptions): Promise<WeatherReport>;
}

export type WeatherSourceErrorKind = 'http' | 'service' | 'malformed' | 'partial' | 'timeout' | 'network';

/**
 * Why a load failed. `kind`:
 * - `http`: the server answered with an error status (`status`);
 * - `service`: the service said why (Open-Meteo's `{"error": true, "reason": "…"}`);
 * - `malformed`: not JSON, or nothing usable in it (`issues`);
 * - `partial`: some of the data is missing or wrong; `report` holds what is usable and `issues`
 *   what is not (callers may show `report` and report `issues`);
 * - `timeout`: no answer within `timeoutMs`;
 * - `network`: the request failed (offline, DNS, CORS).
 * An abort by the caller's own signal rejects with the signal's reason, not with this class.
 */
export class WeatherSourceError extends Error {
  override name = 'WeatherSourceError';
  /** HTTP status, for `http` and `service`. */
  declare readonly status?: number;
  /** What is wrong, for `malformed` and `partial`. */
  declare readonly issues: Issue[];
  /** The usable part of the data, for `partial`. */
  declare readonly report?: WeatherReport;
  constructor(
    readonly kind: WeatherSourceErrorKind,
    message: string,
    details: { status?: number; issues?: Issue[]; report?: WeatherReport } = {},
  ) {
    super(message);
    Object.assign(this, { issues: [] }, details);
  }
}

/** Resolves a checked report, or rejects: `partial` with the usable part, `malformed` without. */
export function checked(input: unknown): WeatherReport {
  const { value, issues } = checkWeatherReport(input);
  if (value && !issues.length) return value;
  // The first few issues in the message (every one is in `issues`): 10 000 bad places make no 1 MB message.
  const more = issues.length > 5 ? `; and ${issues.length - 5} more` : '';
  const list =
    issues
      .slice(0, 5)
      .map((issue) => `${issue.path}: ${issue.message}`)
      .join('; ') + more;
  throw value && value.places.length
    ? new WeatherSourceError('partial', `weather report is partly invalid: ${list}`, {
        issues,
        report: value,
      })
    : new WeatherSourceError('malformed', `not a weather report: ${list}`, { issues });
}

export interface FetchJsonOptions {
  fetch?: typeof fetch;
  /** Abandon the request after this many ms (default 10 000; 0 = never). */
  timeoutMs?: number;
  signal?: AbortSignal;
  /** Reads a JSON error body (HTTP 4xx/5xx) into a service message, e.g. Open-Meteo's `reason`. */
  serviceError?: (body: unknown) => string | undefined;
}

/** GET a JSON document with a timeout, turning every failure into a `WeatherSourceError`. */
export async function fetchJson(url: string, options: FetchJsonOptions = {}): Promise<unknown> {
  const { signal, timeoutMs = 10_000 } = options;
  signal?.throwIfAborted();
  const controller = new AbortController();
  let timedOut = false;
  const onAbort = () => controller.abort(signal!.reason);
  signal?.addEventListener('abort', onAbort);
  const timer =
    timeoutMs > 0
      ? setTimeout(() => {
          timedOut = true;
          controller.abort();
        }, timeoutMs)
      : undefined;
  try {
    let response: Response;
    let text: string;
    try {
      response = await (options.fetch ?? globalThis.fetch)(url, {
        signal: controller.signal,
        headers: { accept: 'application/json' },
      });
      text = await response.text();
    } catch (error) {
      if (timedOut) throw new WeatherSourceError('timeout', `${url}: no answer in ${timeoutMs} ms`);
      if (signal?.aborted) throw signal.reason;
      throw new WeatherSourceError('network', `${url}: ${error}`);
    }
    let body: unknown;
    let parsed = true;
    try {
      body = JSON.parse(text);
    } catch {
      parsed = false;
    }
    if (!response.ok) {
      const reason = parsed ? options.serviceError?.(body) : undefined;
      throw reason
        ? new WeatherSourceError('service', reason, { status: response.status })
        : new WeatherSourceError('http', `${url}: HTTP ${response.status}`, { status: response.status });
    }
    if (!parsed) throw new WeatherSourceError('malformed', `${url}: not JSON`);
    return body;
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
}

/** A report you already have (server-rendered pages, stories, tests). */
export function staticWeatherSource(report: WeatherReport): WeatherSource {
  return {
    ...report.source,
    async load({ signal } = {}) {
      signal?.throwIfAborted();
      return checked(report);
    },
  };
}

export interface JsonWeatherSourceOptions extends Omit<FetchJsonOptions, 'signal'> {
  /** Shown when the report itself does not name its source. */
  name?: string;
}

/**
 * A URL that answers with a `WeatherReport` as JSON: typically the portal's own proxy, which
 * can hold any key server-side and cache for every reader.
 */
export function jsonWeatherSource(url: string, options: JsonWeatherSourceOptions = {}): WeatherSource {
  return {
    name: options.name ?? url,
    async load({ signal } = {}) {
      return checked(await fetchJson(url, { ...options, signal }));
    },
  };
}
