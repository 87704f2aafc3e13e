/**
 * CSP nonces, given only to what this library emits itself: the head's scripts and styles (written
 * with the nonce by `renderPage`) and the `<style>` that @lit-labs/ssr writes inside each declarative
 * shadow root. A `<script>` or `<style>` that reached the body some other way — a CMS article body
 * through `unsafeHTML`, an `{ html }` part — keeps no nonce, so the page's CSP still stops it.
 *
 * A shadow root's style is recognised by its text: it must be exactly the styles of an element
 * class that our renderer (`ShadowStyleRecorder` below) has rendered in this process. Content that
 * copies such a style verbatim gains nothing it did not have: the same CSS is already on the page.
 */
import { randomBytes } from 'node:crypto';
import { LitElementRenderer } from '@lit-labs/ssr/lib/lit-element-renderer.js';
import type { RenderInfo } from '@lit-labs/ssr';
import type { CSSResultOrNative, LitElement } from 'lit';
import { expandFragments } from './fragments.js';
import { escapeHtml } from './html.js';

/** A fresh nonce: 128 random bits, base64. One per response. */
export function createNonce(): string {
  return randomBytes(16).toString('base64');
}

/**
 * The text of every shadow-root `<style>` rendered in this process. Bounded by the number of
 * element classes, which is fixed by the code, not by content.
 */
const shadowStyleTexts = new Set<string>();

const cssTextOf = (style: CSSResultOrNative) => ('cssText' in style ? style.cssText : '');

/**
 * LitElementRenderer that remembers the styles it writes into declarative shadow roots, so
 * that `addNonce` can tell them from styles that came in with content. Used by every render
 * helper of this package.
 */
export class ShadowStyleRecorder extends LitElementRenderer {
  override renderShadow(renderInfo: RenderInfo) {
    const styles = (this.element.constructor as typeof LitElement).elementStyles;
    // The same concatenation @lit-labs/ssr writes between `<style>` and `</style>`.
    if (styles?.length) shadowStyleTexts.add(styles.map(cssTextOf).join(''));
    return super.renderShadow(renderInfo);
  }
}

const OPEN = '<style>';
const CLOSE = '</style>';

/**
 * Adds `nonce` to the styles of declarative shadow roots rendered by this package's helpers
 * (`renderToString`, `renderToStream`, `renderPage`, `RenderCache`). Nothing else in `html`
 * gets it: the page's own scripts and styles get theirs from `renderPage`'s options.
 * One pass with indexOf, no regex: linear on any input, however many unclosed tags it holds.
 */
export function addNonce(html: string, nonce: string): string {
  const openWithNonce = `<style nonce="${escapeHtml(nonce)}">`;
  let out = '';
  let copiedUpTo = 0;
  let searchFrom = 0;
  for (;;) {
    const open = html.indexOf(OPEN, searchFrom);
    if (open === -1) break;
    const textStart = open + OPEN.length;
    const close = html.indexOf(CLOSE, textStart);
    if (close === -1) break;
    if (shadowStyleTexts.has(html.slice(textStart, close))) {
      out += html.slice(copiedUpTo, open) + openWithNonce;
      copiedUpTo = textStart;
    }
    // Everything up to `</style>` is the style's text: a `<style>` inside it is no tag.
    searchFrom = close + CLOSE.length;
  }
  return copiedUpTo === 0 ? html : out + html.slice(copiedUpTo);
}

/**
 * Where a chunk may be cut without splitting what `finish` must see whole: a tag or comment
 * still open, or a `<style>` whose `</style>` has not arrived yet.
 */
function safeCut(pending: string): number {
  const lastOpen = pending.lastIndexOf('<');
  let cut = lastOpen !== -1 && pending.indexOf('>', lastOpen) === -1 ? lastOpen : pending.length;
  const lastComment = pending.lastIndexOf('<!--');
  if (lastComment !== -1 && pending.indexOf('-->', lastComment) === -1) cut = Math.min(cut, lastComment);
  const lastStyle = pending.lastIndexOf(OPEN);
  if (lastStyle !== -1 && pending.indexOf(CLOSE, lastStyle) === -1) cut = Math.min(cut, lastStyle);
  return cut;
}

/**
 * The document transform over a stream of chunks: pre-rendered fragments are expanded, then the
 * nonce (if any) is added to shadow-root styles — so fragments from a RenderCache, rendered once
 * without a nonce, get this response's nonce.
 */
export async function* finishChunks(
  chunks: AsyncIterable<string> | Iterable<string>,
  nonce?: string,
): AsyncGenerator<string> {
  const finish = (html: string) => (nonce ? addNonce(expandFragments(html), nonce) : expandFragments(html));
  let pending = '';
  for await (const chunk of chunks) {
    pending += chunk;
    const cut = safeCut(pending);
    if (cut > 0) {
      yield finish(pending.slice(0, cut));
      pending = pending.slice(cut);
    }
  }
  if (pending) yield finish(pending);
}

/** Adds the nonce over a stream of chunks (see finishChunks). */
export const addNonceToChunks = (chunks: AsyncIterable<string> | Iterable<string>, nonce: string) =>
  finishChunks(chunks, nonce);
