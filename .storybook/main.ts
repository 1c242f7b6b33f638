import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  // The docs pages (autodocs from custom-elements.json).
  addons: ['@storybook/addon-docs'],
  framework: {
    name: '@storybook/web-components-vite',
    options: {},
  },
  core: {
    disableTelemetry: true,
    // The project's vite.config.ts serves the demo page; Storybook gets a plain config.
    builder: { name: '@storybook/builder-vite', options: { viteConfigPath: '.storybook/vite.config.ts' } },
  },
  // msw's worker lives in public/ and must be served at the root for its scope.
  staticDirs: ['../public'],
  // No favicon request from the canvas: a 404 there is a console error in every story.
  previewHead: (head) => `${head}<link rel="icon" href="data:," />`,
};

export default config;
