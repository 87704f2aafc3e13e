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
    for (const ok of ['https://a.gov.vn/x', 'http://a', '/a/b', 'a/b', '?q=1', '#top', '//cdn.gov.vn/x.js', 'HTTPS://A']) {
      assert.equal(safeUrl(ok), ok, ok);
    }
  });
  test('refuses script and other schemes, however written', () => {
    for (const bad of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', ' javascript:alert(1)', 'java\tscript:alert(1)', '\u0000javascript:x', 'vbscript:msgbox', 'data:text/html,<script>', 'file:///etc/passwd', '']) {
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
    assert.ok(paths.some((p) => p.startsWith('viewCount: must not be negative')), paths.join('\n'));
    assert.ok(r.issues.some((i) => i.path === 'url' && i.code === 'unsafe-url'), paths.join('\n'));
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
      const r = parseArticle({ ...validArticle, url: bad, section: { name: 's', href: bad }, images: [{ src: bad, alt: 'x' }], authors: [{ name: 'a', url: bad }] });
      assert.equal(r.ok, false);
      if (!r.ok) assert.deepEqual(r.issues.map((i) => i.path).sort(), ['authors[0].url', 'images[0].src', 'section.href', 'url']);
    }
  });
  test('body blocks are checked by type', () => {
    const r = parseArticle({ ...validArticle, body: [{ type: 'paragraph', text: 'a' }, { type: 'video' }, { type: 'image', image: { caption: 'c', alt: 'c' } }] });
    assert.equal(r.ok, false);
    if (!r.ok) assert.deepEqual(r.issues.map((i) => i.path), ['body[1].type']);
  });
  test('property: never throws on arbitrary JSON, every issue has a path', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const r = parseArticle(value);
        return r.ok || (r.issues.length > 0 && r.issues.every((i) => typeof i.path === 'string' && i.path.length > 0 && i.message.length > 0));
      }),
      { numRuns: 300 },
    );
  });
  test('property: arbitrary values in every field never throw', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom('id', 'headline', 'images', 'body', 'viewCount', 'publishedAt', 'authors', 'section', 'url'), fc.anything()), (value) => {
        parseArticle(value);
        parseAwardDecision(value);
        parseWeatherReport(value);
        return true;
      }),
      { numRuns: 300 },
    );
  });
  test('survives a throwing getter', () => {
    const evil = Object.defineProperty({}, 'headline', { get() { throw new Error('boom'); }, enumerable: true });
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
      { kind: 'individual', name: 'Đặng Văn Lâm', position: 'Bí thư chi bộ', unit: 'Tổ dân phố 3', posthumous: true },
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
    if (!r.ok) assert.deepEqual(r.issues.map((i) => i.path), ['form', 'recipients[0].kind', 'recipients[0].name']);
  });
});

describe('parseWeatherReport', () => {
  const report = {
    places: [{ id: 'ha-noi', name: 'Hà Nội', latitude: 21.03, longitude: 105.85, temperature: 24.1, humidity: 80, weatherCode: 3, observedAt: '2023-03-15T19:45:00+07:00' }],
    source: { name: 'Open-Meteo', url: 'https://open-meteo.com', attribution: 'CC BY 4.0' },
    fetchedAt: '2023-03-15T19:50:00+07:00',
  };
  test('accepts a report, metric by default', () => {
    const r = parseWeatherReport(report);
    assert.ok(r.ok, JSON.stringify(r));
    assert.equal(r.value.units, 'metric');
  });
  test('range checks with paths', () => {
    const r = parseWeatherReport({ ...report, places: [{ ...report.places[0], humidity: 120, weatherCode: 100 }] });
    assert.equal(r.ok, false);
    if (!r.ok) assert.deepEqual(r.issues.map((i) => i.path), ['places[0].humidity', 'places[0].weatherCode']);
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
    assert.equal(article.headline, 'Quang Trung sơ kết giữa nhiệm kỳ Đại hội Đảng bộ phường lần thứ XIV nhiệm kỳ 2020 - 2025');
    assert.equal(article.publishedAt, '2023-03-15T19:52:00+07:00');
    assert.equal(article.viewCount, 55);
    assert.deepEqual(article.authors, [{ name: 'HOÀNG PHƯƠNG' }]);
    const captions = article.body.filter((b) => b.type === 'image').map((b) => (b.type === 'image' ? b.image.caption : ''));
    assert.deepEqual(captions, ['Các tập thể được khen thưởng', 'Các cá nhân được khen thưởng']);
    const paragraphs = article.body.filter((b) => b.type === 'paragraph');
    assert.equal(paragraphs.length, 4);
    assert.ok(paragraphs.some((p) => p.type === 'paragraph' && p.text.includes('14 chi bộ trực thuộc, với 556 đảng viên')));
    assert.deepEqual(page.issues, []);
  });
  test('the imported article passes the parser', () => {
    const r = parseArticle(page.sections[0]!.articles[0]!);
    assert.ok(r.ok, JSON.stringify(r));
  });
  test('never throws on arbitrary text', () => {
    fc.assert(fc.property(fc.string(), (s) => Array.isArray(parsePortalPage(s).sections)), { numRuns: 200 });
  });
});
