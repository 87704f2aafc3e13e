// `npm run lint`: the type check (tsc 7 over src, test, stories, bench, demo: tsconfig.lint.json),
// Prettier's check, and ESLint (eslint.config.js). All three run; a line per step, and exit 1 if
// any failed. ESLint and typescript-eslint come from scripts/lint-tools, a project of its own
// (typescript-eslint needs TypeScript 5.9 beside the repository's 7; scripts/lint-tools/index.js
// says why it is not in the root install): `npm ci` there first when its install is missing or
// older than its lockfile.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';

const root = new URL('..', import.meta.url).pathname;
const tools = `${root}scripts/lint-tools`;
const bin = (dir, name) => `${dir}/node_modules/.bin/${name}`;

/** What Prettier checks: the code folders and the configuration files at the top. */
const PRETTIER = [
  'src',
  'test',
  'stories',
  'demo',
  'scripts',
  'bench',
  '.storybook',
  'eslint.config.js',
  'web-test-runner.config.mjs',
  'vitest.config.ts',
  'custom-elements-manifest.config.mjs',
  'tsconfig.json',
  'tsconfig.lint.json',
  '.prettierrc.json',
  'package.json',
];

const run = (command, args, cwd = root) => spawnSync(command, args, { cwd, stdio: 'inherit' }).status === 0;

const installed = `${tools}/node_modules/.package-lock.json`;
if (!existsSync(installed) || statSync(`${tools}/package-lock.json`).mtimeMs > statSync(installed).mtimeMs) {
  console.log('lint: installing scripts/lint-tools (npm ci)');
  if (!run('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], tools)) {
    console.error('lint: ✗ npm ci in scripts/lint-tools failed');
    process.exit(1);
  }
}

const steps = [
  ['tsc -p tsconfig.lint.json', () => run(bin(root, 'tsc'), ['-p', 'tsconfig.lint.json'])],
  ['prettier --check', () => run(bin(root, 'prettier'), ['--check', '--log-level', 'warn', ...PRETTIER])],
  ['eslint', () => run(bin(tools, 'eslint'), ['--max-warnings', '0', '.'])],
];
const failed = [];
for (const [name, step] of steps) {
  const ok = step();
  console.log(`lint: ${ok ? '✓' : '✗'} ${name}`);
  if (!ok) failed.push(name);
}
if (failed.length) {
  console.error(`lint: ${failed.join(', ')} failed`);
  process.exit(1);
}
