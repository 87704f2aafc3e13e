// Hostile content (tracker issue "Hostile content and faults", weather): whatever `report` holds
// (a BigInt, 10 000 levels of nesting, a cycle, a Symbol, a function, a getter or a Proxy that
// throws, a null-prototype object), <gov-weather> renders on the server without throwing, shows
// what is good or its readable fallback, and records the issues that become `gov-error` in the
// browser.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { html, type PropertyValues } from 'lit';
import { renderToString } from '../../src/server/render.js';
import { GovWeather } from '../../src/elements/weather/gov-weather.js';
import type { Issue } from '../../src/model/types.js';
import { hostileAnything } from '../fixtures/hostile-arbitrary.js';
import { squeezeHtml } from './weather-ssr.js';

/**
 * gov-weather that keeps the issues of its last update: on the server there is no `updated()`,
 * so no `gov-error` event, but the issues are computed in willUpdate all the same.
 */
let recordedIssues: Issue[] = [];
class RecordingWeather extends GovWeather {
  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    recordedIssues = this.issues;
  }
}
customElements.define('gov-weather-recording', RecordingWeather);

/** Server HTML of the element given `report`, and the issues it recorded. */
function serverRender(report: unknown): { html: string; issues: Issue[] } {
  recordedIssues = [];
  const out = renderToString(
    html`<gov-weather-recording lang="en" .report=${report}></gov-weather-recording>`,
  );
  return { html: squeezeHtml(out), issues: recordedIssues };
}

const names = (out: string) =>
  [...out.matchAll(/<span part="name">([^<]*)<\/span>/g)].map((match) => match[1]);
const FALLBACK = 'Weather data unavailable.';

/** An array nested `levels` deep: [[[…]]]. */
function nested(levels: number): unknown {
  let value: unknown = [];
  for (let level = 0; level < levels; level++) value = [value];
  return value;
}

const GOOD_PLACE = {
  id: 'ha-noi',
  name: 'Hà Nội',
  temperature: 21.4,
  observedAt: '2023-03-15T19:45:00+07:00',
};
const OTHER_PLACE = { id: 'hue', name: 'Huế', temperature: 25 };
const report = (places: unknown[], extra: object = {}) => ({
  places,
  units: 'metric',
  source: { name: 'Test' },
  fetchedAt: '2023-03-15T12:50:00Z',
  ...extra,
});
const throwing = (message: string) => {
  throw new Error(message);
};

/** `target` with a getter for `key` that throws (a spread would call it, so it is defined last). */
const withThrowingGetter = <T extends object>(target: T, key: string): T =>
  Object.defineProperty(target, key, { get: () => throwing(key), enumerable: true });

/**
 * A Proxy that throws on every read of a field. Lit itself looks for `_$litDirective$` on every
 * value bound in a template, so a Proxy that throws on that too throws inside Lit's binding before
 * the element is reached; the browser tests set such a Proxy as a property, which Lit never reads.
 */
const throwingProxy = () =>
  new Proxy(
    {},
    {
      get: (_target, key) =>
        typeof key == 'string' && key.startsWith('_$lit') ? undefined : throwing(`read of ${String(key)}`),
    },
  );

