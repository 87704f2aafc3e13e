/**
 * Pre-rendered HTML inside a server template. `unsafeHTML` will not do: @lit-labs/ssr parses its
 * string as a template and server-renders any custom element in it again (a second declarative
 * shadow root in the same host). Instead the template gets a marker comment that carries the HTML
 * itself, base64-encoded (no `<`, so nothing in it is parsed), and the page renderers swap the
 * marker for the HTML as the document goes out.
 *
 * The marker holds the HTML, not a reference to it, so nothing is kept between renders: memory
 * is whatever the caller keeps (a RenderCache keeps at most its `max` entries).
 */
import { unsafeHTML } from 'lit/directives/unsafe-html.js';

const PREFIX = '<!--gov-raw:';
const SUFFIX = '-->';

/** The marker comment for `html` (also what RenderCache stores beside each entry). */
export function fragmentMarker(html: string): string {
  return `${PREFIX}${Buffer.from(html, 'utf8').toString('base64')}${SUFFIX}`;
}

/** A Lit value that renders `html` as is, on the server, through renderPage/renderToString. */
export function rawFragment(html: string) {
  return unsafeHTML(fragmentMarker(html));
}

const MARKER = /<!--gov-raw:([A-Za-z0-9+/=]*)-->/g;

/**
 * Replaces fragment markers with their HTML. Text from content cannot forge a marker: Lit
 * escapes `<`. HTML that already bypasses escaping (unsafeHTML, `{ html }` parts) could write one,
 * but gains nothing it did not have: it is raw HTML either way, and the nonce step after this one
 * gives it no nonce.
 */
export function expandFragments(html: string): string {
  if (!html.includes(PREFIX)) return html;
  return html.replace(MARKER, (_, base64: string) => Buffer.from(base64, 'base64').toString('utf8'));
}
