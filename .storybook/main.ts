import { fileURLToPath } from 'node:url';
import type { StorybookConfig } from '@storybook/web-components-vite';
import { modelTypesPlugin } from './model-types.mjs';

const MODEL_TYPES = fileURLToPath(new URL('../src/model/types.ts', import.meta.url));

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  core: { disableTelemetry: true },
  viteFinal: (viteConfig) => ({
    ...viteConfig,
    // The "Model" docs page reads src/model/types.ts through this (see model-types.mjs).
    plugins: [...(viteConfig.plugins ?? []), modelTypesPlugin(MODEL_TYPES)],
  }),
};
export default config;
