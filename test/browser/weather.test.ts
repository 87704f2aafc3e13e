// gov-weather in both render modes: the seed's three cities from a report, vi/en, imperial,
// layouts, day/night icons, stale data, loading (placeholder of the final size), errors and
// retry, unknown sources, `src`, partial answers, and the refresh timer (pause while hidden,
// back-off after failures) driven by a manual scheduler — no real waiting anywhere.
import { renderModes, cleanupFixtures, collectEvents, type RenderMode } from './helpers/render-modes.js';
import { html, type TemplateResult } from 'lit';
import { expect, waitUntil } from '@open-wc/testing';
import { expectAccessible } from './helpers/axe.js';
import { $, $$, show, text, texts } from './helpers/dom.js';
import '../../src/elements/weather/define.js';
import type { GovWeather, WeatherLoadDetail } from '../../src/elements/weather/gov-weather.js';
import type { GovErrorDetail } from '../../src/elements/shared/events.js';
import { registerWeatherSource } from '../../src/elements/weather/registry.js';
import { manualScheduler } from '../../src/elements/weather/scheduler.js';
import {
  WeatherSourceError,
  jsonWeatherSource,
  type WeatherSource,
} from '../../src/sources/weather/source.js';
import { clock } from '../../src/format/clock.js';
import type { WeatherReport } from '../../src/model/types.js';
import { REPORT_3_CITIES } from '../fixtures/open-meteo/report-3-cities.js';

/** What openMeteoSource makes of test/fixtures/open-meteo/forecast-3-cities.json (see the Node tests). */
const REPORT: WeatherReport = REPORT_3_CITIES;
const FETCHED = Date.parse(REPORT.fetchedAt);
const MIN = 60_000;
const HOUR = 60 * MIN;

/** Renders `<div><gov-weather …></div>` in `mode` and returns the element, updated. */
const showWeather = (mode: RenderMode, template: TemplateResult) =>
  show<GovWeather>(mode, 'gov-weather', template);

/** Lets loads finish and the element render them. */
async function settle(el: GovWeather): Promise<void> {
  for (let i = 0; i < 5; i++) {
    await new Promise((r) => setTimeout(r));
    if (await el.updateComplete) break;
  }
}

/** A source whose answers the test decides, one a load; counts its loads. */
function scripted(...answers: (WeatherReport | Error | 'pending')[]) {
  const source = {
    name: 'test',
    loads: 0,
    load(): Promise<WeatherReport> {
      const answer = answers[Math.min(source.loads++, answers.length - 1)]!;
      if (answer === 'pending') return new Promise(() => {});
      return answer instanceof Error ? Promise.reject(answer) : Promise.resolve(structuredClone(answer));
    },
  };
  return source;
}

// A named source for tag-only use, as `source="open-meteo"` would be: works in both render
// modes (the server never loads; the browser asks the registry after hydration).
let current: WeatherSource | undefined;
registerWeatherSource('test', () => current!);

const originalFetch = window.fetch;