/** Named hostile reports, each with what the element shows: the fallback, or the good places. */
function hostileReports(): [string, unknown, 'fallback' | string[]][] {
  const circular: Record<string, unknown> = report([]);
  (circular.places as unknown[]).push(circular);
  circular.self = circular;
  const circularPlace: Record<string, unknown> = { id: 'loop', name: 'Loop' };
  circularPlace.temperature = circularPlace;
  return [
    ['a BigInt temperature', report([{ ...GOOD_PLACE, temperature: 5n }, OTHER_PLACE]), ['Hà Nội', 'Huế']],
    ['a BigInt as the report', 5n, 'fallback'],
    ['an array nested 10 000 levels as the report', nested(10_000), 'fallback'],
    ['an array nested 10 000 levels as a place', report([nested(10_000), OTHER_PLACE]), ['Huế']],
    [
      'an array nested 10 000 levels as a temperature',
      report([{ ...GOOD_PLACE, temperature: nested(10_000) }]),
      ['Hà Nội'],
    ],
    ['a report that contains itself (as its one place)', circular, []],
    ['a place that contains itself', report([circularPlace, OTHER_PLACE]), ['Loop', 'Huế']],
    ['a Symbol as the report', Symbol('report'), 'fallback'],
    [
      'a Symbol as a name and as a temperature',
      report([
        { ...GOOD_PLACE, name: Symbol('name') },
        { ...OTHER_PLACE, temperature: Symbol('t') },
      ]),
      ['Huế'],
    ],
    ['a function as the report', () => report([GOOD_PLACE]), 'fallback'],
    ['a function as a temperature', report([{ ...GOOD_PLACE, temperature: () => 21 }]), ['Hà Nội']],
    ['a getter that throws on places', withThrowingGetter({}, 'places'), 'fallback'],
    [
      'a getter that throws on a name',
      report([withThrowingGetter({ id: 'x' }, 'name'), OTHER_PLACE]),
      ['Huế'],
    ],
    ['a getter that throws on the source', withThrowingGetter(report([GOOD_PLACE]), 'source'), 'fallback'],
    ['a Proxy that throws as the report', throwingProxy(), 'fallback'],
    ['a Proxy that throws as a place', report([throwingProxy(), OTHER_PLACE]), ['Huế']],
    ['a null-prototype object as the report', Object.create(null), 'fallback'],
    [
      'null-prototype objects as a temperature and as the source',
      report([{ ...GOOD_PLACE, temperature: Object.create(null) }], { source: Object.create(null) }),
      ['Hà Nội'],
    ],
    [
      'a string a million characters long as a temperature',
      report([{ ...GOOD_PLACE, temperature: 'x'.repeat(1_000_000) }]),
      ['Hà Nội'],
    ],
    ['0 as the report', 0, 'fallback'],
    ['false as the report', false, 'fallback'],
    ['an empty string as the report', '', 'fallback'],
    ['an array as the report', [GOOD_PLACE], 'fallback'],
  ];
}

describe('gov-weather on the server, given hostile reports', () => {
  for (const [name, value, shown] of hostileReports()) {
    const what = shown == 'fallback' ? 'the fallback' : 'the good places';
    test(`${name}: renders without throwing, ${what}, with issues`, () => {
      const { html: out, issues } = serverRender(value);
      if (shown == 'fallback') {
        assert.ok(out.includes(FALLBACK), out);
        assert.deepEqual(names(out), []);
      } else {
        assert.deepEqual(names(out), shown);
        assert.ok(!out.includes(FALLBACK), out);
      }
      assert.ok(issues.length > 0, 'issues recorded');
      for (const issue of issues) {
        assert.equal(typeof issue.message, 'string');
        assert.ok(issue.message.length <= 100, `a bounded message: ${issue.message.slice(0, 200)}`);
      }
    });
  }

  test('the issues say what was wrong and where', () => {
    const bigint = serverRender(report([{ ...GOOD_PLACE, temperature: 5n }]));
    assert.deepEqual(bigint.issues, [
      { path: 'places[0].temperature', message: 'invalid value: bigint', code: 'invalid' },
    ]);
    const deep = serverRender(report([{ ...GOOD_PLACE, temperature: nested(10_000) }]));
    assert.deepEqual(deep.issues, [
      { path: 'places[0].temperature', message: 'invalid value: object', code: 'invalid' },
    ]);
    const getter = serverRender(withThrowingGetter({}, 'places'));
    assert.deepEqual(getter.issues, [{ path: '(root)', message: 'invalid value: object', code: 'invalid' }]);
    assert.deepEqual(
      serverRender(7).issues.map((issue) => issue.path),
      ['(root)'],
    );
  });

  test('no report at all (undefined, null) is "no data yet", not an error', () => {
    for (const absent of [undefined, null]) {
      const { html: out, issues } = serverRender(absent);
      assert.ok(out.includes('No data yet.'), out);
      assert.deepEqual(issues, []);
    }
  });

  test('property: any value as the report, or inside one, renders without throwing', () => {
    const anything = hostileAnything();
    const field = fc.constantFrom('places', 'units', 'source', 'fetchedAt');
    const placeField = fc.constantFrom(
      'id',
      'name',
      'temperature',
      'humidity',
      'windSpeed',
      'weatherCode',
      'min',
      'max',
      'observedAt',
      'isDay',
    );
    const hostile = fc.oneof(
      anything,
      fc.tuple(field, anything).map(([key, value]) => ({ ...report([GOOD_PLACE]), [key]: value })),
      fc
        .tuple(placeField, anything)
        .map(([key, value]) => report([{ ...GOOD_PLACE, [key]: value }, OTHER_PLACE])),
    );
    fc.assert(
      fc.property(hostile, (value) => {
        const { html: out, issues } = serverRender(value);
        assert.ok(out.includes('<section part="base"'));
        if (value != null)
          assert.ok(issues.length > 0 || out.includes('<ul part="list">'), 'reported, or shown');
      }),
      { numRuns: 300 },
    );
  });
});
