/**
 * Add-on for the CDN file: registers the Open-Meteo adapter as `source="open-meteo"`.
 * Kept out of gov-portal-elements.js so the main file stays small; a page that wants Open-Meteo
 * adds this second script, before or after the main one:
 *
 *   <script type="module" src="…/gov-portal-elements.js"></script>
 *   <script type="module" src="…/open-meteo.js"></script>
 *   <gov-weather source="open-meteo" places="ha-noi,da-nang,tp-ho-chi-minh"></gov-weather>
 *
 * Both files share the source registry through a global symbol (src/elements/weather/registry.ts).
 */
import { registerWeatherSource } from '../elements/weather/registry.js';
import { openMeteoSource } from '../sources/weather/open-meteo.js';

registerWeatherSource('open-meteo', ({ places, lang }) => openMeteoSource({ places, lang }));
