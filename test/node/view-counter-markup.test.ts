// The counter's server HTML must validate (issue 15, "Validity"): lit-html appends `<?>` to a
// template's HTML when the template ends with a binding, @lit-labs/ssr writes it out, and the Nu
// HTML checker refuses it ("Saw <?"). Every state of the counter is rendered here.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { html, type TemplateResult } from 'lit';
import '../../src/elements/view-counter/define.js';
import { renderToString } from '../../src/server/render.js';

/** Where Lit's marker is in `out`, with a little context to find the template that wrote it. */
function markers(out: string): string[] {
  return [...out.matchAll(/<\?/g)].map((match) => out.slice(Math.max(0, match.index - 80), match.index + 3));
}

/** Each state by name, and whether it shows a number. */
function states(): Record<string, [template: TemplateResult, shown: boolean]> {
  const named: Record<string, [TemplateResult, boolean]> = {};
  for (const lang of ['vi', 'en']) {
    named[`${lang}: a count`] = [html`<gov-view-counter lang=${lang} count="1234"></gov-view-counter>`, true];
    named[`${lang}: one view`] = [html`<gov-view-counter lang=${lang} count="1"></gov-view-counter>`, true];
    named[`${lang}: no views`] = [html`<gov-view-counter lang=${lang} count="0"></gov-view-counter>`, true];
    named[`${lang}: compact`] = [
      html`<gov-view-counter lang=${lang} count="1234567" notation="compact"></gov-view-counter>`,
      true,
    ];
    named[`${lang}: a count, src and tracking`] = [
      html`<gov-view-counter
        lang=${lang}
        count="55"
        src="/api/views/a1"
        track
        article-id="a1"
      ></gov-view-counter>`,
      true,
    ];
    // Nothing to show: the counter renders an empty shadow root.
    named[`${lang}: no count`] = [html`<gov-view-counter lang=${lang}></gov-view-counter>`, false];
    named[`${lang}: src only (read in the browser)`] = [
      html`<gov-view-counter lang=${lang} src="/api/views/a1"></gov-view-counter>`,
      false,
    ];
    named[`${lang}: a bad count`] = [
      html`<gov-view-counter lang=${lang} count="-3"></gov-view-counter>`,
      false,
    ];
    named[`${lang}: a count that is not a number`] = [
      html`<gov-view-counter lang=${lang} count="nhiều"></gov-view-counter>`,
      false,
    ];
    named[`${lang}: a count from a property`] = [
      html`<gov-view-counter lang=${lang} .count=${42}></gov-view-counter>`,
      true,
    ];
    named[`${lang}: a list for a count`] = [
      html`<gov-view-counter lang=${lang} .count=${[[1]]}></gov-view-counter>`,
      false,
    ];
    named[`${lang}: tracking without an article`] = [
      html`<gov-view-counter lang=${lang} count="5" track></gov-view-counter>`,
      true,
    ];
  }
  named['no attributes at all'] = [html`<gov-view-counter></gov-view-counter>`, false];
  return named;
}

describe("gov-view-counter's server HTML has no `<?>` (a template that ends with a binding)", () => {
  test('the check finds the marker when a template ends with a binding', () => {
    const endsWithBinding = (text: string) =>
      html`<p>${text}</p>
        ${text}`;
    assert.equal(markers(renderToString(endsWithBinding('x'))).length, 1);
  });

  for (const [name, [template, shown]] of Object.entries(states())) {
    test(name, () => {
      const out = renderToString(template);
      assert.ok(out.includes('<template shadowroot'), 'the counter rendered');
      assert.equal(out.includes('<data part="count"'), shown, 'the number is shown or not');
      assert.deepEqual(markers(out), []);
    });
  }
});
