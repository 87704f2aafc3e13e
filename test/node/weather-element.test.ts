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
