/**
 * CSP nonces. Every `<script>` and `<style>` the server emits carries the response's nonce,
 * including the `<style>` that @lit-labs/ssr writes inside each declarative shadow root.
 */
import { randomBytes } from 'node:crypto';

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
 * The same over a stream of chunks: a tag split across two chunks is held back until it is
 * whole, so the nonce is never missed at a chunk boundary.
 */
export async function* addNonceToChunks(chunks: AsyncIterable<string> | Iterable<string>, nonce: string): AsyncGenerator<string> {
  let pending = '';
  for await (const chunk of chunks) {
    pending += chunk;
    const lastOpen = pending.lastIndexOf('<');
    const cut = lastOpen !== -1 && pending.indexOf('>', lastOpen) === -1 ? lastOpen : pending.length;
    if (cut > 0) {
      yield addNonce(pending.slice(0, cut), nonce);
      pending = pending.slice(cut);
    }
  }
  if (pending) yield addNonce(pending, nonce);
}
