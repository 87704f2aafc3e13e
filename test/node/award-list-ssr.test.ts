// gov-award-list rendered by @lit-labs/ssr in every state a server can render (issue "Pages that
// validate, rank and work without JavaScript"): HTML that validates (no `<?>`: lit-html appends it to
// a template that ends with a binding, and the Nu checker refuses it), no control that needs the
// script (no filter box, no download button), and group headings that say how many rows match.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import '../../src/elements/award-list/define.js';
import { renderToString } from '../../src/server/render.js';
import type { Issue } from '../../src/model/types.js';
import { quangTrung, province, posthumous, mismatch, broken } from '../fixtures/award-list/samples.js';

/**
 * A state of the element: `attributes` are written on the tag as they are; the rest is bound as
 * properties. `sourceIssues` is the state the element sets in the browser when `src` or the child
 * JSON fails: bound here so that its alert's template is rendered too.
 */
interface State {
  attributes: string;
  decision?: unknown;
  decisions?: unknown[];
  sourceIssues?: Issue[];
}

const STATES = {
  list: { attributes: 'lang="vi"', decision: quangTrung },
  table: { attributes: 'lang="en" layout="table"', decision: quangTrung },
  filtered: { attributes: 'lang="vi" query="hoang phuong"', decision: quangTrung },
  'filtered table': { attributes: 'lang="en" layout="table" query="hoang phuong"', decision: quangTrung },
  'filtered, no match': { attributes: 'lang="vi" query="xyz"', decision: quangTrung },
  'several decisions, posthumous, households (table)': {
    attributes: 'lang="vi" layout="table"',
    decisions: [posthumous, province],
  },
  'several decisions, posthumous, households (list)': {
    attributes: 'lang="en"',
    decisions: [posthumous, province],
  },
  'audit notice': { attributes: 'lang="vi" audit', decision: mismatch },
  'invalid entries notice': { attributes: 'lang="vi" audit', decision: broken },
  'not a decision at all': { attributes: 'lang="en"', decisions: ['oops', null] },
  'load error, retry button': {
    attributes: 'lang="vi" src="/awards.json"',
    sourceIssues: [{ path: 'src', message: 'HTTP 503', code: 'fetch-failed' }],
  },
  'child JSON error, data kept': {
    attributes: 'lang="en"',
    decision: quangTrung,
    sourceIssues: [{ path: 'script', message: 'invalid JSON', code: 'invalid-json' }],
  },
  loading: { attributes: 'lang="vi" src="/awards.json"' },
  empty: { attributes: 'lang="vi"' },
} satisfies Record<string, State>;

/** The element in a state, rendered to a string (an unbound property keeps its default). */
function render(name: keyof typeof STATES): string {
  const { attributes, decision, decisions, sourceIssues = [] }: State = STATES[name];
  return renderToString(
    staticHtml`<gov-award-list ${unsafeStatic(attributes)} .decision=${decision} .decisions=${decisions}
      ._sourceIssues=${sourceIssues}></gov-award-list>`,
  );
}

/** The shadow root's HTML without Lit's marker comments and the stylesheet, whitespace squeezed. */
const shadowHtml = (out: string) =>
  out
    .replace(/<style>[^]*?<\/style>/g, '')
    .replace(/<!--[^]*?-->/g, '')
    .replace(/\s+/g, ' ');

/** The text of every element whose `part` is exactly `part` (an element without a nested one of its tag). */
const partTexts = (out: string, part: string) =>
  [...shadowHtml(out).matchAll(new RegExp(`<(\\w+) part="${part}"[^>]*>([^]*?)</\\1>`, 'g'))].map((match) =>
    match[2]!
      .replace(/<[^>]+>/g, '')
      .replace(/\s+/g, ' ')
      .trim(),
  );

describe('gov-award-list rendered on the server', () => {
  for (const name of Object.keys(STATES) as (keyof typeof STATES)[]) {
    test(`${name}: no <?>, no filter box, no download button`, () => {
      const out = render(name);
      assert.match(out, /<template shadowrootmode="open">/);
      assert.doesNotMatch(out, /<\?/, 'no processing instruction: a template ended with a binding');
      const shadow = shadowHtml(out);
      assert.doesNotMatch(shadow, /<input|part="filter|part="download"/, 'no control that needs the script');
      if (shadow.includes('part="toolbar"'))
        assert.match(shadow, /<div part="toolbar"><\/div>/, 'the controls row, empty');
    });
  }

  test('each state shows what it is named for', () => {
    assert.deepEqual(partTexts(render('list'), 'group-heading'), ['Tập thể (5)', 'Cá nhân (14)']);
    assert.equal(partTexts(render('list'), 'status')[0], '', 'the live region is there, empty');
    const table = render('table');
    assert.deepEqual(partTexts(table, 'group-heading'), ['Collectives (5)', 'Individuals (14)']);
    assert.match(shadowHtml(table), /<caption part="group-heading">/);
    assert.deepEqual(partTexts(render('filtered'), 'status'), ['1 kết quả phù hợp với “hoang phuong”']);
    assert.deepEqual(partTexts(render('filtered table'), 'status'), ['1 match for “hoang phuong”']);
    assert.deepEqual(partTexts(render('filtered, no match'), 'status'), [
      'Không có kết quả phù hợp với “xyz”',
    ]);
    assert.deepEqual(partTexts(render('audit notice'), 'notice audit-notice'), [
      'Số liệu không khớp: văn bản ghi 19, danh sách có 18.',
    ]);
    assert.deepEqual(partTexts(render('invalid entries notice'), 'notice'), [
      '8 mục không hợp lệ bị bỏ qua.',
    ]);
    assert.deepEqual(partTexts(render('not a decision at all'), 'notice'), ['Invalid entries left out: 2.']);
    assert.deepEqual(partTexts(render('load error, retry button'), 'notice'), [
      'Không tải được dữ liệu (HTTP 503). Thử lại',
    ]);
    assert.deepEqual(partTexts(render('child JSON error, data kept'), 'notice'), [
      'Could not load the list (JSON).',
    ]);
    assert.deepEqual(partTexts(render('loading'), 'notice'), ['Đang tải…']);
    assert.match(shadowHtml(render('empty')), /<template shadowrootmode="open"> ?<div><\/div><\/template>/);
  });

  test('filtered: a group heading (or caption) says how many of the group match', () => {
    const filtered = render('filtered');
    // HOÀNG PHƯƠNG is one of the 14 individuals; the collectives have no match: hidden.
    assert.deepEqual(partTexts(filtered, 'group-heading'), [
      'Tập thể (0 trong số 5)',
      'Cá nhân (1 trong số 14)',
    ]);
    assert.deepEqual(partTexts(filtered, 'group-matches'), ['0 trong số', '1 trong số'], 'hidden in print');
    assert.match(shadowHtml(filtered), /<section part="group" hidden>/);
    const table = render('filtered table');
    assert.deepEqual(partTexts(table, 'group-heading'), ['Collectives (0 of 5)', 'Individuals (1 of 14)']);
    assert.match(shadowHtml(table), /<table part="table" hidden>/);
    assert.deepEqual(partTexts(render('filtered, no match'), 'group-heading'), [
      'Tập thể (0 trong số 5)',
      'Cá nhân (0 trong số 14)',
    ]);
    assert.deepEqual(partTexts(render('list'), 'group-matches'), [], 'unfiltered: no such part');
  });
});
