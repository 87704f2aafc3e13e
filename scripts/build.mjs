// `npm run build` (also `prepare`, so installs from git or a folder get dist/): types + JS into
// dist/ (tsc), the one-file CDN module (esbuild), custom-elements.json from the elements' JSDoc
// (custom-elements-manifest analyzer), and from it the framework types and editor data.
import { rmSync, existsSync, mkdirSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { build } from 'esbuild';

const root = new URL('..', import.meta.url).pathname;
const bin = (name) => `${root}node_modules/.bin/${name}`;
const run = (cmd, args) => execFileSync(cmd, args, { cwd: root, stdio: 'inherit' });

rmSync(`${root}dist`, { recursive: true, force: true });
run(bin('tsc'), ['-p', 'tsconfig.json']);

const cdnEntry = `${root}src/cdn/gov-portal-elements.ts`;
if (existsSync(cdnEntry)) {
  mkdirSync(`${root}dist/cdn`, { recursive: true });
  await build({
    entryPoints: [cdnEntry, `${root}src/cdn/open-meteo.ts`],
    outdir: `${root}dist/cdn`,
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    sourcemap: true,
    legalComments: 'eof',
    define: { 'process.env.NODE_ENV': '"production"' },
    tsconfig: `${root}tsconfig.json`,
    logLevel: 'warning',
  });
}

run(bin('custom-elements-manifest'), [
  'analyze',
  '--config',
  'custom-elements-manifest.config.mjs',
  '--quiet',
]);
run(process.execPath, [`${root}scripts/generate-integrations.mjs`]);
console.log('built dist/ and custom-elements.json');
