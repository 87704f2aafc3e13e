/**
 * The model's two readers — valibot parsers (parse.ts) and the light `readFields` (fields.ts) —
 * are built from the same field tables; here they are held to the same answers.
 */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { readFields, type FieldTable } from '../../src/model/rules.js';
import { RECIPIENT_FIELDS } from '../../src/model/award-fields.js';
import { WEATHER_PLACE_FIELDS } from '../../src/model/weather-fields.js';
import { parseAwardRecipient, parseWeatherReport } from '../../src/model/parse.js';
import type { Issue } from '../../src/model/types.js';

/** Values that sit on the rules' edges: empty and padded text, NFD, bounds, fractions, dates. */
const edgeValue = fc.oneof(
  fc.constantFrom('', '  ', ' Hà Nội ', 'Ha\u0300 No\u0323i', 'collective', 'individual', 'household'),
  fc.constantFrom(-181, -90.5, -90, -1, -0.5, 0, 0.5, 1, 99, 99.5, 100, 100.1, 360, 361, Infinity, NaN),
  fc.constantFrom('2023-03-15T19:52:00+07:00', '2023-03-15', '2023-02-30T00:00Z', '2023-03-15T19:52', 'x'),
  fc.constantFrom(true, false, null, [], {}),
  fc.string(),
  fc.double(),
);

/** An object with some of `table`'s keys, each holding an edge value. */
const objectFor = (table: FieldTable<unknown>) =>
  fc.dictionary(fc.constantFrom(...Object.keys(table)), edgeValue, { maxKeys: Object.keys(table).length });

function light(input: unknown, table: FieldTable<unknown>) {
  const issues: Issue[] = [];
  const value = readFields(input, table, '', issues);
  return { value, issues };
}

describe('readFields and the valibot parsers agree', () => {
  test('recipients: same acceptance, same normalised value, same issue paths', () => {
    fc.assert(
      fc.property(objectFor(RECIPIENT_FIELDS), (input) => {
        const reference = parseAwardRecipient(input);
        const { value, issues } = light(input, RECIPIENT_FIELDS);
        assert.equal(issues.length == 0, reference.ok, JSON.stringify({ input, issues, reference }));
        if (reference.ok) assert.deepEqual(value, reference.value);
        else
          assert.deepEqual(
            issues.map((issue) => issue.path).sort(),
            reference.issues.map((i) => i.path).sort(),
          );
      }),
      { numRuns: 3000 },
    );
  });

  test('weather places: same acceptance, same value, same issue paths', () => {
    const report = (place: unknown) => ({
      places: [place],
      source: { name: 'S' },
      fetchedAt: '2023-03-15T19:52Z',
    });
    fc.assert(
      fc.property(objectFor(WEATHER_PLACE_FIELDS), (input) => {
        const reference = parseWeatherReport(report(input));
        const { value, issues } = light(input, WEATHER_PLACE_FIELDS);
        assert.equal(issues.length == 0, reference.ok, JSON.stringify({ input, issues, reference }));
        if (reference.ok) assert.deepEqual(value, reference.value.places[0]);
        else {
          const paths = reference.issues.map((issue) => issue.path.replace(/^places\[0\]\./, ''));
          assert.deepEqual(issues.map((issue) => issue.path).sort(), paths.sort());
        }
      }),
      { numRuns: 3000 },
    );
  });

  test('a broken object keeps its valid fields, each problem named by path and code', () => {
    const issues: Issue[] = [];
    const value = readFields(
      { kind: 'person', name: '  ', unit: ' Tổ 3 ' },
      RECIPIENT_FIELDS,
      'r[0]',
      issues,
    );
    assert.deepEqual(value, { unit: 'Tổ 3' });
    assert.deepEqual(issues, [
      { path: 'r[0].kind', message: 'must be one of collective, individual, household', code: 'invalid' },
      { path: 'r[0].name', message: 'required', code: 'invalid' },
    ]);
    assert.equal(readFields(5, RECIPIENT_FIELDS, 'r[1]', issues), undefined);
    assert.deepEqual(issues.at(-1), { path: 'r[1]', message: 'must be an object', code: 'invalid' });
  });
});
