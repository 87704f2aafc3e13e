import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
// Generated from the elements' JSDoc by `npm run build` (and before `npm run storybook`).
import manifest from '../custom-elements.json';

setCustomElementsManifest(manifest);

// vi/en switch in the toolbar: sets `lang` on the document, which every gov- element follows.
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
  decorators: [
    (story, context) => {
      document.documentElement.lang = context.globals.locale ?? 'vi';
      return story();
    },
  ],
  parameters: {
    controls: { expanded: true },
    // Accessibility: every story is checked with axe; in the story tests a violation fails.
    a11y: { test: 'error' },
  },
};
export default preview;
