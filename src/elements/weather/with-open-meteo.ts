/**
 * `<gov-weather>` plus the Open-Meteo adapter, registered as `source="open-meteo"`:
 *
 *   <gov-weather source="open-meteo" places="ha-noi,da-nang,tp-ho-chi-minh" refresh="900"></gov-weather>
 *
 * Published as `gov-portal-elements/weather/open-meteo`; the CDN's counterpart is `dist/cdn/open-meteo.js`.
 */
import { registerWeatherSource } from './define.js';
import { openMeteoSource } from '../../sources/weather/open-meteo.js';

registerWeatherSource('open-meteo', ({ places, lang }) => openMeteoSource({ places, lang }));

export * from './define.js';
export { openMeteoSource };
