import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import {
  parseArticle,
  parseAwardDecision,
  parseWeatherReport,
  safeUrl,
  toNewsArticleJsonLd,
  toOpenGraph,
  serializeJsonLd,
  parsePortalPage,
  type Article,
} from '../../src/model/index.js';
import { describeValue } from '../../src/model/describe.js';
import { hostileAnything } from '../fixtures/hostile-arbitrary.js';

const seed = readFileSync(new URL('../../demo/content/portal-page.txt', import.meta.url), 'utf8');

const validArticle = {
  id: 'a1',
  headline: 'Quang Trung sơ kết giữa nhiệm kỳ',
  publishedAt: '2023-03-15T19:52:00+07:00',
  viewCount: 55,
  images: [{ src: '/img/1.jpg', alt: 'Hội nghị', width: 800, height: 450 }],
  authors: [{ name: 'HOÀNG PHƯƠNG' }],
  section: { name: 'Hoạt động từ các đơn vị', href: '/hoat-dong' },
};

describe('safeUrl', () => {
  test('allows http, https and relative URLs', () => {
    for (const ok of [
      'https://a.gov.vn/x',
      'http://a',
      '/a/b',
      'a/b',
      '?q=1',
      '#top',
      '//cdn.gov.vn/x.js',
      'HTTPS://A',
    ]) {
      assert.equal(safeUrl(ok), ok, ok);
    }
  });
  test('refuses script and other schemes, however written', () => {
    for (const bad of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      ' javascript:alert(1)',
      'java\tscript:alert(1)',
      '\u0000javascript:x',
      'vbscript:msgbox',
      'data:text/html,<script>',
      'file:///etc/passwd',
      '',
    ]) {
      assert.equal(safeUrl(bad), undefined, JSON.stringify(bad));
      assert.equal(safeUrl(bad, 'image'), undefined, JSON.stringify(bad));
    }
  });
  test('images may also be data:image', () => {
    assert.ok(safeUrl('data:image/png;base64,iVBOR', 'image'));
    assert.equal(safeUrl('data:image/png;base64,iVBOR', 'link'), undefined);
  });
});

