// One production browser bundle made in memory with esbuild: used by the demo server and the
// browser benchmarks, so all of them ship what the CDN build ships (minified, Lit production).
import { build } from 'esbuild';

const root = new URL('..', import.meta.url).pathname;

/**
 * Bundles `entry` (a path from the repository root) or `contents` (module source resolved from
 * the root) into one ES module; returns its text.
 */
export async function browserBundle({ entry, contents, name = 'entry.ts' }) {
  const result = await build({
    ...(entry
      ? { entryPoints: [`${root}${entry}`] }
      : { stdin: { contents, resolveDir: root, loader: 'ts', sourcefile: name } }),
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    define: { 'process.env.NODE_ENV': '"production"' },
    tsconfig: `${root}tsconfig.json`,
    logLevel: 'warning',
  });
  return result.outputFiles[0].text;
}
