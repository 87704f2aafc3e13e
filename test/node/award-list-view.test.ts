// gov-award-list's view model in Node: what the list shows for checked decisions, a sort and a
// locale (headings, the decision line, groups with their names, totals, notices), and the filter.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { queryTerms } from '../../src/elements/award-list/data.js';
import { checkDecisions } from '../../src/elements/award-list/validate.js';
import {
  awardListView,
  filterRows,
  matchCount,
  recipientDetails,
  type AwardListView,
} from '../../src/elements/award-list/view.js';
import type { AwardDecision, AwardRecipient } from '../../src/model/types.js';
import { quangTrung, province, posthumous, mismatch, broken } from '../fixtures/award-list/samples.js';

const individual = (name: string): AwardRecipient => ({ kind: 'individual', name });
const view = (input: unknown, locale: 'vi' | 'en' = 'vi', sort?: 'given' | 'name'): AwardListView =>
  awardListView(checkDecisions(JSON.parse(JSON.stringify(input))), { locale, sort });

describe('awardListView', () => {
  test('the decision: heading, date, issuer, groups with counts and the total (vi)', () => {
    const { decisions, rows, invalid } = view(quangTrung);
    assert.equal(decisions.length, 1);
    const [decision] = decisions;
    assert.equal(decision!.heading, 'Giấy khen');
    assert.equal(decision!.decision.number, '163/QĐ-ĐU');
    assert.deepEqual(decision!.date, { text: '15/03/2023', datetime: '2023-03-15' });
    assert.equal(decision!.issuer, 'Đảng ủy phường Quang Trung');
    assert.equal(decision!.mismatch, undefined, 'the stated total agrees');
    assert.deepEqual(
      decision!.groups.map((group) => [group.kind, group.name, group.start, group.columns]),
      [
        ['collective', 'Tập thể', 0, []],
        ['individual', 'Cá nhân', 5, ['position', 'unit']],
      ],
    );
    assert.equal(decision!.total, '19 tập thể, cá nhân được khen thưởng');
    assert.equal(invalid, undefined);
    assert.equal(rows.length, 19);
    assert.deepEqual(
      decision!.groups.map((group) => group.rows.length),
      [5, 14],
    );
    assert.equal(rows[5], decision!.groups[1]!.rows[0], 'a group start indexes the flat rows');
  });

  test('English texts; several decisions; a rank; households; the issuer with its title', () => {
    const { decisions, rows } = view([posthumous, province], 'en');
    assert.deepEqual(
      decisions.map((decision) => [decision.heading, decision.total]),
      [
        ['Huân chương Lao động, Third class', '1 individual awarded'],
        ['Certificate of Merit', '4 collectives, individuals and households awarded'],
      ],
    );
    assert.equal(decisions[1]!.issuer, 'Chủ tịch UBND tỉnh Quảng Trị');
    assert.deepEqual(
      decisions[1]!.groups.map((group) => group.name),
      ['Collectives', 'Individuals', 'Households'],
    );
    assert.deepEqual(
      decisions[1]!.groups.map((group) => group.start),
      [1, 2, 4],
      'row indexes run on across decisions',
    );
    assert.equal(rows.length, 5);
  });

  test('a stated total that disagrees gives the mismatch text; invalid entries a notice', () => {
    assert.equal(
      view(mismatch).decisions[0]!.mismatch,
      'Số liệu không khớp: văn bản ghi 19, danh sách có 18.',
    );
    assert.equal(view(mismatch, 'en').decisions[0]!.mismatch, 'Count mismatch: stated 19, listed 18.');
    assert.equal(view(mismatch).invalid, undefined, 'a count mismatch is not an invalid entry');
    const bad = view(broken);
    assert.equal(bad.invalid, '8 mục không hợp lệ bị bỏ qua.');
    assert.equal(bad.decisions[0]!.heading, 'Khen thưởng', 'an unknown form reads as other');
    assert.equal(bad.decisions[0]!.date, undefined);
    assert.equal(view(['oops', null], 'en').invalid, 'Invalid entries left out: 2.');
    const nothing = awardListView(checkDecisions(undefined), { locale: 'vi' });
    assert.deepEqual(nothing, { decisions: [], rows: [], searchKeys: [], invalid: undefined });
  });

  test('sort="name": individuals by given name; columns only when used', () => {
    const decision: AwardDecision = {
      form: 'giay-khen',
      recipients: [individual('Lê Văn Đức'), { ...individual('Nguyễn Văn An'), unit: 'Tổ 1' }],
    };
    const [group] = view(decision, 'vi', 'name').decisions[0]!.groups;
    assert.deepEqual(
      group!.rows.map((row) => row.name),
      ['Nguyễn Văn An', 'Lê Văn Đức'],
    );
    assert.deepEqual(group!.columns, ['unit']);
  });

  test('an unknown time zone leaves the date out; a date-time with an offset is its day in the zone', () => {
    const decision = { form: 'giay-khen', signedAt: '2023-03-15T20:00:00Z', recipients: [] };
    const checked = checkDecisions(decision);
    const dateIn = (timeZone?: string) =>
      awardListView(checked, { locale: 'vi', timeZone }).decisions[0]!.date?.text;
    assert.equal(dateIn(), '16/03/2023');
    assert.equal(dateIn('Europe/London'), '15/03/2023');
    assert.equal(dateIn('Mars/Olympus'), undefined);
  });
});

