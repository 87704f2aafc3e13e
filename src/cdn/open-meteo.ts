/**
 * Add-on for the CDN file: registers the Open-Meteo adapter as `source="open-meteo"`.
 * Kept out of gov-portal-elements.js so the main file stays small; a page that wants Open-Meteo
 * adds this second script before the main one:
 *
 *   <script type="module" src="…/open-meteo.js"></script>
 *   <script type="module" src="…/gov-portal-elements.js"></script>
 *   <gov-weather source="open-meteo" places="ha-noi,da-nang,tp-ho-chi-minh"></gov-weather>
 *
 * Before, because a <gov-weather> asks the registry for its source at its first update, which runs
 * as soon as the main file has defined the element: registered later, the name is unknown to it
 * until its retry button is pressed. (test/e2e/portal.test.ts loads them in this order.)
 *
 * Both files share the source registry through a global symbol (src/elements/weather/registry.ts).
 */
import { registerWeatherSource } from '../elements/weather/registry.js';
import { openMeteoSource } from '../sources/weather/open-meteo.js';

registerWeatherSource('open-meteo', ({ places, lang }) => openMeteoSource({ places, lang }));
