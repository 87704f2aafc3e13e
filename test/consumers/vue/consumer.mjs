// Vue 3 with the package's Vue types: the SFC under vue-tsc (and an SFC of mistakes they must
// catch), then compiled as a Vue project compiles it — @vue/compiler-sfc from the installed `vue`,
// `isCustomElement` for gov-* tags, as in README's vite.config line — bundled and read in Chromium.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { run, bundle, serveStatic, openPage, sees, misuseErrors, checkSharedContent } from '../support.mjs';

export const versions = ['vue', 'vue-tsc', 'typescript'];

const isCustomElement = (tag) => tag.startsWith('gov-');

/** esbuild plugin: .vue files through the project's own @vue/compiler-sfc (what @vitejs/plugin-vue does). */
function vuePlugin(dir) {
  const { parse, compileScript } = createRequire(join(dir, 'package.json'))('vue/compiler-sfc');
  return {
    name: 'vue',
    setup(build) {
      build.onLoad({ filter: /\.vue$/ }, ({ path }) => {
        const { descriptor, errors } = parse(readFileSync(path, 'utf8'), { filename: path });
        if (errors.length)
          return { errors: errors.map((error) => ({ text: String(error.message ?? error) })) };
        const script = compileScript(descriptor, {
          id: 'app',
          inlineTemplate: true,
          templateOptions: { compilerOptions: { isCustomElement } },
        });
        return { contents: script.content, loader: 'ts', resolveDir: join(path, '..') };
      });
    },
  };
}

export async function check({ dir, browser, report: { check, note } }) {
  const vueTsc = join(dir, 'node_modules/.bin/vue-tsc');
  const [clean, misuse] = await Promise.all(
    ['tsconfig.json', 'tsconfig.misuse.json'].map((config) =>
      run(vueTsc, ['--noEmit', '-p', config], { cwd: dir }),
    ),
  );
  check(
    clean.code === 0,
    'vue-tsc --noEmit clean (strictTemplates): :article, .article, :decision, .report, typed @gov-error',
    clean.output.trim(),
  );

  const source = readFileSync(join(dir, 'src/Misuse.vue'), 'utf8');
  const { ok, marked, errors, why } = misuseErrors(source, misuse.output, 'Misuse.vue');
  check(
    misuse.code !== 0 && ok,
    `Misuse.vue fails vue-tsc on its ${marked.length} marked lines (${errors.map((e) => e.code).join(', ')})`,
    why,
  );
  for (const e of errors) note(`  Misuse.vue:${e.line}: ${e.code} ${e.message}`);

  try {
    await bundle({
      cwd: dir,
      entry: 'src/main.js',
      outfile: join(dir, 'build/main.js'),
      plugins: [vuePlugin(dir)],
      define: {
        __VUE_OPTIONS_API__: 'false',
        __VUE_PROD_DEVTOOLS__: 'false',
        __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
      },
    });
  } catch (error) {
    check(
      false,
      'App.vue compiled (compiler-sfc, isCustomElement) and bundled',
      error.message.split('\n')[0],
    );
    return;
  }
  const server = await serveStatic(dir);
  const page = await openPage(browser);
  try {
    await page.goto(`${server.origin}/`);
    await checkSharedContent(
      page,
      { check, note },
      {
        article: ':article',
        brokenArticle: '.article with a broken article',
        errorHandler: '@gov-error',
        decision: ':decision',
      },
    );
    check(await sees(page.locator('gov-weather'), 'Huế'), '.report — the weather box shows Huế');
    check(
      !page.problems.length,
      'no page errors or Vue warnings, no request off 127.0.0.1',
      page.problems.join('; '),
    );
  } finally {
    await page.context().close();
    await server.close();
  }
}