describe('parseArticle', () => {
  test('accepts a valid article and fills defaults', () => {
    const r = parseArticle(validArticle);
    assert.ok(r.ok);
    assert.equal(r.value.headline, validArticle.headline);
    assert.deepEqual(r.value.tags, []);
    assert.deepEqual(r.value.body, []);
  });
  test('reports every problem with its path', () => {
    const r = parseArticle({
      id: 'x',
      headline: '',
      images: [{ src: '/a.jpg', alt: 'a' }, { src: '/b.jpg', alt: 'b' }, { src: '/c.jpg' }],
      viewCount: -1,
      url: 'javascript:alert(1)',
    });
    assert.equal(r.ok, false);
    if (r.ok) return;
    const paths = r.issues.map((i) => `${i.path}: ${i.message}`);
    assert.ok(paths.includes('headline: required'), paths.join('\n'));
    assert.ok(paths.includes('images[2].alt: required'), paths.join('\n'));
    assert.ok(
      paths.some((p) => p.startsWith('viewCount: must be a whole number, not negative')),
      paths.join('\n'),
    );
    assert.ok(
      r.issues.some((i) => i.path === 'url' && i.code === 'unsafe-url'),
      paths.join('\n'),
    );
  });
  test('rejects fractional and non-numeric view counts', () => {
    for (const viewCount of [1.5, '55', NaN, Infinity]) {
      const r = parseArticle({ ...validArticle, viewCount });
      assert.equal(r.ok, false, String(viewCount));
      if (!r.ok) assert.equal(r.issues[0]!.path, 'viewCount');
    }
  });
  test('dates need an offset unless a time zone is given', () => {
    const bare = { ...validArticle, publishedAt: '2023-03-15T19:52:00' };
    const r = parseArticle(bare);
    assert.equal(r.ok, false);
    if (!r.ok) assert.equal(r.issues[0]!.path, 'publishedAt');
    const z = parseArticle(bare, { timeZone: 'Asia/Ho_Chi_Minh' });
    assert.ok(z.ok);
    assert.equal(z.value.publishedAt, '2023-03-15T19:52:00+07:00');
    const impossible = parseArticle({ ...validArticle, publishedAt: '2023-02-30T10:00:00+07:00' });
    assert.equal(impossible.ok, false);
  });
  test('NFD input comes out NFC', () => {
    const nfd = 'Hà Nội'.normalize('NFD');
    assert.notEqual(nfd, 'Hà Nội');
    const r = parseArticle({ ...validArticle, headline: nfd, tags: [nfd] });
    assert.ok(r.ok);
    assert.equal(r.value.headline, 'Hà Nội');
    assert.equal(r.value.tags[0], 'Hà Nội');
  });
  test('unsafe URLs refused in every URL field', () => {
    for (const bad of ['javascript:alert(1)', 'vbscript:x', 'data:text/html,<b>']) {
      const r = parseArticle({
        ...validArticle,
        url: bad,
        section: { name: 's', href: bad },
        images: [{ src: bad, alt: 'x' }],
        authors: [{ name: 'a', url: bad }],
      });
      assert.equal(r.ok, false);
      if (!r.ok)
        assert.deepEqual(r.issues.map((i) => i.path).sort(), [
          'authors[0].url',
          'images[0].src',
          'section.href',
          'url',
        ]);
    }
  });
  test('body blocks are checked by type', () => {
    const r = parseArticle({
      ...validArticle,
      body: [
        { type: 'paragraph', text: 'a' },
        { type: 'video' },
        { type: 'image', image: { caption: 'c', alt: 'c' } },
      ],
    });
    assert.equal(r.ok, false);
    if (!r.ok)
      assert.deepEqual(
        r.issues.map((i) => i.path),
        ['body[1].type'],
      );
  });
  test('property: never throws on arbitrary JSON, every issue has a path', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const r = parseArticle(value);
        return (
          r.ok ||
          (r.issues.length > 0 &&
            r.issues.every((i) => typeof i.path === 'string' && i.path.length > 0 && i.message.length > 0))
        );
      }),
      { numRuns: 300 },
    );
  });
  test('property: arbitrary values in every field never throw', () => {
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.constantFrom(
            'id',
            'headline',
            'images',
            'body',
            'viewCount',
            'publishedAt',
            'authors',
            'section',
            'url',
          ),
          fc.anything(),
        ),
        (value) => {
          parseArticle(value);
          parseAwardDecision(value);
          parseWeatherReport(value);
          return true;
        },
      ),
      { numRuns: 300 },
    );
  });
  test('survives a throwing getter', () => {
    const evil = Object.defineProperty({}, 'headline', {
      get() {
        throw new Error('boom');
      },
      enumerable: true,
    });
    const r = parseArticle(evil);
    assert.equal(r.ok, false);
  });
});

describe('parseAwardDecision', () => {
  const decision = {
    number: '163/QĐ-UBND',
    signedAt: '2023-03-15',
    issuer: { title: 'Chủ tịch', body: 'UBND phường Quang Trung' },
    form: 'giay-khen',
    reason: 'Có thành tích xuất sắc',
    recipients: [
      { kind: 'collective', name: 'Chi bộ Tổ dân phố 1' },
      {
        kind: 'individual',
        name: 'Đặng Văn Lâm',
        position: 'Bí thư chi bộ',
        unit: 'Tổ dân phố 3',
        posthumous: true,
      },
    ],
    statedTotal: 2,
  };
  test('accepts a valid decision', () => {
    const r = parseAwardDecision(decision);
    assert.ok(r.ok, JSON.stringify(r));
    assert.equal(r.value.recipients.length, 2);
  });
  test('paths into recipients', () => {
    const r = parseAwardDecision({ ...decision, form: 'medal', recipients: [{ kind: 'team', name: '' }] });
    assert.equal(r.ok, false);
    if (!r.ok)
      assert.deepEqual(
        r.issues.map((i) => i.path),
        ['form', 'recipients[0].kind', 'recipients[0].name'],
      );
  });
});