for (const mode of renderModes(['src/elements/weather/define.ts'])) {
  describe(`gov-weather (${mode.name})`, () => {
    afterEach(() => {
      cleanupFixtures();
      clock.reset();
      window.fetch = originalFetch;
      current = undefined;
    });

    describe('a report', () => {
      it('shows the three cities in Vietnamese: name, °C, condition, humidity, wind, low–high, time, credit', async () => {
        clock.set(FETCHED + 5 * MIN);
        const el = await showWeather(
          mode,
          html`<div><gov-weather lang="vi" .report=${REPORT}></gov-weather></div>`,
        );
        await settle(el);
        const heading = $(el, '[part=heading]')!;
        expect(text(heading)).to.equal('Thời tiết các vùng');
        expect(heading.getAttribute('role')).to.equal('heading');
        expect(heading.getAttribute('aria-level')).to.equal('2');
        expect(texts(el, '[part=name]')).to.deep.equal(['Hà Nội', 'Đà Nẵng', 'TP Hồ Chí Minh']);
        expect(texts(el, '[part=temp]')).to.deep.equal(['21°C', '24°C', '29°C']);
        expect(texts(el, '[part=condition]')).to.deep.equal(['Nhiều mây', 'Mưa nhỏ', 'Dông']);
        expect(texts(el, '[part=details] div')).to.deep.equal([
          'Độ ẩm 88%',
          'Gió 10 km/h',
          'Thấp – cao 19°C – 25°C',
          'Lúc 19:45',
          'Độ ẩm 91%',
          'Gió 7 km/h',
          'Thấp – cao 22°C – 27°C',
          'Lúc 19:45',
          'Độ ẩm 74%',
          'Gió 13 km/h',
          'Thấp – cao 24°C – 34°C',
          'Lúc 19:45',
        ]);
        expect($(el, '[part=details] time')!.getAttribute('datetime')).to.equal('2023-03-15T19:45:00+07:00');
        // Icons are decoration; the text carries the meaning.
        expect($$(el, 'svg').map((s) => s.dataset.icon)).to.deep.equal(['cloud', 'rain', 'storm']);
        expect($$(el, 'svg').every((s) => s.getAttribute('aria-hidden') === 'true')).to.be.true;
        const link = $(el, '[part=source-link]') as HTMLAnchorElement;
        expect(link.href).to.equal('https://open-meteo.com/');
        expect(text($(el, '[part=attribution]'))).to.equal('Nguồn: Open-Meteo.com (CC BY 4.0)');
        expect(text($(el, '[part~=updated]'))).to.equal('Cập nhật 5 phút trước');
        expect($(el, '[part~=updated] time')!.getAttribute('datetime')).to.equal(REPORT.fetchedAt);
        expect($(el, '[part~=stale]')).to.equal(null);
        expect($(el, '[part=status]')).to.equal(null);
        await expectAccessible(el);
      });

      it('speaks English: heading, conditions, labels, age', async () => {
        clock.set(FETCHED + 5 * MIN);
        const el = await showWeather(
          mode,
          html`<div><gov-weather lang="en" .report=${REPORT}></gov-weather></div>`,
        );
        await settle(el);
        expect(text($(el, '[part=heading]'))).to.equal('Weather by region');
        expect(texts(el, '[part=condition]')).to.deep.equal(['Overcast', 'Slight rain', 'Thunderstorm']);
        expect(texts(el, '[part=details] dt').slice(0, 4)).to.deep.equal([
          'Humidity',
          'Wind',
          'Low – high',
          'As of',
        ]);
        expect(text($(el, '[part~=updated]'))).to.equal('Updated 5 minutes ago');
        expect(text($(el, '[part=attribution]'))).to.equal('Source: Open-Meteo.com (CC BY 4.0)');
        await expectAccessible(el);
      });

      it('imperial units: °F and mph, converted from the metric report (and back)', async () => {
        const el = await showWeather(
          mode,
          html`<div><gov-weather lang="en" units="imperial" .report=${REPORT}></gov-weather></div>`,
        );
        expect(texts(el, '[part=temp]')).to.deep.equal(['71°F', '75°F', '83°F']);
        expect(texts(el, '[part=details] dd').slice(0, 3)).to.deep.equal(['88%', '6 mph', '66°F – 76°F']);
        await expectAccessible(el);
        const imperial = {
          ...REPORT,
          units: 'imperial' as const,
          places: [{ id: 'x', name: 'X', temperature: 70, windSpeed: 10, min: 50, max: 86 }],
        };
        const metric = await showWeather(
          mode,
          html`<div><gov-weather lang="vi" .report=${imperial}></gov-weather></div>`,
        );
        expect(texts(metric, '[part=temp]')).to.deep.equal(['21°C']);
        expect(texts(metric, '[part=details] dd')).to.deep.equal(['16 km/h', '10°C – 30°C']);
      });

      it('layouts: grid and compact (compact leaves the details out), accessible', async () => {
        const grid = await showWeather(
          mode,
          html`<div><gov-weather lang="vi" layout="grid" .report=${REPORT}></gov-weather></div>`,
        );
        expect($(grid, '[part=base]')!.dataset.layout).to.equal('grid');
        expect($$(grid, '[part=details]')).to.have.length(3);
        await expectAccessible(grid);
        const compact = await showWeather(
          mode,
          html`<div><gov-weather lang="en" layout="compact" .report=${REPORT}></gov-weather></div>`,
        );
        expect($(compact, '[part=base]')!.dataset.layout).to.equal('compact');
        expect($$(compact, '[part=details]')).to.have.length(0);
        expect(texts(compact, '[part=place]')).to.deep.equal([
          'Hà Nội 21°C Overcast',
          'Đà Nẵng 24°C Slight rain',
          'TP Hồ Chí Minh 29°C Thunderstorm',
        ]);
        await expectAccessible(compact);
      });

      it('clear sky by day and by night, partly cloudy at night, an unknown code', async () => {
        const report = {
          ...REPORT,
          places: [
            { id: 'a', name: 'A', weatherCode: 0, isDay: true },
            { id: 'b', name: 'B', weatherCode: 0, isDay: false },
            { id: 'c', name: 'C', weatherCode: 2, isDay: false },
            { id: 'd', name: 'D', weatherCode: 97 },
            { id: 'e', name: 'E' },
          ],
        };
        const el = await showWeather(
          mode,
          html`<div><gov-weather lang="vi" .report=${report}></gov-weather></div>`,
        );
        expect($$(el, 'svg').map((s) => s.dataset.icon)).to.deep.equal([
          'sun',
          'moon',
          'partly-night',
          'storm',
        ]);
        expect(texts(el, '[part=condition]')).to.deep.equal([
          'Trời quang',
          'Trời quang',
          'Có mây',
          'Dông',
          'Không xác định',
        ]);
        expect(texts(el, '[part=temp]')).to.deep.equal(['–', '–', '–', '–', '–']);
        await expectAccessible(el);
      });

      it('heading text and level are configurable', async () => {
        const el = await showWeather(
          mode,
          html`<div>
            <gov-weather
              lang="vi"
              heading="Thời tiết hôm nay"
              heading-level="3"
              .report=${REPORT}
            ></gov-weather>
          </div>`,
        );
        expect(text($(el, '[part=heading]'))).to.equal('Thời tiết hôm nay');
        expect($(el, '[part=heading]')!.getAttribute('aria-level')).to.equal('3');
        expect($(el, 'section')!.getAttribute('aria-labelledby')).to.equal($(el, '[part=heading]')!.id);
      });

      it('bad values are left out and reported; an unsafe source link is dropped', async () => {
        const errors = collectEvents<GovErrorDetail>('gov-error');
        const report = {
          ...REPORT,
          source: { name: 'X', url: 'javascript:alert(1)' },
          places: [{ ...REPORT.places[0], humidity: 150, observedAt: '19:45' }, { id: 'y' }],
        };
        const el = await showWeather(
          mode,
          html`<div><gov-weather lang="vi" .report=${report}></gov-weather></div>`,
        );
        await settle(el);
        errors.stop();
        expect(texts(el, '[part=name]')).to.deep.equal(['Hà Nội']);
        expect(texts(el, '[part=details] dt')).to.deep.equal(['Gió', 'Thấp – cao']);
        expect($(el, 'a')).to.equal(null);
        expect(text($(el, '[part=attribution]'))).to.equal('Nguồn: X');
        expect(errors.events).to.have.length(1);
        expect(errors.events[0]!.detail.source).to.equal('gov-weather');
        expect(errors.events[0]!.detail.issues.map((i) => `${i.path}:${i.code}`)).to.deep.equal([
          'places[0].humidity:invalid',
          'places[0].observedAt:invalid',
          'places[1]:invalid',
          'source.url:unsafe-url',
        ]);
        await expectAccessible(el);
      });

      it('a report that is not one: the error message and gov-error', async () => {
        const errors = collectEvents<GovErrorDetail>('gov-error');
        const el = await showWeather(
          mode,
          html`<div><gov-weather lang="en" .report=${{ places: 'Hà Nội' }}></gov-weather></div>`,
        );
        await settle(el);
        errors.stop();
        expect(text($(el, '[part=status]'))).to.equal('Weather data unavailable.');
        expect($(el, 'button')).to.equal(null);
        expect(errors.events[0]!.detail.issues[0]!.path).to.equal('places');
        await expectAccessible(el);
      });

      it('nothing to show at all says so', async () => {
        const el = await showWeather(mode, html`<div><gov-weather lang="vi"></gov-weather></div>`);
        expect(text($(el, '[part=status]'))).to.equal('Chưa có dữ liệu.');
        await expectAccessible(el);
      });
    });

    describe('stale data', () => {
      for (const lang of ['vi', 'en']) {
        it(`says the data is old, with its age (${lang})`, async () => {
          clock.set(FETCHED + 4 * HOUR);
          const el = await showWeather(
            mode,
            html`<div><gov-weather lang=${lang} .report=${REPORT}></gov-weather></div>`,
          );
          await settle(el);
          const line = $(el, '[part~=updated]')!;
          expect(line.getAttribute('part')).to.equal('updated stale');
          expect(text($(el, '[part~=updated]'))).to.equal(
            lang === 'vi'
              ? 'Dữ liệu cũ · cập nhật 4 giờ trước'
              : 'Data may be out of date · updated 4 hours ago',
          );
          await expectAccessible(el);
        });
      }

      it('3 hours by default, stale-after seconds, or twice the refresh interval', async () => {
        clock.set(FETCHED + 2 * HOUR + 59 * MIN);
        const fresh = await showWeather(
          mode,
          html`<div><gov-weather lang="vi" .report=${REPORT}></gov-weather></div>`,
        );
        await settle(fresh);
        expect(text($(fresh, '[part~=updated]'))).to.equal('Cập nhật 2 giờ trước');
        clock.set(FETCHED + 20 * MIN);
        const short = await showWeather(
          mode,
          html`<div><gov-weather lang="vi" stale-after="600" .report=${REPORT}></gov-weather></div>`,
        );
        await settle(short);
        expect($(short, '[part~=stale]')).to.not.equal(null);
        const refreshing = await showWeather(
          mode,
          html`<div><gov-weather lang="vi" refresh="900" .report=${REPORT}></gov-weather></div>`,
        );
        await settle(refreshing);
        expect($(refreshing, '[part~=stale]')).to.equal(null);
        clock.set(FETCHED + 31 * MIN);
        await settle(refreshing);
        expect(text($(refreshing, '[part~=updated]'))).to.equal('Dữ liệu cũ · cập nhật 31 phút trước');
      });
    });

    describe('old readings and other days', () => {
      /** REPORT with every reading taken three days before it was made. */
      const OLD_READINGS: WeatherReport = {
        ...REPORT,
        places: REPORT.places.map((place) => ({ ...place, observedAt: '2023-03-12T18:00:00+07:00' })),
      };

      for (const lang of ['vi', 'en']) {
        it(`a report made now with readings three days old: each says so, with its date (${lang})`, async () => {
          clock.set(FETCHED + 5 * MIN);
          const el = await showWeather(
            mode,
            html`<div><gov-weather lang=${lang} .report=${OLD_READINGS}></gov-weather></div>`,
          );
          await settle(el);
          const [label, note, updated] =
            lang === 'vi'
              ? ['Lúc', 'Số liệu cũ', 'Cập nhật 5 phút trước']
              : ['As of', 'Old reading', 'Updated 5 minutes ago'];
          expect(texts(el, '[part=details] div:last-child')).to.deep.equal(
            Array(3).fill(`${label} 18:00 12/03/2023`),
          );
          expect(texts(el, '[part=old]')).to.deep.equal([note, note, note]);
          expect(text($(el, '[part=condition]'))).to.equal(
            `${lang === 'vi' ? 'Nhiều mây' : 'Overcast'} · ${note}`,
          );
          // The report itself is fresh.
          expect(text($(el, '[part~=updated]'))).to.equal(updated);
          expect($(el, '[part~=stale]')).to.equal(null);
          await expectAccessible(el);
        });
      }

      it('compact: the note stays beside the condition', async () => {
        clock.set(FETCHED + 5 * MIN);
        const el = await showWeather(
          mode,
          html`<div><gov-weather lang="vi" layout="compact" .report=${OLD_READINGS}></gov-weather></div>`,
        );
        await settle(el);
        expect(texts(el, '[part=place]')[0]).to.equal('Hà Nội 21°C Nhiều mây · Số liệu cũ');
        await expectAccessible(el);
      });

      it('after midnight, the readings and the update time of the day before show their date', async () => {
        clock.set(FETCHED + 4 * HOUR); // 23:50 in Hà Nội, the same day
        const el = await showWeather(
          mode,
          html`<div><gov-weather lang="vi" stale-after="86400" .report=${REPORT}></gov-weather></div>`,
        );
        await settle(el);
        expect(texts(el, '[part=details] div:last-child')).to.deep.equal(Array(3).fill('Lúc 19:45'));
        expect(text($(el, '[part~=updated]'))).to.equal('Cập nhật 4 giờ trước');
        clock.set(FETCHED + 4 * HOUR + 15 * MIN); // 00:05 on the 16th
        await settle(el);
        expect(texts(el, '[part=details] div:last-child')).to.deep.equal(
          Array(3).fill('Lúc 19:45 15/03/2023'),
        );
        expect(text($(el, '[part~=updated]'))).to.equal('Cập nhật 19:50 15/03/2023');
        expect($(el, '[part~=stale]')).to.equal(null);
        expect($(el, '[part=old]')).to.equal(null);
      });
    });

    describe('loading from a source', () => {
      it('reserves the rows while loading, then shows the data', async () => {
        let resolve!: (r: WeatherReport) => void;
        current = { name: 'test', load: () => new Promise((r) => (resolve = r)) };
        const el = await showWeather(
          mode,
          html`<div>
            <gov-weather lang="vi" source="test" places="ha-noi,da-nang,tp-ho-chi-minh"></gov-weather>
          </div>`,
        );
        await settle(el);
        expect($$(el, '[part~=placeholder]')).to.have.length(3);
        expect($(el, '[part~=list]')!.getAttribute('aria-busy')).to.equal('true');
        expect(text($(el, '[part=status]'))).to.equal('Đang tải…');
        await expectAccessible(el);
        resolve(REPORT);
        await settle(el);
        expect(texts(el, '[part=name]')).to.deep.equal(['Hà Nội', 'Đà Nẵng', 'TP Hồ Chí Minh']);
        expect($(el, '[part=status]')).to.equal(null);
      });

      // The longest texts: a 14-letter name, "Thunderstorm with slight hail", 100 %, −19 °C.
      const LONG = {
        ...REPORT,
        places: [REPORT.places[0]!, { ...REPORT.places[2]!, weatherCode: 96, humidity: 100, min: -18.9 }],
      };
      for (const layout of ['list', 'grid', 'compact']) {
        for (const lang of ['vi', 'en']) {
          it(`the placeholder rows have the size of the data rows: ${layout}, ${lang}, 22rem and 40rem wide`, async () => {
            current = { name: 'test', load: () => new Promise(() => {}) };
            // Data of today, as a load brings: a reading of another day adds its date, which may
            // take one more line at 22rem (data that old is called out; its row may be taller).
            clock.set(FETCHED + 5 * MIN);
            for (const width of [22, 40]) {
              const box = await mode.render<HTMLElement>(
                html`<div style="inline-size:${width}rem">
                  <gov-weather lang=${lang} layout=${layout} source="test" places="a,b"></gov-weather
                  ><gov-weather lang=${lang} layout=${layout} .report=${LONG}></gov-weather>
                </div>`,
              );
              const [loading, loaded] = [...box.querySelectorAll<GovWeather>('gov-weather')] as [
                GovWeather,
                GovWeather,
              ];
              await settle(loading);
              await settle(loaded);
              const heights = (el: GovWeather) => $$(el, 'li').map((li) => li.getBoundingClientRect().height);
              expect(heights(loading)).to.have.length(2);
              expect(heights(loading), `${width}rem`).to.deep.equal(heights(loaded));
              expect($(loading, 'ul')!.getBoundingClientRect().height).to.equal(
                $(loaded, 'ul')!.getBoundingClientRect().height,
              );
              cleanupFixtures();
            }
          });
        }
      }

      it('a source object given as a property (set after rendering), with gov-weather-load', async () => {
        const source = scripted(REPORT);
        const loads: WeatherReport[] = [];
        document.addEventListener(
          'gov-weather-load',
          (e) => loads.push((e as CustomEvent<WeatherLoadDetail>).detail.report),
          { once: true },
        );
        const el = await showWeather(mode, html`<div><gov-weather lang="en"></gov-weather></div>`);
        expect(text($(el, '[part=status]'))).to.equal('No data yet.');
        el.source = source;
        await waitUntil(() => source.loads === 1);
        await settle(el);
        expect(loads[0]!.places).to.have.length(3);
        expect(texts(el, '[part=temp]')).to.deep.equal(['21°C', '24°C', '29°C']);
      });

      for (const lang of ['vi', 'en']) {
        it(`an error shows a message and a retry button that loads again (${lang})`, async () => {
          const source = scripted(new WeatherSourceError('http', 'HTTP 500', { status: 500 }), REPORT);
          current = source;
          const errors = collectEvents<GovErrorDetail>('gov-error');
          const el = await showWeather(
            mode,
            html`<div><gov-weather lang=${lang} source="test"></gov-weather></div>`,
          );
          await settle(el);
          expect(text($(el, '[part=status]'))).to.equal(
            lang === 'vi' ? 'Không tải được dữ liệu. Thử lại' : 'Weather data unavailable. Try again',
          );
          expect(errors.events.map((e) => e.detail.issues[0]!.code)).to.deep.equal(['http']);
          await expectAccessible(el);
          $(el, 'button')!.click();
          await settle(el);
          errors.stop();
          expect(source.loads).to.equal(2);
          expect(texts(el, '[part=name]')).to.have.length(3);
          expect($(el, '[part=status]')).to.equal(null);
        });
      }

      it('an unregistered source name: a clear message and gov-error', async () => {
        const errors = collectEvents<GovErrorDetail>('gov-error');
        const el = await showWeather(
          mode,
          html`<div><gov-weather lang="vi" source="open-meteo-typo"></gov-weather></div>`,
        );
        await settle(el);
        errors.stop();
        expect(text($(el, '[part=status]'))).to.equal('Không có nguồn dữ liệu “open-meteo-typo”. Thử lại');
        expect(errors.events[0]!.detail.issues[0]!.code).to.equal('unknown-source');
        await expectAccessible(el);
      });

      it('a partial answer: shows what is usable and reports the rest', async () => {
        const partial = { ...REPORT, places: REPORT.places.slice(0, 2) };
        current = scripted(
          new WeatherSourceError('partial', 'incomplete', {
            report: partial,
            issues: [{ path: 'places[2]', message: 'no current conditions', code: 'partial' }],
          }),
        );
        const errors = collectEvents<GovErrorDetail>('gov-error');
        const el = await showWeather(
          mode,
          html`<div><gov-weather lang="vi" source="test"></gov-weather></div>`,
        );
        await settle(el);
        errors.stop();
        expect(texts(el, '[part=name]')).to.deep.equal(['Hà Nội', 'Đà Nẵng']);
        expect(errors.events[0]!.detail.issues).to.deep.equal([
          { path: 'places[2]', message: 'no current conditions', code: 'partial' },
        ]);
      });

      it('src: a JSON report from a URL; HTTP errors and non-JSON answers are errors', async () => {
        const calls: string[] = [];
        const answers: Record<string, () => Response> = {
          '/api/weather.json': () =>
            new Response(JSON.stringify(REPORT), { headers: { 'content-type': 'application/json' } }),
          '/api/down.json': () => new Response('Bad gateway', { status: 502 }),
          '/api/html.json': () => new Response('<html>', { status: 200 }),
        };
        window.fetch = (async (url: string) => (calls.push(url), answers[url]!())) as typeof fetch;
        const errors = collectEvents<GovErrorDetail>('gov-error');
        const el = await showWeather(
          mode,
          html`<div><gov-weather lang="vi" src="/api/weather.json"></gov-weather></div>`,
        );
        await settle(el);
        expect(texts(el, '[part=name]')).to.deep.equal(['Hà Nội', 'Đà Nẵng', 'TP Hồ Chí Minh']);
        const down = await showWeather(
          mode,
          html`<div><gov-weather lang="vi" src="/api/down.json"></gov-weather></div>`,
        );
        const broken = await showWeather(
          mode,
          html`<div><gov-weather lang="vi" src="/api/html.json"></gov-weather></div>`,
        );
        await settle(down);
        await settle(broken);
        errors.stop();
        expect(calls).to.deep.equal(['/api/weather.json', '/api/down.json', '/api/html.json']);
        expect(text($(down, '[part=status]'))).to.equal('Không tải được dữ liệu. Thử lại');
        expect(errors.events.map((e) => e.detail.issues[0]!.code)).to.deep.equal(['http', 'SyntaxError']);
      });
    });

    // Tracker issue "Hostile content and faults": whatever `report` holds, the element renders the
    // good places or its fallback and fires gov-error; an answer of the wrong shape never replaces
    // the last good data and is never announced by gov-weather-load.
    describe('hostile content and faults', () => {
      /** Values set on the live element: the server renderer cannot carry BigInts, functions or Proxies. */
      function hostileReports(): [string, unknown, string[] | 'fallback'][] {
        const nested = (levels: number) => {
          let value: unknown = [];
          for (let level = 0; level < levels; level++) value = [value];
          return value;
        };
        const loop: Record<string, unknown> = { id: 'loop', name: 'Loop' };
        loop.temperature = loop;
        const fail = (key: PropertyKey): never => {
          throw new Error(`read of ${String(key)}`);
        };
        const revocable = Proxy.revocable({}, {});
        revocable.revoke();
        const place = REPORT.places[0]!;
        const withPlaces = (...places: unknown[]) => ({ ...REPORT, places });
        return [
          ['a BigInt temperature', withPlaces({ ...place, temperature: 5n }), ['Hà Nội']],
          ['a BigInt', 5n, 'fallback'],
          ['an array nested 10 000 levels', nested(10_000), 'fallback'],
          ['a place nested 10 000 levels', withPlaces(nested(10_000), place), ['Hà Nội']],
          [
            'a temperature nested 10 000 levels',
            withPlaces({ ...place, temperature: nested(10_000) }),
            ['Hà Nội'],
          ],
          ['a place that contains itself', withPlaces(loop, place), ['Loop', 'Hà Nội']],
          ['a Symbol', Symbol('report'), 'fallback'],
          ['a Symbol as a name', withPlaces({ ...place, name: Symbol('name') }, place), ['Hà Nội']],
          ['a function', () => REPORT, 'fallback'],
          [
            'a getter that throws on places',
            Object.defineProperty({}, 'places', { get: () => fail('places') }),
            'fallback',
          ],
          [
            'a getter that throws on a name',
            withPlaces(Object.defineProperty({ id: 'x' }, 'name', { get: () => fail('name') }), place),
            ['Hà Nội'],
          ],
          [
            'a Proxy that throws on every read',
            new Proxy({}, { get: (_target, key) => fail(key) }),
            'fallback',
          ],
          [
            'a Proxy that throws as a place',
            withPlaces(new Proxy({}, { get: (_target, key) => fail(key) }), place),
            ['Hà Nội'],
          ],
          ['a revoked Proxy', revocable.proxy, 'fallback'],
          ['a null-prototype object', Object.create(null), 'fallback'],
          [
            'a null-prototype source',
            { ...REPORT, source: Object.create(null) },
            ['Hà Nội', 'Đà Nẵng', 'TP Hồ Chí Minh'],
          ],
          ['0', 0, 'fallback'],
          ['an empty string', '', 'fallback'],
        ];
      }

      it('any value as `report`: the good places or the fallback, and gov-error; never an exception', async () => {
        const el = await showWeather(mode, html`<div><gov-weather lang="en"></gov-weather></div>`);
        for (const [name, value, shown] of hostileReports()) {
          const errors = collectEvents<GovErrorDetail>('gov-error');
          el.report = value as WeatherReport;
          await settle(el);
          errors.stop();
          if (shown == 'fallback') {
            expect(text($(el, '[part=status]')), name).to.equal('Weather data unavailable.');
            expect(texts(el, '[part=name]'), name).to.deep.equal([]);
          } else {
            expect(texts(el, '[part=name]'), name).to.deep.equal(shown);
          }
          expect(errors.events, name).to.have.length(1);
          const issues = errors.events[0]!.detail.issues;
          expect(issues.length, name).to.be.greaterThan(0);
          for (const issue of issues)
            expect(issue.message.length, `${name}: ${issue.message.slice(0, 100)}`).to.be.at.most(100);
          if (name == 'a Proxy that throws on every read') await expectAccessible(el);
        }
        // And back to a good report.
        el.report = REPORT;
        await settle(el);
        expect(texts(el, '[part=name]')).to.have.length(3);
      });

      it('src: a reload answering JSON of the wrong shape keeps the last good data; gov-error only', async () => {
        clock.set(FETCHED + 5 * MIN);
        const answers = [JSON.stringify(REPORT), '{"unexpected":true}', JSON.stringify(REPORT)];
        let calls = 0;
        window.fetch = (async () =>
          new Response(answers[Math.min(calls++, answers.length - 1)], {
            headers: { 'content-type': 'application/json' },
          })) as typeof fetch;
        const loads = collectEvents<WeatherLoadDetail>('gov-weather-load');
        const errors = collectEvents<GovErrorDetail>('gov-error');
        const el = await showWeather(
          mode,
          html`<div><gov-weather lang="en" src="/api/weather.json"></gov-weather></div>`,
        );
        await waitUntil(() => loads.events.length === 1);
        await settle(el);
        expect(texts(el, '[part=name]')).to.have.length(3);
        await el.reload();
        await settle(el);
        expect(calls).to.equal(2);
        expect(texts(el, '[part=name]'), 'the last good data stays').to.deep.equal([
          'Hà Nội',
          'Đà Nẵng',
          'TP Hồ Chí Minh',
        ]);
        expect(text($(el, '[part=status]'))).to.equal('Could not get newer data. Try again');
        expect(loads.events, 'no gov-weather-load for the garbage').to.have.length(1);
        expect(errors.events).to.have.length(1);
        expect(errors.events[0]!.detail.issues.map((issue) => `${issue.path}:${issue.code}`)).to.deep.equal([
          'source:malformed',
        ]);
        await expectAccessible(el);
        $(el, 'button')!.click();
        await waitUntil(() => loads.events.length === 2);
        await settle(el);
        loads.stop();
        errors.stop();
        expect($(el, '[part=status]')).to.equal(null);
      });

      it('src: an answer with one bad place shows the rest and reports it, without gov-weather-load', async () => {
        const broken = { ...REPORT, places: [REPORT.places[0], { ...REPORT.places[1], humidity: 'wet' }] };
        window.fetch = (async () => new Response(JSON.stringify(broken))) as typeof fetch;
        const loads = collectEvents<WeatherLoadDetail>('gov-weather-load');
        const errors = collectEvents<GovErrorDetail>('gov-error');
        const el = await showWeather(
          mode,
          html`<div><gov-weather lang="en" src="/api/weather.json"></gov-weather></div>`,
        );
        await waitUntil(() => errors.events.length === 1);
        await settle(el);
        loads.stop();
        errors.stop();
        expect(texts(el, '[part=name]')).to.deep.equal(['Hà Nội', 'Đà Nẵng']);
        expect(errors.events[0]!.detail.issues.map((issue) => issue.path)).to.deep.equal([
          'places[1].humidity',
        ]);
        expect(loads.events).to.have.length(0);
      });

      it('source: a source resolving garbage, or rejecting with anything, keeps the last good data', async () => {
        const source = scripted(REPORT, { unexpected: true } as unknown as WeatherReport);
        current = source;
        const loads = collectEvents<WeatherLoadDetail>('gov-weather-load');
        const errors = collectEvents<GovErrorDetail>('gov-error');
        const el = await showWeather(
          mode,
          html`<div><gov-weather lang="en" source="test"></gov-weather></div>`,
        );
        await waitUntil(() => loads.events.length === 1);
        await el.reload();
        await settle(el);
        expect(texts(el, '[part=name]')).to.have.length(3);
        expect(text($(el, '[part=status]'))).to.equal('Could not get newer data. Try again');
        expect(loads.events).to.have.length(1);
        expect(errors.events.at(-1)!.detail.issues[0]!.code).to.equal('malformed');
        // Rejections that are not errors at all.
        for (const rejected of [undefined, null, Object.create(null), Symbol('no')]) {
          el.source = { name: 'test', load: () => Promise.reject(rejected) };
          await settle(el);
          await el.reload();
          await settle(el);
          expect(texts(el, '[part=name]'), String(typeof rejected)).to.have.length(3);
          expect(errors.events.at(-1)!.detail.issues[0]!.path).to.equal('source');
        }
        loads.stop();
        errors.stop();
      });

      it('jsonWeatherSource as the source: JSON of the wrong shape keeps the last good data', async () => {
        const answers = [JSON.stringify(REPORT), '{"unexpected":true}'];
        let calls = 0;
        current = jsonWeatherSource('/api/weather.json', {
          fetch: (async () => new Response(answers[Math.min(calls++, 1)])) as typeof fetch,
        });
        const loads = collectEvents<WeatherLoadDetail>('gov-weather-load');
        const errors = collectEvents<GovErrorDetail>('gov-error');
        const el = await showWeather(
          mode,
          html`<div><gov-weather lang="en" source="test"></gov-weather></div>`,
        );
        await waitUntil(() => loads.events.length === 1);
        await el.reload();
        await settle(el);
        loads.stop();
        errors.stop();
        expect(texts(el, '[part=name]')).to.have.length(3);
        expect($(el, '[part=retry]')).to.not.equal(null);
        expect(loads.events).to.have.length(1);
        expect(errors.events.at(-1)!.detail.issues[0]!.code).to.equal('malformed');
      });
    });

    describe('refresh timer', () => {
      it('reloads every `refresh` seconds, pauses while the page is hidden, catches up when shown', async () => {
        clock.set(FETCHED);
        const scheduler = manualScheduler();
        const source = scripted({ ...REPORT });
        current = source;
        const el = await showWeather(
          mode,
          html`<div><gov-weather lang="vi" source="test"></gov-weather></div>`,
        );
        await waitUntil(() => source.loads === 1);
        // Functions cannot go through the server renderer: the scheduler is set on the live element.
        el.scheduler = scheduler;
        el.refresh = 60;
        await waitUntil(() => source.loads === 2 && scheduler.pending.length === 1);
        expect(scheduler.pending).to.deep.equal([60_000]);
        scheduler.advance(60_000);
        await waitUntil(() => source.loads === 3 && scheduler.pending.length === 1);
        scheduler.setHidden(true);
        scheduler.advance(10 * 60_000);
        await settle(el);
        expect(source.loads, 'no loads while hidden').to.equal(3);
        expect(scheduler.pending, 'the timer fired and waits for the page').to.deep.equal([]);
        scheduler.setHidden(false);
        await waitUntil(() => source.loads === 4);
        await settle(el);
        expect(texts(el, '[part=name]')).to.have.length(3);
      });

      it('backs off after failures (delay doubles, capped), keeps the last good data with a note', async () => {
        clock.set(FETCHED);
        const scheduler = manualScheduler();
        const failure = new WeatherSourceError('network', 'offline');
        const source = scripted(REPORT, REPORT, failure, failure, failure, failure, failure, REPORT);
        current = source;
        const el = await showWeather(
          mode,
          html`<div><gov-weather lang="vi" source="test"></gov-weather></div>`,
        );
        await waitUntil(() => source.loads === 1);
        el.scheduler = scheduler;
        el.refresh = 60;
        const delays: number[] = [];
        for (let load = 2; load <= 8; load++) {
          await waitUntil(() => source.loads === load && scheduler.pending.length === 1, `load ${load}`);
          delays.push(scheduler.pending[0]!);
          if (load === 3) {
            await settle(el);
            expect(texts(el, '[part=name]'), 'last good data stays').to.have.length(3);
            expect(text($(el, '[part=status]'))).to.equal('Không cập nhật được dữ liệu mới. Thử lại');
            await expectAccessible(el);
          }
          scheduler.advance(delays.at(-1)!);
        }
        expect(delays).to.deep.equal([60_000, 120_000, 240_000, 480_000, 480_000, 480_000, 60_000]);
        await settle(el);
        expect($(el, '[part=status]')).to.equal(null);
      });
    });
  });
}
