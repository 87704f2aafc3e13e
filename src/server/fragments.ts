/**
 * Pre-rendered HTML inside a server template. `unsafeHTML` will not do: @lit-labs/ssr parses its
 * string as a template and server-renders any custom element in it again (a second declarative
 * shadow root in the same host). Instead the template gets a marker comment, and the page
 * renderers swap the marker for the HTML as the document goes out.
 */
import { unsafeHTML } from 'lit/directives/unsafe-html.js';

const fragments = new Map<string, string>();
// Markers are looked up, not consumed, so a template can be rendered more than once; the map is
// bounded (oldest first out) and only holds references to strings the caller already keeps.
const MAX_FRAGMENTS = 50_000;
let counter = 0;

/** A Lit value that renders `html` as is, on the server, through renderPage/renderToString. */
export function rawFragment(html: string) {
  const id = (++counter).toString(36);
  fragments.set(id, html);
  if (fragments.size > MAX_FRAGMENTS) fragments.delete(fragments.keys().next().value!);
  return unsafeHTML(`<!--gov-raw:${id}-->`);
}

const MARKER = /<!--gov-raw:([0-9a-z]+)-->/g;

/** Replaces fragment markers with their HTML. Text from content cannot forge a marker: Lit escapes `<`. */
export function expandFragments(html: string): string {
  return html.includes('<!--gov-raw:') ? html.replace(MARKER, (_, id: string) => fragments.get(id) ?? '') : html;
}