describe('parseWeatherReport', () => {
  const report = {
    places: [
      {
        id: 'ha-noi',
        name: 'Hà Nội',
        latitude: 21.03,
        longitude: 105.85,
        temperature: 24.1,
        humidity: 80,
        weatherCode: 3,
        observedAt: '2023-03-15T19:45:00+07:00',
      },
    ],
    source: { name: 'Open-Meteo', url: 'https://open-meteo.com', attribution: 'CC BY 4.0' },
    fetchedAt: '2023-03-15T19:50:00+07:00',
  };
  test('accepts a report, metric by default', () => {
    const r = parseWeatherReport(report);
    assert.ok(r.ok, JSON.stringify(r));
    assert.equal(r.value.units, 'metric');
  });
  test('range checks with paths', () => {
    const r = parseWeatherReport({
      ...report,
      places: [{ ...report.places[0], humidity: 120, weatherCode: 100 }],
    });
    assert.equal(r.ok, false);
    if (!r.ok)
      assert.deepEqual(
        r.issues.map((i) => i.path),
        ['places[0].humidity', 'places[0].weatherCode'],
      );
  });
});

describe('serialisers', () => {
  const article = parseArticle(validArticle);
  assert.ok(article.ok);
  const a: Article = article.value;
  test('NewsArticle JSON-LD keeps the offset and counts views', () => {
    const ld = toNewsArticleJsonLd(a, { publisher: { name: 'UBND phường Quang Trung', logo: '/logo.png' } });
    assert.equal(ld['@type'], 'NewsArticle');
    assert.equal(ld.datePublished, '2023-03-15T19:52:00+07:00');
    assert.deepEqual(ld.image, ['/img/1.jpg']);
    assert.equal(ld.author?.[0]?.name, 'HOÀNG PHƯƠNG');
    assert.equal(ld.articleSection, 'Hoạt động từ các đơn vị');
    assert.equal(ld.interactionStatistic?.userInteractionCount, 55);
  });
  test('JSON-LD cannot close its script element', () => {
    const json = serializeJsonLd({ headline: '</script><script>alert(1)</script>' });
    assert.ok(!json.includes('</script>'));
    assert.equal(JSON.parse(json).headline, '</script><script>alert(1)</script>');
  });
  test('Open Graph tags', () => {
    const og = toOpenGraph(a);
    const get = (p: string) => og.filter((t) => t.property === p).map((t) => t.content);
    assert.deepEqual(get('og:type'), ['article']);
    assert.deepEqual(get('article:published_time'), ['2023-03-15T19:52:00+07:00']);
    assert.deepEqual(get('og:image'), ['/img/1.jpg']);
    assert.deepEqual(get('article:section'), ['Hoạt động từ các đơn vị']);
  });
});

describe('parsePortalPage on the seed', () => {
  const page = parsePortalPage(seed);
  test('weather places', () => {
    assert.deepEqual(page.places, ['Hà Nội', 'Đà Nẵng', 'TP Hồ Chí Minh']);
  });
  test('section and article', () => {
    assert.equal(page.sections.length, 1);
    assert.equal(page.sections[0]!.name, 'Hoạt động từ các đơn vị');
    const article = page.sections[0]!.articles[0]!;
    assert.equal(
      article.headline,
      'Quang Trung sơ kết giữa nhiệm kỳ Đại hội Đảng bộ phường lần thứ XIV nhiệm kỳ 2020 - 2025',
    );
    assert.equal(article.publishedAt, '2023-03-15T19:52:00+07:00');
    assert.equal(article.viewCount, 55);
    assert.deepEqual(article.authors, [{ name: 'HOÀNG PHƯƠNG' }]);
    const captions = article.body
      .filter((b) => b.type === 'image')
      .map((b) => (b.type === 'image' ? b.image.caption : ''));
    assert.deepEqual(captions, ['Các tập thể được khen thưởng', 'Các cá nhân được khen thưởng']);
    const paragraphs = article.body.filter((b) => b.type === 'paragraph');
    assert.equal(paragraphs.length, 4);
    assert.ok(
      paragraphs.some(
        (p) => p.type === 'paragraph' && p.text.includes('14 chi bộ trực thuộc, với 556 đảng viên'),
      ),
    );
    assert.deepEqual(page.issues, []);
  });
  test('the imported article passes the parser', () => {
    const r = parseArticle(page.sections[0]!.articles[0]!);
    assert.ok(r.ok, JSON.stringify(r));
  });
  test('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string(), (s) => Array.isArray(parsePortalPage(s).sections)),
      { numRuns: 200 },
    );
  });
});

