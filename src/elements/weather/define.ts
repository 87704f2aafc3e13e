import { defineElement } from '../shared/define.js';
import { GovWeather, type WeatherLoadDetail } from './gov-weather.js';

defineElement('gov-weather', GovWeather);

// The detail of the `gov-error` event (the generated JSX and Vue types import it from here).
export type { GovErrorDetail } from '../shared/events.js';
export { GovWeather };
export type { WeatherLoadDetail, WeatherLayout } from './gov-weather.js';
export { registerWeatherSource, type WeatherSourceFactory, type WeatherSourceInit } from './registry.js';
export type { WeatherScheduler } from './scheduler.js';

declare global {
  interface HTMLElementTagNameMap {
    'gov-weather': GovWeather;
  }
  interface HTMLElementEventMap {
    'gov-weather-load': CustomEvent<WeatherLoadDetail>;
  }
}
