// gov-award-list's pure parts in Node: CSV bytes, Vietnamese order, the check of decisions (the
// model's field rules through readFields, held to the model's valibot parsers with fast-check),
// and SSR. Decision dates are src/format/dates.ts's calendarDate (tested in format-dates.test.ts);
// here, how the list uses it. The view model (view.ts) is tested in award-list-view.test.ts.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { html } from 'lit';
import { compareRecipients, groupRecipients, searchKey } from '../../src/elements/award-list/data.js';
import { csvField, toAwardCsv } from '../../src/elements/award-list/csv.js';
import { checkDecisions, checkRecipient } from '../../src/elements/award-list/validate.js';
import { parseAwardRecipient, parseAwardDecision } from '../../src/model/parse.js';
import type { AwardDecision, AwardRecipient } from '../../src/model/types.js';

import { quangTrung, broken } from '../fixtures/award-list/samples.js';

/** As a CMS would send it: JSON text, parsed. */
const fixture = (name: 'quang-trung' | 'broken'): unknown =>
  JSON.parse(JSON.stringify(name === 'broken' ? broken : quangTrung));
const individual = (name: string): AwardRecipient => ({ kind: 'individual', name });

/** What a spreadsheet may skip or a reader cannot see before a formula: spaces and invisible characters. */
const SKIPPED = /^[\s\p{White_Space}\u200B-\u200D\u2060\uFEFF\p{Default_Ignorable_Code_Point}]*/u;

