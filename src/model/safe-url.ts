/**
 * The one URL check every piece of content goes through before it reaches `href` or `src`.
 * Lit escapes text but not URLs, so `javascript:` in an attribute would run.
 */

export type UrlKind = 'link' | 'image';

// Control characters and whitespace that browsers strip before reading a scheme
// ("java\tscript:" still runs), so they are removed before the scheme is read.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const STRIPPED = /[\u0000-\u0020\u007f-\u009f]/g;
const SCHEME = /^([a-zA-Z][a-zA-Z0-9+.-]*):/;
// The server writes a URL into an attribute and the browser reads it back through the HTML
// parser, which turns NUL into U+FFFD and CR or CRLF into LF. The check must give the same answer
// on both sides: line ends are made LF first, and a URL with NUL or U+FFFD is refused (it would be
// refused on the server and, changed by the parser, let through in the browser).
// eslint-disable-next-line no-control-regex -- matching NUL is the point
const NUL_OR_REPLACEMENT = /[\u0000\ufffd]/;
const CR = /\r\n?/g;
const DATA_IMAGE = /^data:image\/(png|jpe?g|gif|webp|avif|svg\+xml)[;,]/i;

/**
 * Returns the URL (trimmed) when it is safe for the given use, else `undefined`.
 * Allowed: http, https, and relative URLs (`/a`, `a/b`, `?q`, `#x`, `//host/a`);
 * for images also `data:image/…`. Refused: every other scheme (javascript:, vbscript:,
 * data:text/html, file:, …), and any URL with NUL or U+FFFD inside.
 */
export function safeUrl(value: unknown, kind: UrlKind = 'link'): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.replace(CR, '\n').trim();
  if (trimmed === '' || NUL_OR_REPLACEMENT.test(trimmed)) return undefined;
  const scheme = SCHEME.exec(trimmed.replace(STRIPPED, ''));
  if (!scheme) {
    // No scheme: relative. A colon before the first "/", "?" or "#" would make it a scheme
    // in the browser's eyes after stripping, which the regex above already caught.
    return trimmed;
  }
  const name = scheme[1]!.toLowerCase();
  if (name === 'http' || name === 'https') return trimmed;
  if (kind === 'image' && name === 'data' && DATA_IMAGE.test(trimmed)) return trimmed;
  return undefined;
}

export function isSafeUrl(value: unknown, kind: UrlKind = 'link'): boolean {
  return safeUrl(value, kind) !== undefined;
}