// Hostile content (issue "Hostile content and faults", item 2): values that made String() or a
// template literal throw (a RangeError at ≈ 5,000 levels of nesting, Symbols, prototype-less
// objects) must come back as issues, never as exceptions.
function nestedList(levels: number): unknown {
  let value: unknown = [];
  for (let level = 0; level < levels; level++) value = [value];
  return value;
}
function nestedObject(levels: number): unknown {
  let value: unknown = {};
  for (let level = 0; level < levels; level++) value = { inner: value };
  return value;
}
const circularObject: Record<string, unknown> = { name: 'vòng' };
circularObject.self = circularObject;
const revocable = Proxy.revocable({}, {});
revocable.revoke();
const throwingTraps = new Proxy(
  {},
  {
    get: () => {
      throw new Error('get trap');
    },
    ownKeys: () => {
      throw new Error('ownKeys trap');
    },
    getPrototypeOf: () => {
      throw new Error('getPrototypeOf trap');
    },
  },
);
const throwingToString = {
  toString: () => {
    throw new Error('toString');
  },
};
/** Values that broke String(), JSON.stringify or property reads, by name. */
const hostileValues: Record<string, unknown> = {
  'a list nested 10,000 deep': nestedList(10_000),
  'an object nested 10,000 deep': nestedObject(10_000),
  'a BigInt': 10n,
  'a circular object': circularObject,
  'a Symbol': Symbol('kí hiệu'),
  'a function': () => 'x',
  'a Proxy whose traps throw': throwingTraps,
  'a revoked Proxy': revocable.proxy,
  'an object without a prototype': Object.create(null),
  'an object whose toString throws': throwingToString,
  'a 1 MB string': 'x'.repeat(1_000_000),
};
const ARTICLE_FIELDS = [
  'id',
  'slug',
  'headline',
  'summary',
  'section',
  'url',
  'publishedAt',
  'updatedAt',
  'authors',
  'images',
  'body',
  'viewCount',
  'tags',
  'sourceCredit',
  'lang',
  'awards',
] as const;

/** A parse result is a value, or issues that each have a path and a short message. */
function assertAnswer(result: ReturnType<typeof parseArticle>, label: string) {
  if (result.ok) return;
  assert.ok(result.issues.length > 0, label);
  for (const issue of result.issues) {
    assert.ok(typeof issue.path == 'string' && issue.path.length > 0, `${label}: ${issue.path}`);
    assert.ok(typeof issue.message == 'string' && issue.message.length > 0, label);
    assert.ok(issue.message.length <= 201, `${label}: a message of ${issue.message.length} characters`);
  }
}

describe('describeValue (bounded, never throws, never walks into a value)', () => {
  test('names every kind of value', () => {
    assert.equal(describeValue('55'), '"55"');
    assert.equal(describeValue(-3), '-3');
    assert.equal(describeValue(NaN), 'NaN');
    assert.equal(describeValue(true), 'true');
    assert.equal(describeValue(null), 'null');
    assert.equal(describeValue(undefined), 'undefined');
    assert.equal(describeValue(10n), 'bigint');
    assert.equal(describeValue(Symbol('s')), 'symbol');
    assert.equal(
      describeValue(() => 1),
      'function',
    );
    assert.equal(describeValue([1, 2]), 'object');
  });
  test('every hostile value: a short description, no exception', () => {
    for (const [name, value] of Object.entries(hostileValues)) {
      const described = describeValue(value);
      assert.ok(described.length > 0 && described.length <= 42, `${name}: ${described.length}`);
    }
  });
});

