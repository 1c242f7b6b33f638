import type { Preview } from '@storybook/web-components-vite';
import '../src/define/all.js';

const preview: Preview = {
  parameters: {
    controls: { expanded: true },
    layout: 'padded',
  },
  globalTypes: {
    lang: {
      description: 'Language of the widgets',
      toolbar: { title: 'Sprog / Language', icon: 'globe', items: ['da', 'en'], dynamicTitle: true },
    },
  },
  initialGlobals: { lang: 'da' },
  decorators: [
    (story, context) => {
      document.documentElement.lang = String(context.globals.lang ?? 'da');
      return story();
    },
  ],
};

export default preview;
