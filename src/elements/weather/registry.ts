/**
 * Named weather sources for tag-only use (`<gov-weather source="open-meteo">`). The element
 * never imports an adapter itself (each costs bytes); an entry registers the ones a page wants,
 * e.g. `gov-portal-elements/weather/open-meteo` registers `open-meteo`.
 */
import type { Locale } from '../../format/locale.js';
import type { WeatherSource } from '../../sources/weather/source.js';

export interface WeatherSourceInit {
  /** Place ids from the `places` attribute, in order. */
  places: string[];
  /** Language of the element, for place names. */
  lang: Locale;
}

export type WeatherSourceFactory = (init: WeatherSourceInit) => WeatherSource;

// Kept on globalThis under a registered symbol, so an adapter loaded as its own script (the CDN's
// open-meteo add-on) registers into the same table as the element bundled elsewhere.
const KEY = Symbol.for('gov-portal-elements.weather-sources');
const factories: Map<string, WeatherSourceFactory> = ((globalThis as Record<symbol, unknown>)[KEY] ??=
  new Map()) as Map<string, WeatherSourceFactory>;

export function registerWeatherSource(name: string, factory: WeatherSourceFactory): void {
  factories.set(name, factory);
}

export function weatherSourceFactory(name: string): WeatherSourceFactory | undefined {
  return factories.get(name);
}
