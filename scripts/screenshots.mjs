// `npm run screenshots`: rewrites README's screenshots (demo/screenshots/*.png) from the demo
// portal in Chromium. `npm test` takes the same screenshots without writing them, so the tracked
// files change only when someone asks for it.
import { spawnSync } from 'node:child_process';
import { chromiumOrExit } from './chromium.mjs';

const root = new URL('..', import.meta.url).pathname;
const chrome = chromiumOrExit();
const run = spawnSync(
  process.execPath,
  ['--import', 'tsx', '--test', '--test-concurrency=1', 'test/e2e/portal.test.ts'],
  { cwd: root, stdio: 'inherit', env: { ...process.env, CHROME_PATH: chrome, SCREENSHOTS: '1' } },
);
if (run.status === 0) console.log('screenshots written to demo/screenshots/ (see git status)');
process.exit(run.status ?? 1);
