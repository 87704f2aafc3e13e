import type { Decorator, Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { html } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
// Generated from the elements' JSDoc by `npm run build` (and before `npm run storybook`).
import manifest from '../custom-elements.json';
import { manifestArgTypes, type Manifest } from './manifest-arg-types.js';

setCustomElementsManifest(manifest);

/** Property types that are plain data: their rows get a JSON control. */
const DATA_TYPES = ['Article', 'AwardDecision', 'AwardDecision[]', 'WeatherReport'];

/**
 * The toolbar's language, for every story and every preview on a docs page. The elements read
 * the closest `[lang]` above them, and a docs page puts each preview inside `lang="en"` (its own
 * text is English): so each story gets a wrapper with the toolbar's language, re-created when the
 * language changes (an element reads its language when it connects).
 */
const withLocale: Decorator = (story, { globals, viewMode }) => {
  const locale = globals.locale === 'en' ? 'en' : 'vi';
  // A story's canvas is the whole page: its language is the page's (screen readers, axe).
  if (viewMode === 'story') document.documentElement.lang = locale;
  return html`${keyed(locale, html`<div lang=${locale}>${story()}</div>`)}`;
};

const preview: Preview = {
  globalTypes: {
    locale: {
      description: 'Language of the elements',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'vi', title: 'Tiếng Việt' },
          { value: 'en', title: 'English' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'vi' },
  decorators: [withLocale],
  parameters: {
    controls: { expanded: true },
    docs: {
      extractArgTypes: (tagName: string) => manifestArgTypes(manifest as Manifest, tagName, DATA_TYPES),
    },
    options: { storySort: { order: ['Guides', ['Use it in…', 'Model'], 'Elements'] } },
    // Accessibility: every story is checked with axe; in the story tests a violation fails.
    a11y: { test: 'error' },
  },
};
export default preview;
