// The demo's sample weather (demo/content/weather-sample.json, re-stamped to the current quarter
// hour by demo/content.ts): day or night matches the reading time, so <gov-weather> draws the sun
// at 10:45 and the moon at 21:00 in Vietnam.
import { test, afterEach, mock } from 'node:test';
import assert from 'node:assert/strict';
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import '../../src/elements/weather/define.js';
import { loadContent } from '../../demo/content.js';

/** The demo's report as loaded at `now`, and the icons the server draws for it. */
function demoAt(now: string) {
  mock.timers.enable({ apis: ['Date'], now: Date.parse(now) });
  const { weather } = loadContent();
  mock.timers.reset();
  const out = collectResultSync(render(html`<gov-weather lang="vi" .report=${weather}></gov-weather>`));
  return { weather, icons: [...out.matchAll(/data-icon="([a-z-]+)"/g)].map((match) => match[1]) };
}

afterEach(() => mock.timers.reset());

test('by day (10:45 in Vietnam): isDay, and the sun for the clear sky of TP Hồ Chí Minh', () => {
  const { weather, icons } = demoAt('2026-12-02T03:45:00Z');
  assert.deepEqual(
    weather.places.map((place) => [place.observedAt, place.isDay]),
    Array(3).fill(['2026-12-02T10:45:00+07:00', true]),
  );
  assert.deepEqual(icons, ['cloud', 'rain', 'sun']);
});

test('by night (21:00 in Vietnam): not isDay, and the moon', () => {
  const { weather, icons } = demoAt('2026-12-02T14:00:00Z');
  assert.deepEqual(
    weather.places.map((place) => place.isDay),
    [false, false, false],
  );
  assert.deepEqual(icons, ['cloud', 'rain', 'moon']);
});

test('day from 06:00 to 18:00 in Vietnam', () => {
  for (const [utc, isDay] of [
    ['2026-12-01T22:59:00Z', false], // 05:45 (the quarter hour)
    ['2026-12-01T23:00:00Z', true], // 06:00
    ['2026-12-02T10:59:00Z', true], // 17:45
    ['2026-12-02T11:00:00Z', false], // 18:00
  ] as const) {
    assert.equal(demoAt(utc).weather.places[0]!.isDay, isDay, utc);
  }
});
