// Tag-only use: <gov-weather source="open-meteo" places="…"> with the entry that registers the
// adapter. The network is a stub that answers with the recorded Open-Meteo responses.
import { renderModes, cleanupFixtures, collectEvents } from './helpers/render-modes.js';
import { html } from 'lit';
import { expect, waitUntil } from '@open-wc/testing';
import { expectAccessible } from './helpers/axe.js';
import { $$, show, texts } from './helpers/dom.js';
import '../../src/elements/weather/with-open-meteo.js';
import type { GovWeather } from '../../src/elements/weather/gov-weather.js';
import type { GovErrorDetail } from '../../src/elements/shared/events.js';
import { clearOpenMeteoCache } from '../../src/sources/weather/open-meteo.js';
import { clock } from '../../src/format/clock.js';

const originalFetch = window.fetch;
const recorded = async (name: string) =>
  (await originalFetch(new URL(`../fixtures/open-meteo/${name}`, import.meta.url))).text();
const fixtures = {
  three: await recorded('forecast-3-cities.json'),
  partial: await recorded('forecast-partial.json'),
  error: await recorded('error-400.json'),
};

/** Answers every request with `body`; records the URLs asked. */
function network(status: number, body: string): string[] {
  const calls: string[] = [];
  window.fetch = (async (url: RequestInfo | URL) => {
    calls.push(String(url));
    return new Response(body, { status, headers: { 'content-type': 'application/json' } });
  }) as typeof fetch;
  return calls;
}

