// React 19 + TSX: the package's JSX types under tsc (and a file of mistakes they must catch),
// then the app bundled with esbuild (jsx automatic) and read in Chromium.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  repoBin,
  run,
  bundle,
  serveStatic,
  openPage,
  sees,
  misuseErrors,
  checkSharedContent,
} from '../support.mjs';

export const versions = ['react', 'react-dom', '@types/react', '@types/react-dom'];

export async function check({ dir, browser, report: { check, note } }) {
  // Types. The sources sit in .src/: see test/consumers/README.md.
  const [clean, misuse] = await Promise.all(
    ['tsconfig.json', 'tsconfig.misuse.json'].map((config) =>
      run(repoBin('tsc'), ['-p', config], { cwd: dir }),
    ),
  );
  check(
    clean.code === 0,
    'tsc --noEmit clean: attributes, article/decision/report properties, typed ongov-* handlers',
    clean.output.trim(),
  );

  const source = readFileSync(join(dir, '.src/misuse.tsx'), 'utf8');
  const { ok, marked, errors, why } = misuseErrors(source, misuse.output, 'misuse.tsx');
  check(
    misuse.code !== 0 && ok,
    `misuse.tsx fails tsc on its ${marked.length} marked lines (${errors.map((e) => e.code).join(', ')})`,
    why,
  );
  for (const e of errors) note(`  misuse.tsx:${e.line}: ${e.code} ${e.message}`);

  // The app, bundled the way a React project ships it.
  try {
    await bundle({ cwd: dir, entry: '.src/main.tsx', outfile: join(dir, 'build/main.js'), jsx: 'automatic' });
  } catch (error) {
    check(false, 'esbuild bundles .src/main.tsx (jsx automatic)', error.message.split('\n')[0]);
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
        article: 'article property',
        brokenArticle: 'a broken article',
        errorHandler: 'ongov-error',
        decision: 'decision property',
      },
    );
    check(
      (await sees(page.locator('#count'), 'Máy chủ báo 56 lượt xem')) &&
        (await sees(page.locator('gov-view-counter'), '56 lượt xem')),
      'ongov-view-count: the counter read 56 from 127.0.0.1, the handler got e.detail.count',
      await page.locator('#count').textContent(),
    );
    check(
      (await sees(page.locator('gov-weather'), 'Hà Nội')) &&
        (await sees(page.locator('gov-weather'), 'Đà Nẵng')),
      'report property: the weather box shows Hà Nội and Đà Nẵng',
    );
    check(!page.problems.length, 'no page errors, no request off 127.0.0.1', page.problems.join('; '));
  } finally {
    await page.context().close();
    await server.close();
  }
}
