// Stories as tests: every story renders in Chromium and is checked with axe
// (@storybook/addon-vitest + addon-a11y with `a11y.test = 'error'`).
import { defineConfig } from 'vitest/config';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { chromiumArgs as args } from './scripts/chromium.mjs';

export default defineConfig({
  plugins: [storybookTest({ configDir: '.storybook' })],
  test: {
    name: 'storybook',
    browser: {
      enabled: true,
      headless: true,
      provider: playwright({ launchOptions: { executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args } }),
      instances: [{ browser: 'chromium' }],
    },
  },
});
