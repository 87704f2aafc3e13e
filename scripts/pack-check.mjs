// Packaging check: what `npm pack` ships, publint on the tarball, and the tarball installed in a
// scratch project and used as portal teams use it: every export of package.json imported in Node,
// a card and a page rendered on the server, every browser entry loaded in Chromium, and the types
// under `moduleResolution` bundler and node16. One line per check; every problem is listed.
import {
  mkdtempSync,
  writeFileSync,
  readFileSync,
  copyFileSync,
  mkdirSync,
  readdirSync,
  rmSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  root,
  repoBin,
  run,
  packTarball,
  npmInstall,
  installedVersion,
  inParallel,
  serveStatic,
  launchChromium,
  openPage,
  sees,
  bundle,
  reporter,
  textOf,
  shadowRootsOf,
} from '../test/consumers/support.mjs';
import { SAMPLES, OPEN_METEO_SAMPLE, HEADLINE } from '../test/consumers/pack-check/samples.mjs';

const started = Date.now();
const { check, note, failures } = reporter('pack-check');
const fixtures = join(root, 'test/consumers/pack-check');
const PACKAGE = 'gov-portal-elements';
const TAGS = Object.keys(SAMPLES);
const firstLine = (text) => String(text).trim().split('\n')[0];

/** The tags each entry defines when imported; every other entry must define none. */
const DEFINES = {
  './article-card': ['gov-article-card'],
  './view-counter': ['gov-view-counter'],
  './award-list': ['gov-award-list'],
  './weather': ['gov-weather'],
  './weather/open-meteo': ['gov-weather'],
  './server': TAGS,
  './cdn': TAGS,
};

/** Entries that only register something: nothing to see in Node, checked in Chromium. */
const REGISTERS_ONLY = ['./cdn/open-meteo'];

/** Entries not imported in Node, and why. */
const BROWSER_ONLY = {
  // One file with Lit's browser build bundled in: its classes extend HTMLElement as the file loads.
  // It is made for <script type="module"> in pages; Node users import the element entries.
  './cdn': 'the one-file build bundles Lit for browsers (HTMLElement at load)',
};

// 1. The tarball and its file list.
const scratch = mkdtempSync(join(tmpdir(), 'gov-pack-'));
const info = packTarball(scratch);
const files = info.files.map((f) => f.path);
const must = [
  'package.json',
  'README.md',
  'LICENSE',
  'custom-elements.json',
  'dist/model/index.js',
  'dist/model/index.d.ts',
  'dist/format/index.js',
  'dist/server/index.js',
];
const missing = must.filter((f) => !files.includes(f));
const size = `${files.length} files, ${(info.unpackedSize / 1024).toFixed(0)} KB unpacked`;
check(
  !missing.length,
  `tarball: ${size}, with the ${must.length} must-haves`,
  `missing: ${missing.join(', ')}`,
);
const leaked = files.filter(
  (f) => /^(test|stories|demo|bench|scripts|src|\.storybook|\.ci)\//.test(f) || f.endsWith('.tsbuildinfo'),
);
check(
  !leaked.length,
  'tarball: no sources, tests, demo or build files',
  `should not ship: ${leaked.slice(0, 10).join(', ')}`,
);

// custom-elements.json documents every element (Storybook docs and IDEs read it).
const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
const documented = manifest.modules
  .flatMap((m) => m.declarations ?? [])
  .filter((d) => d.customElement && d.tagName && d.summary);
for (const tag of TAGS) {
  const d = documented.find((t) => t.tagName === tag);
  check(
    d?.attributes?.length && d?.cssParts?.length,
    `custom-elements.json documents ${tag} (summary, attributes, parts)`,
  );
}

// 2. publint on the tarball itself: exports, types and files agree.
const publint = await run(repoBin('publint'), ['run', join(scratch, 'gov-portal-elements.tgz'), '--strict'], {
  cwd: root,
});
check(
  publint.code === 0,
  'publint --strict on the tarball',
  publint.output.trim().split('\n').slice(-3).join(' / '),
);

// 3. Install the tarball in the scratch project, with the types a TypeScript user of each entry
//    has beside it (Node's for server, React's for /react, Vue for /vue), at the repository's versions.
writeFileSync(
  join(scratch, 'package.json'),
  JSON.stringify({ name: 'scratch', private: true, type: 'module' }),
);
const devDependencies = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).devDependencies;
const vueVersion = JSON.parse(readFileSync(join(root, 'test/consumers/vue/package.json'), 'utf8'))
  .dependencies.vue;
