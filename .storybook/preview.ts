import type { Preview } from '@storybook/web-components-vite';

// vi/en switch in the toolbar: sets `lang` on the story root, which every gov- element reads.
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
  },
};
export default preview;