describe('parseArticle under hostile content', () => {
  const valid = { id: 'a1', headline: 'Tiêu đề' };
  test('each hostile value as the article and in every field: issues with paths, never an exception', () => {
    for (const [name, value] of Object.entries(hostileValues)) {
      assertAnswer(parseArticle(value), `article = ${name}`);
      for (const field of ARTICLE_FIELDS) {
        assertAnswer(parseArticle({ ...valid, [field]: value }), `${field} = ${name}`);
      }
    }
  });
  test('each hostile value inside the nested fields (authors, images, section, url, tags, body, awards)', () => {
    for (const [name, value] of Object.entries(hostileValues)) {
      const nested = [
        { authors: [value] },
        { authors: [{ name: value, url: value }] },
        { images: [value] },
        { images: [{ src: value, alt: value, width: value, height: value }] },
        { section: { name: value, href: value } },
        { tags: [value] },
        { body: [value, { type: 'paragraph', text: value }] },
        { awards: [{ form: 'other', recipients: [value] }] },
      ];
      for (const fields of nested) {
        assertAnswer(parseArticle({ ...valid, ...fields }), `${Object.keys(fields)[0]}: ${name}`);
      }
    }
  });
  test('the reproduced case: viewCount nested 8,000 deep is an issue at viewCount', () => {
    const result = parseArticle({ ...valid, viewCount: nestedList(8_000) });
    assert.equal(result.ok, false);
    if (!result.ok)
      assert.deepEqual(
        result.issues.map((issue) => issue.path),
        ['viewCount'],
      );
  });
  test('a 1 MB headline is kept whole; messages about 1 MB values stay short', () => {
    const headline = 'Hà Nội '.repeat(150_000);
    const result = parseArticle({ ...valid, headline, section: 'x'.repeat(1_000_000) });
    assert.equal(result.ok, false);
    if (!result.ok) assert.ok(result.issues.every((issue) => issue.message.length <= 201));
    const kept = parseArticle({ ...valid, headline });
    assert.ok(kept.ok);
    assert.equal(kept.value.headline, headline.trim());
  });
  test('whatever a getter throws is described, never printed', () => {
    for (const thrown of [new Error('hỏng'), ...Object.values(hostileValues)]) {
      const input = Object.defineProperty({ id: 'a1' }, 'headline', {
        enumerable: true,
        get() {
          throw thrown;
        },
      });
      const result = parseArticle(input);
      assertAnswer(result, describeValue(thrown));
      assert.equal(result.ok, false);
    }
    const result = parseArticle(
      Object.defineProperty({}, 'headline', {
        get: () => {
          throw new Error('hỏng');
        },
      }),
    );
    assert.ok(!result.ok && result.issues[0]!.message.includes('hỏng'));
  });
  test('property: fc.anything() (BigInt, null prototypes, boxed values…) as the article or a field', () => {
    const anything = hostileAnything({ maxDepth: 4 });
    const field = fc.constantFrom(...ARTICLE_FIELDS);
    fc.assert(
      fc.property(anything, field, (value, name) => {
        assertAnswer(parseArticle(value), 'anything');
        assertAnswer(parseArticle({ ...valid, [name]: value }), name);
      }),
      { numRuns: 500 },
    );
  });
  test('property: deep nesting of any depth up to 10,000 in any field', () => {
    const depth = fc.integer({ min: 1, max: 10_000 });
    const field = fc.constantFrom(...ARTICLE_FIELDS);
    fc.assert(
      fc.property(depth, field, fc.boolean(), (levels, name, asList) => {
        const deep = asList ? nestedList(levels) : nestedObject(levels);
        assertAnswer(parseArticle({ ...valid, [name]: deep }), `${name} nested ${levels}`);
      }),
      { numRuns: 60 },
    );
  });
});
