import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { html, LitElement, css } from 'lit';
import { renderToString, renderToStream } from '../../src/server/index.js';
import { formatPortalDate } from '../../src/format/index.js';

// A minimal element defined here only to check what the SSR helper emits for shadow roots.
class SsrProbe extends LitElement {
  static override styles = css`:host { display: block; }`;
  static override properties = { headline: { type: String } };
  declare headline: string;
  override render() {
    return html`<h3>${this.headline}</h3>`;
  }
}
customElements.define('ssr-probe', SsrProbe);

describe('renderToString', () => {
  test('produces declarative shadow DOM with the content as text', () => {
    const out = renderToString(html`<ssr-probe headline="Quang Trung <sơ kết>"></ssr-probe>`);
    assert.match(out, /<template shadowroot="open" shadowrootmode="open">/);
    assert.match(out, /<style>[^<]*:host/);
    assert.ok(out.includes('Quang Trung &lt;sơ kết&gt;'), out);
  });
  test('escapes text from content', () => {
    const out = renderToString(html`<p>${'<img src=x onerror=alert(1)>'}</p>`);
    assert.ok(!out.includes('<img'), out);
  });
  test('formatting in a server template matches the browser', () => {
    const out = renderToString(html`<time>${formatPortalDate('2023-03-15T12:52:00Z')}</time>`);
    assert.ok(out.includes('15/03/2023 | 19:52'));
  });
  test('renderToStream yields the same HTML', async () => {
    const template = html`<ssr-probe headline="Đà Nẵng"></ssr-probe>`;
    let streamed = '';
    for await (const chunk of renderToStream(template)) streamed += chunk;
    assert.equal(streamed, renderToString(template));
  });
});