/** One RFC 4180 field back to its text; throws on a field that is not well formed. */
function parseCsvField(field: string): string {
  if (!field.startsWith('"')) {
    assert.doesNotMatch(field, /[",\r\n]/, `${JSON.stringify(field)} needs quotes`);
    return field;
  }
  assert.match(field, /^"(?:[^"]|"")*"$/, `${JSON.stringify(field)} is not quoted well`);
  return field.slice(1, -1).replace(/""/g, '"');
}

describe('toAwardCsv', () => {
  const decision: AwardDecision = {
    number: '163/QĐ-UBND',
    signedAt: '2023-03-15',
    form: 'bang-khen',
    recipients: [
      { kind: 'individual', name: 'Nguyễn Văn An', position: 'Bí thư, Chi bộ 3', unit: 'Tổ "Hoa Sen"' },
      { kind: 'collective', name: 'Chi bộ Tổ dân phố 1' },
      { kind: 'individual', name: 'Lê Văn Đức', posthumous: true, unit: 'Dòng 1\nDòng 2' },
      { kind: 'household', name: '=HYPERLINK("x")' },
    ],
  };

  test('is UTF-8 text with a BOM, a header, RFC 4180 quoting and CRLF, byte for byte', () => {
    const csv = toAwardCsv(decision, 'vi');
    const expected =
      '\uFEFF' +
      'Số quyết định,Ngày ký,Hình thức,Đối tượng,STT,Tên,Chức vụ,Đơn vị,Truy tặng\r\n' +
      '163/QĐ-UBND,15/03/2023,Bằng khen,Tập thể,1,Chi bộ Tổ dân phố 1,,,\r\n' +
      '163/QĐ-UBND,15/03/2023,Bằng khen,Cá nhân,1,Nguyễn Văn An,"Bí thư, Chi bộ 3","Tổ ""Hoa Sen""",\r\n' +
      '163/QĐ-UBND,15/03/2023,Bằng khen,Cá nhân,2,Lê Văn Đức,,"Dòng 1\nDòng 2",Có\r\n' +
      '163/QĐ-UBND,15/03/2023,Bằng khen,Hộ gia đình,1,"\'=HYPERLINK(""x"")",,,\r\n';
    assert.equal(csv, expected);
    const bytes = Buffer.from(csv, 'utf8');
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    // "Số" right after the BOM: S, then ố (U+1ED1) as E1 BB 91.
    assert.deepEqual([...bytes.subarray(3, 7)], [0x53, 0xe1, 0xbb, 0x91]);
  });

  test('English header and words; order follows sort="name"', () => {
    const csv = toAwardCsv([decision], 'en', { sort: 'name' });
    const lines = csv.slice(1).split('\r\n');
    assert.equal(lines[0], 'Decision number,Signed,Form,Recipient type,No.,Name,Position,Unit,Posthumous');
    // An before Đức by given name.
    assert.match(lines[2]!, /^163\/QĐ-UBND,15\/03\/2023,Certificate of Merit,Individuals,1,Nguyễn Văn An,/);
    assert.match(lines[3]!, /,Lê Văn Đức,,"Dòng 1\nDòng 2",Yes$/);
    assert.equal(lines.at(-1), '');
  });

  test('csvField quotes only what needs it', () => {
    assert.equal(csvField('Nguyễn Văn An'), 'Nguyễn Văn An');
    assert.equal(csvField('a,b'), '"a,b"');
    assert.equal(csvField('say "hi"'), '"say ""hi"""');
    assert.equal(csvField('a\r\nb'), '"a\r\nb"');
    assert.equal(csvField(undefined), '');
    assert.equal(csvField(3), '3');
    assert.equal(csvField('+84 912'), "'+84 912");
  });

  test('a formula hidden behind spaces or invisible characters is neutralised too', () => {
    const hidden = [
      ' ',
      '   ',
      '\u00A0',
      '\u200B',
      '\u200C',
      '\u200D',
      '\uFEFF',
      '\u2060',
      '\t',
      '\r',
      '\n',
      '\r\n',
    ];
    const otherSpaces = ['\u2003', '\u3000', '\u202F', '\u2028', '\u00AD', '\u200E', ' \u200B\u00A0\t'];
    for (const prefix of ['', ...hidden, ...otherSpaces]) {
      for (const trigger of ['=', '+', '-', '@', '＝', '＋', '－', '＠']) {
        const text = `${prefix}${trigger}1+1`;
        assert.equal(parseCsvField(csvField(text)), `'${text}`, JSON.stringify(text));
      }
    }
    assert.equal(csvField(' =HYPERLINK("http://x","y")'), `"' =HYPERLINK(""http://x"",""y"")"`);
    assert.equal(csvField('\tabc'), "'\tabc", 'a leading tab or CR, as before');
    assert.equal(csvField('Nguyễn = An'), 'Nguyễn = An', 'a trigger after text is harmless');
    assert.equal(csvField(' An'), ' An');
    assert.equal(csvField(-5), "'-5");
  });

  test('property: no field starts with a formula trigger, and each reads back as its text', () => {
    // Strings made mostly of the characters that matter here, and any strings at all.
    const interesting = fc.constantFrom(
      ...'=+-@＝＋－＠\'",;\t\r\n a1Đ',
      ...['\u00A0', '\u200B', '\u200C', '\u200D', '\uFEFF', '\u2060', '\u2003', '\u3000', '\u00AD', '\u180E'],
    );
    const text = fc.oneof(fc.string({ unit: interesting }), fc.string({ unit: 'binary' }), fc.string());
    fc.assert(
      fc.property(text, (original) => {
        const field = csvField(original);
        const read = parseCsvField(field);
        assert.ok(read === original || read === `'${original}`, `${JSON.stringify(field)} reads back`);
        const visible = read.replace(SKIPPED, '');
        assert.doesNotMatch(visible, /^[=+\-@＝＋－＠\t\r]/u, `${JSON.stringify(field)} starts a formula`);
      }),
      { numRuns: 2000 },
    );
  });

  test('the fixture gives 19 rows after the header', () => {
    const csv = toAwardCsv(checkDecisions(fixture('quang-trung')).decisions.map((d) => d.decision));
    assert.equal(csv.split('\r\n').length - 2, 19);
  });
});

describe('Vietnamese order', () => {
  const names = [
    'Nguyễn Văn An',
    'Đặng Thị Bình',
    'Lê Văn Đức',
    'Trần Thị Ánh',
    'Bùi Minh Châu',
    'Phạm Đình Dũng',
  ];

  test('individuals by given name (last word), Vietnamese letters: An, Ánh, Bình, Châu, Dũng, Đức', () => {
    const sorted = names
      .map(individual)
      .sort(compareRecipients)
      .map((r) => r.name);
    assert.deepEqual(sorted, [
      'Nguyễn Văn An',
      'Trần Thị Ánh',
      'Đặng Thị Bình',
      'Bùi Minh Châu',
      'Phạm Đình Dũng',
      'Lê Văn Đức',
    ]);
    // Not what a code-point sort of the full names gives.
    assert.notDeepEqual(sorted, [...names].sort());
  });

  test('same given name: then the full name; a < ă < â and d < đ as letters, not accents', () => {
    const sorted = [
      'Nguyễn Văn An',
      'Lê Thị An',
      'Hoàng Văn Ân',
      'Ngô Thị Lan Anh',
      'Võ Văn Ăn',
      'Trịnh Xuân Đạt',
      'Phạm Văn Dương',
    ]
      .map(individual)
      .sort(compareRecipients)
      .map((r) => r.name);
    assert.deepEqual(sorted, [
      'Lê Thị An',
      'Nguyễn Văn An',
      'Ngô Thị Lan Anh',
      'Võ Văn Ăn',
      'Hoàng Văn Ân',
      'Phạm Văn Dương',
      'Trịnh Xuân Đạt',
    ]);
  });

  // A row's number is its place in its group: the CSV test above prints it, the browser tests show it.
  test('collectives by full name; groups keep kinds apart', () => {
    const groups = groupRecipients(
      [
        { kind: 'collective', name: 'Chi bộ Tổ dân phố 10' },
        individual('Lê Văn Đức'),
        { kind: 'collective', name: 'Chi bộ Tổ dân phố 2' },
        { kind: 'household', name: 'Hộ ông Đặng Văn Tư' },
        individual('Nguyễn Văn An'),
        { kind: 'collective', name: 'Chi bộ Công an phường' },
      ],
      'name',
    );
    assert.deepEqual(
      groups.map((g) => g.kind),
      ['collective', 'individual', 'household'],
    );
    assert.deepEqual(
      groups[0]!.rows.map((r) => r.name),
      ['Chi bộ Công an phường', 'Chi bộ Tổ dân phố 2', 'Chi bộ Tổ dân phố 10'],
    );
    assert.deepEqual(
      groups[1]!.rows.map((r) => r.name),
      ['Nguyễn Văn An', 'Lê Văn Đức'],
    );
    const given = groupRecipients([individual('Lê Văn Đức'), individual('Nguyễn Văn An')]);
    assert.deepEqual(
      given[0]!.rows.map((r) => r.name),
      ['Lê Văn Đức', 'Nguyễn Văn An'],
      'given order by default',
    );
  });

  test('a search key folds name, position and unit: "hoang phuong", đ as d', () => {
    assert.equal(searchKey(individual('HOÀNG PHƯƠNG')), 'hoang phuong');
    assert.equal(
      searchKey({ kind: 'individual', name: 'Đặng Thị Bình', position: 'Chủ tịch', unit: 'Tổ  3' }),
      'dang thi binh chu tich to 3',
    );
  });
});

describe('decision dates', () => {
  test('the CSV prints the signing day in the time zone given, a plain date as written', () => {
    const decision = (signedAt: string): AwardDecision => ({
      signedAt,
      form: 'giay-khen',
      recipients: [individual('Lê Văn Đức')],
    });
    const day = (signedAt: string, timeZone?: string) =>
      toAwardCsv(decision(signedAt), 'vi', { timeZone }).split('\r\n')[1]!.split(',')[1];
    assert.equal(day('2023-03-15', 'America/Los_Angeles'), '15/03/2023');
    assert.equal(day('2023-03-15T20:00:00Z'), '16/03/2023');
    assert.equal(day('2023-03-15T20:00:00Z', 'Europe/London'), '15/03/2023');
    assert.equal(day('2023-03-15T20:00:00Z', 'Mars/Olympus'), '', 'an unknown zone leaves the cell empty');
  });

  test('the check refuses impossible dates (2023-02-30, 25:00) and date-times without an offset (the model rule)', () => {
    const issues = (signedAt: unknown) =>
      checkDecisions({ form: 'giay-khen', signedAt }).issues.map((i) => `${i.path}:${i.code}`);
    for (const bad of [
      '2023-02-30',
      '2023-03-15T25:00:00Z',
      '2023-02-29T10:00:00+07:00',
      '15/03/2023',
      'hôm qua',
      // A wall-clock time without a zone is no instant: the model's rule (src/model/fields.ts).
      '2023-03-15T19:52',
      '2023-03-15 19:52:00',
    ]) {
      assert.deepEqual(issues(bad), ['decisions[0].signedAt:invalid'], bad);
    }
    for (const good of [
      '2023-03-15',
      '2024-02-29',
      '2023-03-15 19:52:00Z',
      '2023-03-15T19:52:00+07:00',
      '2023-03-15T12:52:00.123456Z',
    ]) {
      assert.deepEqual(issues(good), [], good);
    }
  });
});

describe('checking decisions (the model rules through readFields, held to the model parsers)', () => {
  const recipientish = fc.record(
    {
      kind: fc.oneof(fc.constantFrom('collective', 'individual', 'household'), fc.string(), fc.integer()),
      name: fc.oneof(
        fc.string(),
        fc.constantFrom('  Nguyễn Văn An ', 'Nguye\u0302\u0303n', ''),
        fc.integer(),
        fc.constant(null),
      ),
      position: fc.oneof(fc.string(), fc.boolean()),
      unit: fc.string(),
      posthumous: fc.oneof(fc.boolean(), fc.string()),
    },
    { requiredKeys: [] },
  );

  test('accepts and normalises exactly what parseAwardRecipient does', () => {
    fc.assert(
      fc.property(fc.oneof(recipientish, fc.anything()), (input) => {
        const mine = checkRecipient(input);
        const model = parseAwardRecipient(input);
        assert.equal(!!mine.value, model.ok);
        if (model.ok) assert.deepEqual(mine.value, model.value);
        else
          assert.deepEqual(new Set(mine.issues.map((i) => i.path)), new Set(model.issues.map((i) => i.path)));
      }),
      { numRuns: 500 },
    );
  });

  test('the fixture passes both checks unchanged', () => {
    const input = fixture('quang-trung');
    const model = parseAwardDecision(input);
    const mine = checkDecisions(input);
    assert.ok(model.ok);
    assert.deepEqual(mine.issues, []);
    assert.deepEqual(mine.decisions[0]!.decision, model.value);
  });

  test('a broken decision keeps its valid part and names every problem by path', () => {
    const { decisions, issues } = checkDecisions(fixture('broken'));
    assert.equal(decisions.length, 1);
    const d = decisions[0]!.decision;
    assert.deepEqual(
      d.recipients.map((r) => r.name),
      ['Nguyễn Văn An', 'Chi bộ 2'],
    );
    assert.equal(d.form, 'other');
    assert.equal(d.number, '12/QĐ-UBND');
    assert.equal(d.signedAt, undefined);
    assert.equal(decisions[0]!.given, 6);
    assert.deepEqual(issues.map((i) => i.path).sort(), [
      'decisions[0].form',
      'decisions[0].issuer',
      'decisions[0].recipients[1].kind',
      'decisions[0].recipients[3].name',
      'decisions[0].recipients[4]',
      'decisions[0].recipients[5].posthumous',
      'decisions[0].signedAt',
      'decisions[0].statedTotal',
    ]);
  });

  test('a list with a non-object, and missing required fields', () => {
    const { decisions, issues } = checkDecisions([42, { recipients: [{}] }]);
    assert.equal(decisions.length, 1);
    assert.equal(decisions[0]!.given, 1, 'the second item, with its one (broken) recipient');
    assert.deepEqual(decisions[0]!.decision, { form: 'other', recipients: [] });
    assert.deepEqual(issues, [
      { path: 'decisions[0]', message: 'must be an object', code: 'invalid' },
      { path: 'decisions[1].form', message: 'required', code: 'required' },
      { path: 'decisions[1].recipients[0].kind', message: 'required', code: 'required' },
      { path: 'decisions[1].recipients[0].name', message: 'required', code: 'required' },
    ]);
    assert.deepEqual(checkDecisions(undefined), { decisions: [], issues: [] });
  });
});

describe('server rendering', () => {
  test('the decision property renders in Node; a child JSON script does not (client only)', async () => {
    const { renderToString } = await import('../../src/server/render.js');
    await import('../../src/elements/award-list/define.js');
    const decision = fixture('quang-trung');
    const out = renderToString(
      html`<gov-award-list lang="vi" .decision=${decision}></gov-award-list>`,
    ).replace(/<!--.*?-->/g, '');
    assert.match(out, /shadowrootmode="open"/);
    assert.match(out, /Giấy khen/);
    assert.match(out, /Quyết định số 163\/QĐ-ĐU/);
    assert.match(out, /<time datetime="2023-03-15">15\/03\/2023<\/time>/);
    assert.match(out, /Trịnh Xuân Đạt/);
    assert.match(out, /19 tập thể, cá nhân được khen thưởng/);
    const tagOnly = renderToString(
      html`<gov-award-list lang="en"
        ><script type="application/json">
          { "form": "giay-khen", "recipients": [{ "kind": "individual", "name": "Lê Văn Đức" }] }
        </script></gov-award-list
      >`,
    );
    const shadow = tagOnly.slice(0, tagOnly.indexOf('</template>'));
    assert.doesNotMatch(shadow, /Lê Văn Đức/);
  });
});
