// Stories as tests: every story renders in Chromium and is checked with axe
// (@storybook/addon-vitest + addon-a11y with `a11y.test = 'error'`), and play functions run.
import { defineConfig } from 'vitest/config';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { chromiumArgs as args } from './scripts/chromium.mjs';

export default defineConfig({
  plugins: [storybookTest({ configDir: '.storybook' })],
  // The package's runtime dependencies, bundled before the first story runs. One found later
  // makes Vite bundle again and reload the page, and the story running then times out.
  optimizeDeps: { include: ['lit', 'date-fns', '@date-fns/tz', 'valibot'] },
  test: {
    name: 'storybook',
    // Speed is measured by the benchmarks, not here: the 2,000-recipient story with axe takes
    // well over 15 s (the default) on a busy 2-core machine.
    testTimeout: 60_000,
    browser: {
      enabled: true,
      headless: true,
      provider: playwright({
        launchOptions: { executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args },
      }),
      instances: [{ browser: 'chromium' }],
    },
  },
});
