/** Bridges Fetch-API handlers to Node's `http` server (no framework needed). */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';

/** An IncomingMessage as a Fetch `Request` (body streamed, not buffered). Throws for what Fetch cannot express. */
export function toRequest(
  req: IncomingMessage,
  origin = `http://${req.headers.host ?? 'localhost'}`,
): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (Array.isArray(value)) for (const each of value) headers.append(name, each);
    else if (value !== undefined) headers.set(name, value);
  }
  const hasBody = req.method !== 'GET' && req.method !== 'HEAD';
  return new Request(new URL(req.url ?? '/', origin), {
    method: req.method,
    headers,
    body: hasBody ? (Readable.toWeb(req) as ReadableStream) : undefined,
    // Node requires this for a streamed body.
    ...(hasBody ? { duplex: 'half' } : {}),
  } as RequestInit);
}

/** Writes a Fetch `Response` to a ServerResponse. */
export async function sendResponse(response: Response, res: ServerResponse): Promise<void> {
  res.statusCode = response.status;
  response.headers.forEach((value, name) => res.setHeader(name, value));
  if (!response.body) {
    res.end();
    return;
  }
  const body = Buffer.from(await response.arrayBuffer());
  res.end(body);
}

// Methods the Fetch API refuses to build a Request for (TRACE echoes requests back: never served).
const FORBIDDEN_METHODS = new Set(['CONNECT', 'TRACE', 'TRACK']);

function plainAnswer(
  res: ServerResponse,
  status: number,
  text: string,
  headers: Record<string, string> = {},
) {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', ...headers });
  res.end(text);
}

/** `(req, res) => …` for `http.createServer` from a Fetch handler. */
export function toNodeListener(handler: (request: Request) => Promise<Response>) {
  return async (req: IncomingMessage, res: ServerResponse) => {
    if (FORBIDDEN_METHODS.has(String(req.method).toUpperCase())) {
      plainAnswer(res, 405, 'method not allowed\n', { allow: 'GET, HEAD, POST', connection: 'close' });
      return;
    }
    let request: Request;
    try {
      request = toRequest(req);
    } catch {
      // A Host header or request target that makes no URL.
      plainAnswer(res, 400, 'bad request\n', { connection: 'close' });
      return;
    }
    try {
      const response = await handler(request);
      // An answer given before the body was read (e.g. 413): do not wait for the rest of it.
      if (!req.complete) res.setHeader('connection', 'close');
      await sendResponse(response, res);
    } catch {
      if (!res.headersSent) res.statusCode = 500;
      res.end();
    }
  };
}
