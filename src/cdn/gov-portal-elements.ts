/**
 * The one-file build for tag-only use (`dist/cdn/gov-portal-elements.js`): Lit and all four
 * elements, defined on load. `<gov-weather source="open-meteo">` also needs the add-on
 * `dist/cdn/open-meteo.js` (src/cdn/open-meteo.ts), loaded before this file.
 *
 *   <script type="module" src="…/gov-portal-elements.js"></script>
 *   <gov-article-card headline="…" href="…" published="2023-03-15T19:52:00+07:00" views="55"></gov-article-card>
 */
import '../elements/article-card/define.js';
import '../elements/view-counter/define.js';
import '../elements/award-list/define.js';
import '../elements/weather/define.js';
