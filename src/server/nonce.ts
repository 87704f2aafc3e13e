/**
 * CSP nonces. Every `<script>` and `<style>` the server emits carries the response's nonce,
 * including the `<style>` that @lit-labs/ssr writes inside each declarative shadow root.
 */
import { randomBytes } from 'node:crypto';
import { expandFragments } from './fragments.js';

/** A fresh nonce: 128 random bits, base64. One per response. */
export function createNonce(): string {
  return randomBytes(16).toString('base64');
}

const OPEN_TAG = /<(script|style)(?=[\s>])(?![^>]*\snonce=)/gi;

/**
 * Adds `nonce` to every opening `<script>`/`<style>` tag in `html`. Safe on rendered output
 * because text and attribute values from content are escaped there (`<` is `&lt;`), so the
 * only literal `<style`/`<script` are real tags.
 */
export function addNonce(html: string, nonce: string): string {
  return html.replace(OPEN_TAG, `<$1 nonce="${nonce}"`);
}

/**
 * The document transform over a stream of chunks: pre-rendered fragments are expanded, then the
 * nonce (if any) is added — so fragments from a RenderCache, rendered once without a nonce, get
 * this response's nonce. A tag or marker split across two chunks is held back until it is whole.
 */
export async function* finishChunks(chunks: AsyncIterable<string> | Iterable<string>, nonce?: string): AsyncGenerator<string> {
  const finish = (html: string) => (nonce ? addNonce(expandFragments(html), nonce) : expandFragments(html));
  let pending = '';
  for await (const chunk of chunks) {
    pending += chunk;
    const lastOpen = pending.lastIndexOf('<');
    const cut = lastOpen !== -1 && pending.indexOf('>', lastOpen) === -1 ? lastOpen : pending.length;
    if (cut > 0) {
      yield finish(pending.slice(0, cut));
      pending = pending.slice(cut);
    }
  }
  if (pending) yield finish(pending);
}

/** Adds the nonce over a stream of chunks (see finishChunks). */
export const addNonceToChunks = (chunks: AsyncIterable<string> | Iterable<string>, nonce: string) => finishChunks(chunks, nonce);