const peers = {
  '@types/node': devDependencies['@types/node'],
  '@types/react': devDependencies['@types/react'],
  vue: vueVersion,
};
try {
  await npmInstall(scratch, [
    './gov-portal-elements.tgz',
    ...Object.entries(peers).map(([n, v]) => `${n}@${v}`),
  ]);
} catch (error) {
  console.log(`pack-check: ✗ the tarball does not install: ${error.message}`);
  process.exit(1);
}
const versions = await Promise.all(
  Object.keys(peers).map(async (n) => `${n} ${await installedVersion(scratch, n)}`),
);
note(`installed the tarball in ${scratch} (beside ${versions.join(', ')})`);
for (const file of readdirSync(fixtures)) copyFileSync(join(fixtures, file), join(scratch, file));
copyFileSync(join(root, 'demo/content/portal-page.txt'), join(scratch, 'seed.txt'));

const installed = JSON.parse(readFileSync(join(scratch, 'node_modules', PACKAGE, 'package.json'), 'utf8'));
const entries = Object.entries(installed.exports).map(([key, value]) => {
  const conditions = typeof value === 'string' ? { default: value } : value;
  const target = conditions.default ?? conditions.node;
  return {
    key,
    specifier: key === '.' ? PACKAGE : `${PACKAGE}/${key.slice(2)}`,
    target,
    types: conditions.types,
    js: target?.endsWith('.js'),
    nodeOnly: Boolean(conditions.node && !conditions.default),
  };
});

// 4. Model and format give the seed's values whatever the process's time zone.
const expected = {
  places: 'Hà Nội|Đà Nẵng|TP Hồ Chí Minh',
  section: 'Hoạt động từ các đơn vị',
  publishedAt: '2023-03-15T19:52:00+07:00',
  views: 55,
  author: 'HOÀNG PHƯƠNG',
  datePublished: '2023-03-15T19:52:00+07:00',
  date: '15/03/2023 | 19:52',
};
for (const tz of ['UTC', 'America/New_York']) {
  const out = await run(process.execPath, ['model-format.mjs'], { cwd: scratch, env: { TZ: tz } });
  let values = {};
  try {
    values = JSON.parse(out.output);
  } catch {
    // Not JSON: the check below names the values it did not get, and the output's first line.
  }
  const wrong = Object.keys(expected).filter((k) => values[k] !== expected[k]);
  const why = wrong.map((k) => `${k}=${JSON.stringify(values[k])}`).join(', ');
  check(
    !wrong.length,
    `TZ=${tz}: the seed page read by model, dates printed by format`,
    `${why}; ${firstLine(out.output)}`,
  );
}

// 5. Node: every export with JavaScript or JSON behind it, each in a fresh process (so what an
//    entry defines is its own doing), and the server rendering a card and a page.
const inNode = entries.filter((e) => e.target && !BROWSER_ONLY[e.key]);
const [imports, ssr] = await Promise.all([
  inParallel(inNode, 3, (e) => run(process.execPath, ['node-entry.mjs', e.specifier], { cwd: scratch })),
  run(process.execPath, ['ssr.mjs'], { cwd: scratch }),
]);
inNode.forEach((entry, i) => {
  let result;
  try {
    result = JSON.parse(imports[i].output);
  } catch {
    result = { error: firstLine(imports[i].output) };
  }
  const want = DEFINES[entry.key] ?? [];
  const what = want.length ? `defines ${want.join(', ')}` : 'defines no tag';
  if (!check(!result.error, `Node imports ${entry.specifier}`, result.error)) return;
  check(
    result.defined.join() === want.join(),
    `Node: ${entry.specifier} ${what}`,
    `defined: ${result.defined.join(', ') || 'none'}`,
  );
  if (entry.key.endsWith('.json') || REGISTERS_ONLY.includes(entry.key)) return;
  check(
    result.exports.length > 0 || want.length > 0,
    `Node: ${entry.specifier} exports ${result.exports.length} names`,
  );
});
for (const entry of entries.filter((e) => BROWSER_ONLY[e.key])) {
  note(`${entry.specifier}: not imported in Node (${BROWSER_ONLY[entry.key]}); loaded in Chromium below`);
}

