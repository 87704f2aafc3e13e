/**
 * Weather icons: a handful of stroke paths (24×24, drawn for this library), combined per icon
 * and drawn as one <path>. Decoration only (aria-hidden): the condition text carries the meaning.
 */
import { html, nothing } from 'lit';
import type { WeatherIcon } from './conditions.js';

// A cloud (raised: precipitation goes under it), a small cloud (with the sun or moon behind).
const CLOUD = 'M7 19a4 4 0 0 1 0-8 6 6 0 0 1 11 1 3.5 3.5 0 0 1 0 7z';
const HIGH = 'M7 15a4 4 0 0 1 0-8 6 6 0 0 1 11 1 3.5 3.5 0 0 1 0 7z';
const SMALL = 'M10 21a3 3 0 0 1 0-6 5 5 0 0 1 9 1 2.5 2.5 0 0 1 0 5z';

const PATHS: Record<string, string> = {
  sun: 'M8 12a4 4 0 1 0 8 0 4 4 0 1 0-8 0M12 2v3m0 14v3M2 12h3m14 0h3M5 5l2 2m10 10 2 2M5 19l2-2M17 7l2-2',
  moon: 'M20 15A8.5 8.5 0 1 1 9 4a7 7 0 0 0 11 11z',
  'partly-day': 'M4 10a4 4 0 1 1 8-2M8 1v1M1 8h1M3 3l1 1M13 3l-1 1' + SMALL,
  'partly-night': 'M12 9a5 5 0 1 1-6-6 4 4 0 0 0 6 6' + SMALL,
  cloud: CLOUD,
  fog: 'M4 8h16M2 12h20M4 16h16M7 20h10',
  rain: HIGH + 'M8 18l-1 3m5-3-1 3m5-3-1 3',
  snow: HIGH + 'M8 18v.1m4 2v.1m4-2v.1M8 22v.1m8 0v.1',
  storm: HIGH + 'M13 15l-3 4h4l-3 4',
};

/** The icon as inline SVG, or nothing for an unknown code. */
export const weatherIconSvg = (name: WeatherIcon) =>
  PATHS[name]
    ? html`<svg part="icon" data-icon=${name} viewBox="0 0 24 24" aria-hidden="true">
        <path d=${PATHS[name]}></path>
      </svg>`
    : nothing;
