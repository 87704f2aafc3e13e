// Every parser and source, fed anything (fast-check): an answer every time — a value, or issues
// with paths, or a typed failure — never a throw, whatever the depth, type or shape.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  parseArticle,
  parseAwardDecision,
  parseAwardRecipient,
  parseWeatherReport,
  parsePortalPage,
} from '../../src/model/index.js';
import { fetchViewCount, parseViewCountBody, reportView } from '../../src/sources/view-count.js';
import type { ParseResult } from '../../src/model/types.js';
import { hostileAnything } from '../fixtures/hostile-arbitrary.js';

const anything = hostileAnything({ maxDepth: 4 });

function nested(levels: number, leaf: unknown, asList: boolean): unknown {
  let value = leaf;
  for (let i = 0; i < levels; i++) value = asList ? [value] : { value };
  return value;
}

const circular = () => {
  const value: Record<string, unknown> = { name: 'a', kind: 'individual', recipients: [] };
  value.self = value;
  (value.recipients as unknown[]).push(value);
  return value;
};

function assertAnswer(result: ParseResult<unknown>, label: string) {
  if (result.ok) return;
  assert.ok(result.issues.length > 0, `${label}: no issues`);
  for (const issue of result.issues) {
    assert.equal(typeof issue.path, 'string', label);
    assert.equal(typeof issue.message, 'string', label);
    assert.ok(issue.message.length <= 400, `${label}: message of ${issue.message.length} characters`);
  }
}

const PARSERS: [string, (input: unknown) => ParseResult<unknown>][] = [
  ['parseArticle', parseArticle],
  ['parseAwardDecision', parseAwardDecision],
  ['parseAwardRecipient', parseAwardRecipient],
  ['parseWeatherReport', parseWeatherReport],
];

describe('model parsers take anything', () => {
  for (const [name, parse] of PARSERS) {
    test(`${name}: fc.anything(), as the value and in a field`, () => {
      const fields = fc.constantFrom(
        'id',
        'headline',
        'name',
        'kind',
        'form',
        'recipients',
        'places',
        'units',
        'source',
      );
      fc.assert(
        fc.property(anything, fields, (value, field) => {
          assertAnswer(parse(value), name);
          assertAnswer(parse({ [field]: value }), `${name}.${field}`);
        }),
        { numRuns: 300 },
      );
    });
    test(`${name}: nesting up to 10,000 deep, circular values, a huge string`, () => {
      fc.assert(
        fc.property(fc.integer({ min: 1, max: 10_000 }), fc.boolean(), (levels, asList) => {
          assertAnswer(parse(nested(levels, 1, asList)), `${name} nested ${levels}`);
          assertAnswer(
            parse({ recipients: [nested(levels, 'x', asList)], places: [nested(levels, 'x', asList)] }),
            name,
          );
        }),
        { numRuns: 40 },
      );
      assertAnswer(parse(circular()), `${name} circular`);
      assertAnswer(parse({ name: 'x'.repeat(1_000_000), headline: 'x'.repeat(1_000_000) }), `${name} 1 MB`);
    });
  }
  test('parsePortalPage: any string, any value', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 5000 }), anything), (input) => {
        const page = parsePortalPage(input as string);
        assert.ok(Array.isArray(page.sections) && Array.isArray(page.issues));
      }),
      { numRuns: 300 },
    );
  });
});

describe('the view-count client takes any answer', () => {
  const respond = (body: BodyInit | null, status: number) => async () =>
    new Response(body, { status, headers: { 'content-type': 'application/json' } });

  test('parseViewCountBody: a count, or undefined', () => {
    fc.assert(
      fc.property(anything, (value) => {
        const count = parseViewCountBody(value);
        assert.ok(count === undefined || (Number.isSafeInteger(count) && count >= 0));
      }),
      { numRuns: 500 },
    );
  });
  test('fetchViewCount: any JSON body, any status, a throwing fetch, any timeout → a result', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.jsonValue().map((value) => JSON.stringify(value)),
          fc.string(),
        ),
        fc.constantFrom(200, 204, 404, 500, 503),
        fc.oneof(fc.constant(8000), fc.double(), fc.integer()),
        async (body, status, timeoutMs) => {
          const result = await fetchViewCount('/api/views/a', {
            fetch: respond(status === 204 ? null : body, status),
            timeoutMs,
          });
          assert.ok(result.ok ? Number.isSafeInteger(result.count) : typeof result.code === 'string');
        },
      ),
      { numRuns: 200 },
    );
    const failing = await fetchViewCount('/api/views/a', {
      fetch: () => Promise.reject(new TypeError('offline')),
    });
    assert.deepEqual([failing.ok, !failing.ok && failing.code], [false, 'network']);
  });
  test('reportView: a refusing beacon, a failing fetch and a throwing storage still answer', async () => {
    const storage = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {},
    };
    const result = await reportView('/api/views', 'fuzz-article', {
      sendBeacon: () => false,
      fetch: () => Promise.reject(new Error('offline')),
      storage,
    });
    assert.deepEqual(result, { sent: false, reason: 'failed', message: 'offline' });
  });
});

describe('calendar dates in the model agree with the calendar', () => {
  test('29 February: leap years of every century, years 0–99 included', () => {
    const report = (at: string) => ({
      places: [{ id: 'a', name: 'A' }],
      units: 'metric',
      source: { name: 's' },
      fetchedAt: at,
    });
    const accepted = (year: string) => parseWeatherReport(report(`${year}-02-29T10:00:00+07:00`)).ok;
    assert.deepEqual(['0000', '0004', '0096', '2000', '2024'].map(accepted), [true, true, true, true, true]);
    assert.deepEqual(['0001', '0100', '1900', '2023'].map(accepted), [false, false, false, false]);
  });
});