if (
  check(
    ssr.code === 0,
    'Node: ssr.mjs renders a card (renderToString) and a page (renderPage)',
    firstLine(ssr.output),
  )
) {
  const card = readFileSync(join(scratch, 'card.html'), 'utf8');
  const cardRoot = textOf(shadowRootsOf(card, 'gov-article-card')[0] ?? '');
  check(cardRoot.includes(HEADLINE), 'card: a declarative shadow root holding the headline');
  check(cardRoot.includes('55 lượt xem'), 'card: "55 lượt xem" in its shadow root');
  const page = readFileSync(join(scratch, 'page.html'), 'utf8');
  const whole = /^<!doctype html>\s*<html lang="vi">/i.test(page) && page.trimEnd().endsWith('</html>');
  check(whole, 'page: a whole document, lang="vi"');
  check(
    page.includes('<meta property="og:title"') && page.includes('application/ld+json'),
    'page: Open Graph and JSON-LD in the head',
  );
  const inPage = {
    'gov-article-card': HEADLINE,
    'gov-view-counter': '55 lượt xem',
    'gov-award-list': 'Nguyễn Văn An',
    'gov-weather': 'Hà Nội',
  };
  for (const [tag, text] of Object.entries(inPage)) {
    const shadow = textOf(shadowRootsOf(page, tag)[0] ?? '');
    check(shadow.includes(text), `page: <${tag}> with a declarative shadow root showing "${text}"`);
  }
}

// 6. Types: one file importing every typed export, checked with the repository's tsc under both
//    resolutions users have; skipLibCheck off, so the shipped .d.ts files are checked too.
const typed = entries.filter((e) => e.types);
writeFileSync(
  join(scratch, 'types.ts'),
  `// Every typed export of ${PACKAGE} (written by scripts/pack-check.mjs), then a few uses.
${typed.map((e, i) => `import type * as entry${i} from '${e.specifier}';`).join('\n')}
export type Entries = [${typed.map((_e, i) => `typeof entry${i}`).join(', ')}];
import { parseArticle, type Article } from '${PACKAGE}/model';
import { formatPortalDate } from '${PACKAGE}/format';
import type { GovArticleCard } from '${PACKAGE}/article-card/class';
import type { CustomElements } from '${PACKAGE}/jsx';
const result = parseArticle({});
export const paths: string[] = result.ok ? [] : result.issues.map((issue) => issue.path);
export const date: string = formatPortalDate('2023-03-15T12:52:00Z');
export const card: GovArticleCard = document.createElement('gov-article-card');
export const article: Article | undefined = card.article;
export const variant: CustomElements['gov-article-card']['variant'] = 'featured';
// @ts-expect-error 'wide' is no variant: the element types are not \`any\`
export const wrong: CustomElements['gov-article-card']['variant'] = 'wide';
`,
);
const resolutions = { bundler: 'esnext', node16: 'node16' };
const typeChecks = await Promise.all(
  Object.entries(resolutions).map(([moduleResolution, module]) => {
    const compilerOptions = {
      module,
      moduleResolution,
      target: 'es2022',
      lib: ['es2022', 'dom', 'dom.iterable'],
      types: ['node'],
      strict: true,
      noEmit: true,
      skipLibCheck: false,
    };
    writeFileSync(
      join(scratch, `tsconfig.${moduleResolution}.json`),
      JSON.stringify({ compilerOptions, files: ['types.ts'] }),
    );
    return run(repoBin('tsc'), ['-p', `tsconfig.${moduleResolution}.json`], { cwd: scratch });
  }),
);
Object.keys(resolutions).forEach((resolution, i) => {
  const errors = typeChecks[i].output
    .trim()
    .split('\n')
    .filter((line) => /error TS\d+/.test(line));
  const why = errors.slice(0, 5).join(' | ') || firstLine(typeChecks[i].output);
  check(
    typeChecks[i].code === 0,
    `tsc --noEmit, moduleResolution ${resolution}: ${typed.length} typed exports resolve and check`,
    why,
  );
});

