// gov-weather on the server: the full data with `report`, the loading placeholder (and no
// request) with `src`/`source`; reading times through src/format/dates.ts.
import { test, describe, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import '../../src/elements/weather/define.js';
import type { WeatherReport } from '../../src/model/types.js';
import { squeezeHtml } from './weather-ssr.js';

const REPORT: WeatherReport = {
  places: [
    {
      id: 'ha-noi',
      name: 'Hà Nội',
      observedAt: '2023-03-15T19:45:00+07:00',
      temperature: 21.4,
      humidity: 88,
      isDay: false,
      weatherCode: 3,
      windSpeed: 9.7,
      min: 18.9,
      max: 24.6,
    },
    {
      id: 'da-nang',
      name: 'Đà Nẵng',
      observedAt: '2023-03-15T19:45:00+07:00',
      temperature: 23.8,
      humidity: 91,
      isDay: false,
      weatherCode: 61,
      windSpeed: 7.2,
    },
    {
      id: 'tp-ho-chi-minh',
      name: 'TP Hồ Chí Minh',
      observedAt: '2023-03-15T19:45:00+07:00',
      temperature: 28.6,
      humidity: 74,
      isDay: false,
      weatherCode: 95,
      windSpeed: 13.3,
    },
  ],
  units: 'metric',
  source: { name: 'Open-Meteo', url: 'https://open-meteo.com/', attribution: 'Open-Meteo.com (CC BY 4.0)' },
  fetchedAt: '2023-03-15T12:50:00.000Z',
};

/** Server HTML as a browser lays it out (see squeezeHtml). */
const ssr = (template: ReturnType<typeof html>) => squeezeHtml(collectResultSync(render(template)));

describe('gov-weather server rendering', () => {
  const originalFetch = globalThis.fetch;
  afterEach(() => {
    globalThis.fetch = originalFetch;
  });

  test('with a report: the whole data, the absolute update time, the credit link', () => {
    const out = ssr(html`<gov-weather lang="vi" .report=${REPORT}></gov-weather>`);
    for (const piece of [
      'role="heading" aria-level="2"',
      'Thời tiết các vùng',
      '<span part="name">Hà Nội</span><span part="temp">21°C</span><span part="condition">Nhiều mây</span>',
      '<span part="name">Đà Nẵng</span><span part="temp">24°C</span><span part="condition">Mưa nhỏ</span>',
      '<span part="name">TP Hồ Chí Minh</span><span part="temp">29°C</span><span part="condition">Dông</span>',
      '<dt>Độ ẩm</dt><dd>88%</dd>',
      '<time datetime="2023-03-15T19:45:00+07:00">19:45</time>',
      // Ages need the reader's clock: the server prints the time, the browser turns it into "… trước".
      '<p part="updated">Cập nhật <time datetime="2023-03-15T12:50:00.000Z">19:50 15/03/2023</time></p>',
      '<a part="source-link" href="https://open-meteo.com/">Open-Meteo.com (CC BY 4.0)</a>',
    ]) {
      assert.ok(out.includes(piece), `missing ${piece}\nin ${out}`);
    }
    assert.ok(!out.includes('placeholder'));
  });

  test('in English, imperial', () => {
    const out = ssr(
      html`<gov-weather lang="en" units="imperial" layout="compact" .report=${REPORT}></gov-weather>`,
    );
    assert.ok(out.includes('Weather by region'));
    assert.ok(out.includes('<span part="temp">71°F</span><span part="condition">Overcast</span>'));
    assert.ok(out.includes('data-layout="compact"'));
    assert.ok(!out.includes('<dl'), 'compact has no details');
  });

  test('with src or source: the placeholder rows, and nothing is fetched on the server', () => {
    let fetched = 0;
    globalThis.fetch = (async () => {
      fetched++;
      throw new Error('no fetching on the server');
    }) as typeof fetch;
    const fromSrc = ssr(html`<gov-weather lang="vi" src="/api/weather.json"></gov-weather>`);
    const fromSource = ssr(
      html`<gov-weather
        lang="vi"
        source="open-meteo"
        places="ha-noi,da-nang,tp-ho-chi-minh,hue"
      ></gov-weather>`,
    );
    assert.equal(fromSrc.match(/part="place placeholder"/g)?.length, 3, 'three rows by default');
    assert.equal(fromSource.match(/part="place placeholder"/g)?.length, 4, 'one row a place');
    assert.ok(fromSrc.includes('aria-busy="true"') && fromSrc.includes('Đang tải…'));
    assert.equal(fetched, 0);
  });
});

describe('reading times', () => {
  test('printed on the portal clock (Asia/Ho_Chi_Minh) whatever the offset of the data', () => {
    const report = {
      ...REPORT,
      places: [{ ...REPORT.places[0]!, observedAt: '2023-03-15T23:15:00-05:00' }],
      fetchedAt: '2023-03-16T04:20:00.5Z',
    };
    const out = ssr(html`<gov-weather lang="en" .report=${report}></gov-weather>`);
    assert.ok(out.includes('<time datetime="2023-03-15T23:15:00-05:00">11:15</time>'), out);
    assert.ok(out.includes('<time datetime="2023-03-16T04:20:00.5Z">11:20 16/03/2023</time>'), out);
  });

  test('a reading of another day: its date; one that was old when the report was made: "Số liệu cũ"', () => {
    const report = {
      ...REPORT,
      places: REPORT.places.map((place) => ({ ...place, observedAt: '2023-03-12T18:00:00+07:00' })),
    };
    const vi = ssr(html`<gov-weather lang="vi" .report=${report}></gov-weather>`);
    assert.ok(vi.includes('<time datetime="2023-03-12T18:00:00+07:00">18:00 12/03/2023</time>'), vi);
    assert.ok(
      vi.includes('<span part="condition">Nhiều mây · <strong part="old">Số liệu cũ</strong></span>'),
      vi,
    );
    assert.equal(vi.match(/part="old"/g)?.length, 3);
    // In every layout: compact has no details, the note is beside the condition.
    const en = ssr(html`<gov-weather lang="en" layout="compact" .report=${report}></gov-weather>`);
    assert.ok(
      en.includes('<span part="condition">Overcast · <strong part="old">Old reading</strong></span>'),
      en,
    );
    // The report itself is fresh: its line is not stale, and a fresh report has no note.
    assert.ok(vi.includes('<p part="updated">Cập nhật <time'), vi);
    assert.ok(!ssr(html`<gov-weather lang="vi" .report=${REPORT}></gov-weather>`).includes('part="old"'));
  });

  // Reports are also checked where they come in (parseWeatherReport, the sources'
  // checkWeatherReport); the element still refuses what is not a real instant.
  test('what is not an ISO 8601 instant (no offset, 24:00, 25:00, 2023-02-30, other formats) is not printed', () => {
    for (const bad of [
      '2023-03-15T19:45',
      '2023-03-15T24:00:00Z',
      '2023-03-15T25:00:00Z',
      '2023-02-30T10:00:00+07:00',
      '2023-04-31T10:00:00Z',
      '15/03/2023 19:45',
      '2023-03-15T19:45:00+0700',
    ]) {
      const report = { ...REPORT, places: [{ ...REPORT.places[0]!, observedAt: bad }], fetchedAt: bad };
      const out = ssr(html`<gov-weather lang="vi" .report=${report}></gov-weather>`);
      assert.ok(!out.includes('<dt>Lúc</dt>') && !out.includes(bad + '"'), `${bad}: ${out}`);
      assert.match(out, /<p part="updated">Cập nhật <time\s*><\/time><\/p>/, bad);
    }
  });
});

// Lit appends `<?>` to a template that ends with a binding, and the server renderer writes it out:
// the Nu HTML checker refuses it ("Saw <?"). No state of the element may print one.
describe('no `<?>` in the server output', () => {
  const oldReadings = {
    ...REPORT,
    places: REPORT.places.map((place) => ({ ...place, observedAt: '2023-03-12T18:00:00+07:00' })),
  };
  const bare = { ...REPORT, places: [{ id: 'x', name: 'X' }], source: { name: 'X', url: 'javascript:1' } };
  const states = {
    list: html`<gov-weather lang="vi" .report=${REPORT}></gov-weather>`,
    grid: html`<gov-weather lang="en" layout="grid" units="imperial" .report=${REPORT}></gov-weather>`,
    compact: html`<gov-weather lang="vi" layout="compact" .report=${REPORT}></gov-weather>`,
    'stale (old readings, an old report)': html`<gov-weather
      lang="vi"
      stale-after="60"
      .report=${{ ...oldReadings, fetchedAt: '2020-01-01T00:00:00Z' }}
    ></gov-weather>`,
    'a place without values, a source without a safe link': html`<gov-weather
      lang="en"
      .report=${bare}
    ></gov-weather>`,
    error: html`<gov-weather lang="vi" .report=${{ places: 'Hà Nội' }}></gov-weather>`,
    loading: html`<gov-weather lang="vi" src="/api/weather.json" places="ha-noi,hue"></gov-weather>`,
    empty: html`<gov-weather lang="en"></gov-weather>`,
  };

  for (const [state, template] of Object.entries(states)) {
    test(state, () => {
      const out = collectResultSync(render(template));
      assert.ok(out.includes('part="base"'), out);
      assert.ok(!out.includes('<?'), out);
    });
  }
});