const modes = renderModes(['src/elements/weather/with-open-meteo.ts']);
for (const mode of modes) {
  describe(`gov-weather source="open-meteo" (${mode.name})`, () => {
    beforeEach(() => clock.set('2023-03-15T12:50:00Z'));
    afterEach(() => {
      cleanupFixtures();
      clearOpenMeteoCache();
      window.fetch = originalFetch;
      clock.reset();
    });

    for (const lang of ['vi', 'en'] as const) {
      it(`shows the seed's three cities from one request, credited with a link (${lang})`, async () => {
        const calls = network(200, fixtures.three);
        // Two widgets on one page: one request (the adapter's cache).
        const wrapper = await mode.render<HTMLElement>(
          html`<div>
            <gov-weather lang=${lang} source="open-meteo" places="ha-noi,da-nang,tp-ho-chi-minh"></gov-weather
            ><gov-weather
              lang=${lang}
              layout="compact"
              source="open-meteo"
              places="ha-noi,da-nang,tp-ho-chi-minh"
            ></gov-weather>
          </div>`,
        );
        const els = [...wrapper.querySelectorAll<GovWeather>('gov-weather')];
        for (const el of els) await waitUntil(() => $$(el, '[part=name]').length === 3);
        const el = els[0]!;
        expect(calls).to.have.length(1);
        expect(calls[0]).to.match(
          /^https:\/\/api\.open-meteo\.com\/v1\/forecast\?latitude=21\.0285,16\.0544,10\.8231&longitude=105\.8542,108\.2022,106\.6297&current=/,
        );
        expect(texts(el, '[part=name]')).to.deep.equal(
          lang === 'vi' ? ['Hà Nội', 'Đà Nẵng', 'TP Hồ Chí Minh'] : ['Hanoi', 'Da Nang', 'Ho Chi Minh City'],
        );
        expect(texts(el, '[part=temp]')).to.deep.equal(['21°C', '24°C', '29°C']);
        const link = $$(el, '[part=source-link]')[0] as HTMLAnchorElement;
        expect(link.href).to.equal('https://open-meteo.com/');
        expect(link.textContent).to.equal('Open-Meteo.com (CC BY 4.0)');
        for (const e of els) await expectAccessible(e);
      });
    }

    it('the service error body: error state, gov-error with kind service', async () => {
      network(400, fixtures.error);
      const errors = collectEvents<GovErrorDetail>('gov-error');
      const el = await show<GovWeather>(
        mode,
        'gov-weather',
        html`<div><gov-weather lang="vi" source="open-meteo" places="ha-noi"></gov-weather></div>`,
      );
      await waitUntil(() => errors.events.length > 0);
      errors.stop();
      await el.updateComplete;
      expect(errors.events[0]!.detail.issues[0]!.code).to.equal('service');
      expect(errors.events[0]!.detail.issues[0]!.message).to.contain('Latitude must be in range');
      expect(texts(el, '[part=status]')).to.deep.equal(['Không tải được dữ liệu. Thử lại']);
      await expectAccessible(el);
    });

    it('a partial answer: the usable places, and the missing ones reported', async () => {
      network(200, fixtures.partial);
      const errors = collectEvents<GovErrorDetail>('gov-error');
      const el = await show<GovWeather>(
        mode,
        'gov-weather',
        html`<div>
          <gov-weather lang="en" source="open-meteo" places="ha-noi,da-nang,tp-ho-chi-minh"></gov-weather>
        </div>`,
      );
      await waitUntil(() => errors.events.length > 0);
      errors.stop();
      await el.updateComplete;
      expect(texts(el, '[part=name]')).to.deep.equal(['Hanoi', 'Da Nang']);
      expect(errors.events[0]!.detail.issues.map((i) => i.path).sort()).to.deep.equal([
        'places[1].humidity',
        'places[1].max',
        'places[1].min',
        'places[2]',
      ]);
      await expectAccessible(el);
    });

    it('a reload answering JSON of the wrong shape keeps the last good data, with retry, and fires gov-error only', async () => {
      network(200, fixtures.three);
      const loads = collectEvents('gov-weather-load');
      const errors = collectEvents<GovErrorDetail>('gov-error');
      const el = await show<GovWeather>(
        mode,
        'gov-weather',
        html`<div>
          <gov-weather lang="en" source="open-meteo" places="ha-noi,da-nang,tp-ho-chi-minh"></gov-weather>
        </div>`,
      );
      await waitUntil(() => loads.events.length === 1);
      network(200, '{"unexpected":true}');
      clearOpenMeteoCache();
      await el.reload();
      await el.updateComplete;
      loads.stop();
      errors.stop();
      expect(texts(el, '[part=name]')).to.deep.equal(['Hanoi', 'Da Nang', 'Ho Chi Minh City']);
      expect(texts(el, '[part=status]')).to.deep.equal(['Could not get newer data. Try again']);
      expect(loads.events).to.have.length(1);
      expect(errors.events.map((event) => event.detail.issues[0]!.code)).to.deep.equal(['malformed']);
      await expectAccessible(el);
    });

    it('an offset beyond ±14:00 (utc_offset_seconds 90 000): the places without their time, reported', async () => {
      network(200, fixtures.three.replaceAll('"utc_offset_seconds":25200', '"utc_offset_seconds":90000'));
      const errors = collectEvents<GovErrorDetail>('gov-error');
      const el = await show<GovWeather>(
        mode,
        'gov-weather',
        html`<div>
          <gov-weather lang="en" source="open-meteo" places="ha-noi,da-nang,tp-ho-chi-minh"></gov-weather>
        </div>`,
      );
      await waitUntil(() => errors.events.length > 0);
      errors.stop();
      await el.updateComplete;
      expect(texts(el, '[part=name]')).to.have.length(3);
      expect(texts(el, '[part=details] dt')).to.not.include('As of');
      expect(errors.events[0]!.detail.issues.map((issue) => `${issue.path}:${issue.code}`)).to.deep.equal([
        'places[0].observedAt:partial',
        'places[1].observedAt:partial',
        'places[2].observedAt:partial',
      ]);
    });

    it('an unknown place id: error state, nothing asked of the network', async () => {
      const calls = network(200, fixtures.three);
      const errors = collectEvents<GovErrorDetail>('gov-error');
      const el = await show<GovWeather>(
        mode,
        'gov-weather',
        html`<div><gov-weather lang="vi" source="open-meteo" places="ha-noi,atlantis"></gov-weather></div>`,
      );
      await waitUntil(() => errors.events.length > 0);
      errors.stop();
      expect(calls).to.deep.equal([]);
      expect(errors.events[0]!.detail.issues[0]!.message).to.contain('atlantis');
      await expectAccessible(el);
    });
  });
}
