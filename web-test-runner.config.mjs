// Browser tests: real Chromium (Debian's, or CHROME_PATH), TypeScript through esbuild, and a Lit
// SSR plugin so each element test can also run server-rendered then hydrated.
import { Worker } from 'node:worker_threads';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { context } from 'esbuild';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { summaryReporter } from './scripts/wtr-summary-reporter.mjs';
import { defaultReporter } from '@web/test-runner';
import { chromiumArgs } from './scripts/chromium.mjs';

export { chromiumArgs };

/**
 * The server side of `ssrFixture` (@lit-labs/testing's `lit-ssr-render` command), made cheap. Like
 * @lit-labs/testing's own plugin, each render runs in a fresh worker (nothing carries over from
 * one test's render to the next), and the worker renders exactly as that plugin's does. Unlike it,
 * the worker does not register tsx and load @lit-labs/ssr, Lit and the sources file by file
 * (0.8–1.1 s of CPU per render on this 2-core machine, one render per server-rendered test,
 * several times longer under load): it runs one bundle of all of them, made by esbuild once per
 * module list and rebuilt incrementally for each render (so edits are seen), which starts in
 * about 0.2 s.
 */
function litSsrBundlePlugin() {
  /** Where the bundles are written: made by the first render (importing this config makes nothing). */
  let directory;
  /** Module list → its esbuild context and the bundle's file (promises, so renders share them). */
  const bundles = new Map();

  const workerSource = (modules) => `import { parentPort, workerData } from 'node:worker_threads';
import { render } from '@lit-labs/ssr';
${modules.map((module) => `import ${JSON.stringify(module)};`).join('\n')}
// As @lit-labs/testing's worker: the template arrives as JSON, its strings without their raw.
const strings = workerData.template.strings;
strings.raw = strings;
let rendered = '';
for (const chunk of render({ ...workerData.template, strings }, { deferHydration: true })) rendered += chunk;
parentPort.postMessage(rendered);
`;

  /** The bundle for `modules`, rebuilt (incrementally) so that it has the sources as they are now. */
  function bundle(modules) {
    const key = JSON.stringify(modules);
    let entry = bundles.get(key);
    if (!entry) {
      directory ??= mkdtempSync(join(tmpdir(), 'wtr-lit-ssr-'));
      const file = join(directory, `worker-${bundles.size}.mjs`);
      const built = context({
        stdin: { contents: workerSource(modules), resolveDir: process.cwd(), sourcefile: 'ssr-worker.mjs' },
        bundle: true,
        platform: 'node',
        format: 'esm',
        target: 'node20',
        tsconfig: './tsconfig.json',
        write: false,
        logLevel: 'silent',
        // A CommonJS dependency's require() of a Node module needs a real require in an ES bundle.
        banner: {
          js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
        },
      });
      entry = { context: built, file, latest: Promise.resolve() };
      bundles.set(key, entry);
    }
    // One rebuild at a time per bundle: renders of the same modules wait for the one under way.
    const rebuilt = entry.latest.then(async () => {
      const result = await (await entry.context).rebuild();
      writeFileSync(entry.file, result.outputFiles[0].contents);
      return entry.file;
    });
    entry.latest = rebuilt.catch(() => {});
    return rebuilt;
  }

  return {
    name: 'lit-ssr-bundle-plugin',
    async executeCommand({ command, payload }) {
      if (command !== 'lit-ssr-render') return undefined;
      if (!payload) throw new Error('Missing payload for lit-ssr-render command');
      // The fixture sends module paths from the root (`/src/…`), as @lit-labs/testing's plugin reads them.
      const modules = payload.modules.map((module) => resolve(join(process.cwd(), module)));
      const file = await bundle(modules);
      return new Promise((done, fail) => {
        const worker = new Worker(file, { workerData: { template: payload.template } });
        worker.once('error', fail);
        worker.once('message', (rendered) => {
          done(rendered);
          void worker.terminate();
        });
      });
    },
    async serverStop() {
      for (const { context: built } of bundles.values()) await (await built).dispose();
      if (directory) rmSync(directory, { recursive: true, force: true });
    },
  };
}

export default {
  files: process.env.WTR_FILES ? process.env.WTR_FILES.split(',') : ['test/browser/**/*.test.ts'],
  nodeResolve: { exportConditions: ['development'] },
  // For a 2-core machine that is busy (load 12), measured with the card's and the counter's files,
  // busy loops on both cores and the other work on the machine (load 13–14).
  // One file at a time per two cores (web-test-runner's own default): two at once took as long in
  // all (227 s against 228 s) and made each test a third slower; with less load, one at a time was
  // faster (36 s against 44 s).
  concurrency: Math.max(1, Math.floor(availableParallelism() / 2)),
  // A test: 20 s. The slowest ordinary test took 3–5 s at load 14 (0.3–1 s idle): 10 s left too
  // little room for a busy moment, and a hang still fails in 20 s. A test that does the work of many
  // renders sets its own timeout, with the reason.
  testFramework: { config: { timeout: 20_000 } },
  // Chromium starts in a few seconds even at load 14.
  browserStartTimeout: 60_000,
  // A file: the two took 37 s idle and 143 s at load 14 (the card's alone took over 300 s at load
  // 12 before the SSR plugin above, which ended the run).
  testsFinishTimeout: 600_000,
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }), litSsrBundlePlugin()],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: {
        executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
        headless: true,
        args: chromiumArgs,
      },
    }),
  ],
  reporters: [defaultReporter({ reportTestResults: true, reportTestProgress: false }), summaryReporter()],
};