describe('filterRows', () => {
  const rowsOf = (...names: string[]) => view({ form: 'giay-khen', recipients: names.map(individual) });

  test('every word of the query, folded, in any order; positions and units are searched', () => {
    const list = view(quangTrung);
    const names = (query: string) =>
      [...filterRows(list, queryTerms(query))].map((index) => list.rows[index]!.name);
    assert.deepEqual(names('hoang phuong'), ['HOÀNG PHƯƠNG']);
    assert.deepEqual(names('  DANG   thi '), ['Đặng Thị Bình']);
    assert.deepEqual(names('bi thu'), ['Nguyễn Văn An', 'Trần Thị Ánh', 'Dương Thị Yến', 'Trịnh Xuân Đạt']);
    assert.deepEqual(names('xyz'), []);
    const small = rowsOf('HOÀNG PHƯƠNG', 'Đặng Thị Bình', 'Lê Văn Đức');
    const found = (query: string) =>
      [...filterRows(small, queryTerms(query))].map((index) => small.rows[index]!.name);
    assert.deepEqual(found('đang'), ['Đặng Thị Bình']);
    assert.deepEqual(found('duc le'), ['Lê Văn Đức'], 'every word, any order');
  });

  test('search keys are folded on the first query, not with the data, and kept', () => {
    const list = rowsOf('HOÀNG PHƯƠNG', 'Đặng Thị Bình');
    assert.deepEqual(list.searchKeys, [], 'not folded with the data');
    assert.deepEqual([...filterRows(list, [])], [0, 1], 'no words: every row');
    assert.deepEqual(list.searchKeys, [], 'an empty query matches without folding');
    assert.deepEqual([...filterRows(list, ['dang'])], [1]);
    assert.deepEqual(list.searchKeys, ['hoang phuong', 'dang thi binh']);
    list.rows[1]!.name = 'changed';
    assert.deepEqual([...filterRows(list, ['dang'])], [1], 'the kept keys are used, not folded again');
  });

  test('matchCount: how many rows of a group the filter keeps (none: the group is hidden)', () => {
    const list = view(quangTrung);
    const [collectives, individuals] = list.decisions[0]!.groups;
    const count = (query: string) => {
      const matching = filterRows(list, queryTerms(query));
      return [matchCount(collectives!, matching), matchCount(individuals!, matching)];
    };
    assert.deepEqual(count('hoang phuong'), [0, 1]);
    assert.deepEqual(count('bi thu'), [0, 4]);
    assert.deepEqual(count('to dan pho'), [2, 6], 'collectives by name, individuals by unit');
    assert.deepEqual(count(''), [5, 14]);
  });
});

test('recipientDetails: position and unit after a name, whichever there are', () => {
  assert.equal(recipientDetails({ ...individual('A'), position: 'Bí thư', unit: 'Tổ 1' }), 'Bí thư, Tổ 1');
  assert.equal(recipientDetails({ ...individual('A'), unit: 'Tổ 1' }), 'Tổ 1');
  assert.equal(recipientDetails(individual('A')), '');
});
