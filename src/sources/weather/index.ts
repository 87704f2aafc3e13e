export {
  staticWeatherSource,
  jsonWeatherSource,
  fetchJson,
  WeatherSourceError,
  type WeatherSource,
  type WeatherLoadOptions,
  type WeatherSourceErrorKind,
  type JsonWeatherSourceOptions,
  type FetchJsonOptions,
} from './source.js';
export {
  openMeteoSource,
  openMeteoUrl,
  mapOpenMeteo,
  clearOpenMeteoCache,
  resolvePlaces,
  OPEN_METEO_URL,
  OPEN_METEO_INFO,
  type OpenMeteoOptions,
} from './open-meteo.js';
export { PLACE_PRESETS, placePreset, type PlacePreset } from './places.js';
export { checkWeatherReport, isIsoWithOffset, type WeatherCheck } from './check.js';
