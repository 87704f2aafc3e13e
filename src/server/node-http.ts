/** Bridges Fetch-API handlers to Node's `http` server (no framework needed). */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';

/** An IncomingMessage as a Fetch `Request` (body streamed, not buffered). */
export function toRequest(req: IncomingMessage, origin = `http://${req.headers.host ?? 'localhost'}`): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (Array.isArray(value)) for (const v of value) headers.append(name, v);
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

/** `(req, res) => …` for `http.createServer` from a Fetch handler. */
export function toNodeListener(handler: (request: Request) => Promise<Response>) {
  return async (req: IncomingMessage, res: ServerResponse) => {
    try {
      await sendResponse(await handler(toRequest(req)), res);
    } catch {
      if (!res.headersSent) res.statusCode = 500;
      res.end();
    }
  };
}