// 7. Chromium: every browser entry from the installed package, one page each. Element entries and
//    the universal ones are bundled with esbuild from the scratch project; the CDN files are
//    loaded as they are, the way a CMS page does.
mkdirSync(join(scratch, 'pages'));
const cdnFile = (key) => `/node_modules/${PACKAGE}/${installed.exports[key].replace(/^\.\//, '')}`;
const pages = await Promise.all(
  entries
    .filter((e) => e.js && !e.nodeOnly)
    .map(async (entry) => {
      const name = entry.key.slice(2).replace(/\//g, '-');
      const openMeteo = entry.key.endsWith('open-meteo');
      const isClass = entry.key.endsWith('/class');
      // A class entry is defined under the user's own tag and extended, as the README says it may be.
      const own = isClass ? `portal-${name.replace(/-class$/, '')}` : undefined;
      const page = { entry, name, openMeteo, own, tags: isClass ? [] : (DEFINES[entry.key] ?? []) };
      if (entry.key.startsWith('./cdn')) {
        // README order: the Open-Meteo add-on, then the main file.
        page.scripts = openMeteo ? [cdnFile('./cdn/open-meteo'), cdnFile('./cdn')] : [cdnFile('./cdn')];
        page.tags = TAGS;
      } else {
        const contents = `import * as entry from '${entry.specifier}';
window.entryExports = Object.keys(entry);
${
  own
    ? `const Element = Object.values(entry).find((value) => value?.prototype instanceof HTMLElement);
customElements.define('${own}', class extends Element {});`
    : ''
}`;
        try {
          await bundle({ cwd: scratch, contents, outfile: join(scratch, 'pages', `${name}.js`) });
        } catch (error) {
          return { ...page, error: `esbuild cannot bundle it for the browser: ${firstLine(error.message)}` };
        }
        page.scripts = [`/pages/${name}.js`];
      }
      let markup;
      if (openMeteo) {
        markup = OPEN_METEO_SAMPLE.markup;
        page.sees = { 'gov-weather': OPEN_METEO_SAMPLE.sees };
      } else if (own) {
        const sample = SAMPLES[`gov-${name.replace(/-class$/, '')}`];
        markup = sample.markup(own);
        page.sees = { [own]: sample.sees };
      } else {
        markup = page.tags.map((tag) => SAMPLES[tag].markup(tag)).join('\n');
        page.sees = Object.fromEntries(page.tags.map((tag) => [tag, SAMPLES[tag].sees]));
      }
      const scripts = page.scripts.map((src) => `<script type="module" src="${src}"></script>`).join('\n');
      writeFileSync(
        join(scratch, 'pages', `${name}.html`),
        `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>${entry.specifier}</title>
${scripts}
</head><body>
${markup}
</body></html>`,
      );
      return page;
    }),
);

const server = await serveStatic(scratch);
const browser = await launchChromium();
const fake = { [OPEN_METEO_SAMPLE.url]: readFileSync(join(fixtures, 'open-meteo-ha-noi.json'), 'utf8') };

/** Loads one entry's page; returns [ok, what, why] lines, reported in the entries' order. */
async function browse(page) {
  const label = `Chromium: ${page.entry.specifier}`;
  if (page.error) return [[false, label, page.error]];
  const lines = [];
  const tab = await openPage(browser, { fake: page.openMeteo ? fake : {} });
  try {
    await tab.goto(`${server.origin}/pages/${page.name}.html`);
    const waitFor = page.own ? [page.own] : page.tags;
    const loaded = await tab
      .waitForFunction(
        (tags) => (tags.length ? tags.every((t) => customElements.get(t)) : 'entryExports' in window),
        waitFor,
        {
          timeout: 10000,
        },
      )
      .then(
        () => true,
        () => false,
      );
    lines.push([
      loaded,
      `${label} loads${waitFor.length ? ` and defines ${waitFor.join(', ')}` : ''}`,
      tab.problems.join('; '),
    ]);
    if (!loaded) return lines;
    const defined = await tab.evaluate((tags) => tags.filter((t) => customElements.get(t)), TAGS);
    if (!page.tags.length)
      lines.push([!defined.length, `${label} defines no gov- tag`, `defined: ${defined.join(', ')}`]);
    for (const [tag, texts] of Object.entries(page.sees)) {
      const unseen = [];
      for (const text of texts) if (!(await sees(tab.locator(tag), text))) unseen.push(text);
      const shows = texts.map((t) => `"${t}"`).join(', ');
      lines.push([!unseen.length, `${label}: <${tag}> shows ${shows}`, `not seen: ${unseen.join(', ')}`]);
    }
    if (!page.tags.length && !page.own) {
      const count = await tab.evaluate(() => window.entryExports.length);
      lines.push([count > 0, `${label} exports ${count} names in the browser`]);
    }
    lines.push([
      !tab.problems.length,
      `${label}: no errors, no request off 127.0.0.1`,
      tab.problems.join('; '),
    ]);
    return lines;
  } finally {
    await tab.context().close();
  }
}

try {
  const results = await inParallel(pages, 3, browse);
  for (const lines of results) for (const [ok, what, why] of lines) check(ok, what, why);
} finally {
  await browser.close();
  await server.close();
}

const seconds = () => ((Date.now() - started) / 1000).toFixed(0);
if (failures.length) {
  console.log(
    `pack-check: ${failures.length} problem(s), ${seconds()} s; the scratch project is kept in ${scratch}`,
  );
  process.exit(1);
}
// Thousands of files (tens of seconds on a busy disk): CI machines are thrown away instead.
if (!process.env.CI) rmSync(scratch, { recursive: true, force: true });
console.log(`pack-check: ok, ${seconds()} s`);
