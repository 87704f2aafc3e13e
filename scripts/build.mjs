// `npm run build` (also `prepare`, so installs from git or a folder get dist/): types + JS into
// dist/ (tsc), then the `html` and `css` template literals of dist/**/*.js minified in place
// (source maps composed with tsc's, so they still point into src/), the one-file CDN modules
// bundled by esbuild FROM that minified dist/ JS, custom-elements.json from the elements' JSDoc
// (custom-elements-manifest analyzer), and from it the framework types and editor data.
//
// The server (`gov-portal-elements/server`) and the browser entries load the same dist/ files,
// so the template strings a server renders are the ones the browser hydrates: Lit compares a
// digest of them, and a difference would be a hydration error (test/consumers/node checks it).
import { rmSync, existsSync, readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join, relative, basename, dirname, resolve } from 'node:path';
import { build } from 'esbuild';
import { minifyHTMLLiterals } from 'minify-literals';
import { minify as minifyHtml } from 'html-minifier-next';
import { transform as transformCss } from 'lightningcss';
import remapping from '@jridgewell/remapping';

const root = new URL('..', import.meta.url).pathname;
const dist = join(root, 'dist');
const bin = (name) => `${root}node_modules/.bin/${name}`;
const run = (cmd, args) => execFileSync(cmd, args, { cwd: root, stdio: 'inherit' });

rmSync(dist, { recursive: true, force: true });
run(bin('tsc'), ['-p', 'tsconfig.json']);

// --- 1. Template literals -------------------------------------------------------------------
// HTML: whitespace only, and conservatively. A run of spaces, tabs and line breaks becomes one
// space, never none (so two inline things keep the space between them, and a template that
// starts or ends with a space still does); whitespace inside a tag before its `>` goes. Nothing
// else: no entity decoding, no quote or attribute changes, comments kept (ours have none, and
// Lit reads `${}` inside comments as bindings). `caseSensitive` keeps `.someProperty=${…}`.
const HTML_OPTIONS = {
  collapseWhitespace: true,
  conservativeCollapse: true,
  caseSensitive: true,
  keepClosingSlash: true,
  continueOnParseError: false,
};

/** Whitespace-separated words, whitespace before a tag's `>` or `/>` taken out first. */
const words = (text) =>
  text
    .replace(/\s+(\/?>)/g, '$1')
    .trim()
    .split(/\s+/);

/**
 * The HTML minifier, with proof that it did only what HTML_OPTIONS allows: the same words in the
 * same order, and a space kept at either end where there was one. Anything more (a quote changed,
 * an attribute value trimmed, a space removed between two elements) stops the build.
 */
async function minifyTemplateHtml(text, file) {
  const out = await minifyHtml(text, HTML_OPTIONS);
  const same =
    words(out).join(' ') === words(text).join(' ') &&
    /^\s/.test(out) === /^\s/.test(text) &&
    /\s$/.test(out) === /\s$/.test(text);
  if (!same) {
    throw new Error(
      `build: minifying an html template in ${file} changed more than whitespace:\n` +
        `  before: ${JSON.stringify(text)}\n  after:  ${JSON.stringify(out)}`,
    );
  }
  return out;
}

// CSS: Lightning CSS, for the browsers the package supports (README: current Chromium, Firefox and
// Safari; the card's container query sets the floor), so it never writes syntax they lack.
const CSS_TARGETS = { chrome: 105 << 16, firefox: 110 << 16, safari: 16 << 16 };

/** CSS through Lightning CSS; a stylesheet it cannot parse stops the build (no silent fallback). */
function minifyTemplateCss(text, file) {
  const options = { filename: file, code: Buffer.from(text), minify: true, targets: CSS_TARGETS };
  return transformCss(options).code.toString();
}

const jsFiles = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return jsFiles(path);
    return entry.name.endsWith('.js') ? [path] : [];
  });

let before = 0;
let after = 0;
for (const file of jsFiles(dist)) {
  const code = readFileSync(file, 'utf8');
  if (!/\b(html|css) `/.test(code)) continue; // tsc writes a tag and its template as html `…`
  const name = relative(root, file);
  const result = await minifyHTMLLiterals(code, {
    fileName: basename(file),
    htmlTags: ['html'],
    cssTags: ['css'],
    html: (text) => minifyTemplateHtml(text, name),
    css: (text) => minifyTemplateCss(text, name),
  });
  if (!result) continue;
  before += code.length;
  after += result.code.length;
  writeFileSync(file, result.code);
  // tsc's map goes from this file to src/; the minifier's from the new text to tsc's. Composed,
  // the new text maps straight to src/ (sources and their paths as tsc wrote them).
  const mapFile = `${file}.map`;
  const tscMap = JSON.parse(readFileSync(mapFile, 'utf8'));
  const composed = remapping([result.map, tscMap], () => null);
  composed.file = tscMap.file;
  writeFileSync(mapFile, JSON.stringify(composed));
}
console.log(`minified html and css literals in dist/: ${before} → ${after} bytes in the files changed`);

// --- 2. The CDN files, bundled from the minified dist/ JS --------------------------------------
// tsc wrote dist/cdn/*.js (the entries); the bundles replace them. esbuild follows each input's
// sourceMappingURL, so the bundle's map points at src/*.ts (and Lit's own sources) through the
// composed maps above; their text is filled in from src/ so the CDN map stands alone.
const cdnEntries = ['gov-portal-elements.js', 'open-meteo.js'].map((file) => join(dist, 'cdn', file));
if (cdnEntries.every((file) => existsSync(file))) {
  const bundled = await build({
    entryPoints: cdnEntries,
    outdir: join(dist, 'cdn'),
    allowOverwrite: true,
    write: false,
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    sourcemap: true,
    legalComments: 'eof',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning',
  });
  for (const output of bundled.outputFiles) {
    if (!output.path.endsWith('.map')) {
      writeFileSync(output.path, output.contents);
      continue;
    }
    const map = JSON.parse(output.text);
    map.sourcesContent = map.sources.map((source, i) => {
      const path = resolve(dirname(output.path), source);
      return map.sourcesContent?.[i] ?? (existsSync(path) ? readFileSync(path, 'utf8') : null);
    });
    writeFileSync(output.path, JSON.stringify(map));
  }
}

run(bin('custom-elements-manifest'), [
  'analyze',
  '--config',
  'custom-elements-manifest.config.mjs',
  '--quiet',
]);
run(process.execPath, [`${root}scripts/generate-integrations.mjs`]);
console.log('built dist/ and custom-elements.json');
