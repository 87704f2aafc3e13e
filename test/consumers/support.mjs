// What scripts/pack-check.mjs and scripts/consumers.mjs share: packing and installing the
// tarball in scratch projects, a static server on 127.0.0.1, Chromium with the network closed,
// esbuild bundles resolved from a scratch project, and one line per assertion.
import { spawn, execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { renameSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { chromiumArgs } from '../../scripts/chromium.mjs';

export const root = new URL('../../', import.meta.url).pathname;
/** Tools of the repository used on the scratch projects (they are not what is under test). */
export const repoBin = (name) => join(root, 'node_modules/.bin', name);

/** Runs a command; resolves to { code, output } (stdout and stderr together), never rejects. */
export function run(command, args, { cwd, env } = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      cwd,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', (error) => resolve({ code: -1, output: `${output}${error.message}` }));
    child.on('close', (code) => resolve({ code, output }));
  });
}

/**
 * `npm pack` of the repository as it is (dist/ must be built) into `dir`, as
 * gov-portal-elements.tgz. Returns npm's description of it (files, sizes).
 */
export function packTarball(dir) {
  const out = execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', dir], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  const [info] = JSON.parse(out);
  renameSync(join(dir, info.filename), join(dir, 'gov-portal-elements.tgz'));
  return info;
}

/** Calls `fn` on every item, at most `limit` at a time; results in the items' order. */
export async function inParallel(items, limit, fn) {
  const results = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await fn(items[index], index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** `npm install` in a scratch project, from the registry (cache first) and the tarball. */
export async function npmInstall(dir, packages = []) {
  const args = ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error', ...packages];
  const result = await run('npm', args, { cwd: dir });
  if (result.code !== 0) throw new Error(`npm install in ${dir} failed:\n${result.output}`);
}

/** The version of `name` installed in a scratch project. */
export async function installedVersion(dir, name) {
  const json = JSON.parse(await readFile(join(dir, 'node_modules', name, 'package.json'), 'utf8'));
  return json.version;
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/** Serves `dir` on 127.0.0.1 (a free port). Resolves to { origin, close }. */
export async function serveStatic(dir) {
  const server = createServer(async (request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname)).replace(
      /^(\.\.[/\\])+/,
      '',
    );
    const file = join(dir, path.endsWith('/') ? `${path}index.html` : path);
    try {
      if (!(await stat(file)).isFile()) throw new Error('not a file');
      response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      response.end(await readFile(file));
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    close: () => new Promise((r) => server.close(r)),
  };
}

export function launchChromium() {
  return chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: chromiumArgs,
  });
}

/**
 * A page that may only reach 127.0.0.1 (and what `fake` answers, e.g. a recorded Open-Meteo
 * response). Blocked requests, page errors and console errors are collected in `page.problems`.
 */
export async function openPage(browser, { fake = {}, javaScriptEnabled = true } = {}) {
  const context = await browser.newContext({
    javaScriptEnabled,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
  });
  const page = await context.newPage();
  page.problems = [];
  await page.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === '127.0.0.1') return route.continue();
    const answer = fake[url.origin + url.pathname];
    if (answer) return route.fulfill({ status: 200, contentType: 'application/json', body: answer });
    page.problems.push(`tried to reach ${url.origin}${url.pathname}`);
    return route.abort();
  });
  page.on('pageerror', (error) => page.problems.push(`page error: ${error.message.split('\n')[0]}`));
  page.on('console', (message) => {
    if (message.type() === 'error') page.problems.push(`console error: ${message.text().split('\n')[0]}`);
  });
  return page;
}

/**
 * Waits until `text` is visible inside `scope` (a locator or the page; shadow roots included).
 * A locator may hold the text itself: "1.234 lượt xem" is split over two nodes of a shadow root,
 * so only the host's text has it whole.
 */
export async function sees(scope, text, timeout = 15000) {
  const inside = scope.getByText(text);
  const found = scope.filter ? inside.or(scope.filter({ hasText: text })) : inside;
  try {
    await found.first().waitFor({ state: 'visible', timeout });
    return true;
  } catch {
    return false;
  }
}

/**
 * Bundles for the browser with esbuild, resolving packages from `cwd` (a scratch project), so
 * what runs is what that project installed. `entry` is a file, or `contents` a module's source.
 */
export async function bundle({ cwd, entry, contents, outfile, jsx, define = {}, plugins = [] }) {
  await build({
    ...(entry
      ? { entryPoints: [entry] }
      : { stdin: { contents, resolveDir: cwd, loader: 'js', sourcefile: 'entry.js' } }),
    absWorkingDir: cwd,
    outfile,
    bundle: true,
    format: 'esm',
    target: 'es2022',
    platform: 'browser',
    jsx,
    define: { 'process.env.NODE_ENV': '"production"', ...define },
    plugins,
    logLevel: 'silent',
  });
}

/**
 * Prints "name: ✓ what" or "name: ✗ what — why" and remembers failures. With `buffered`, lines
 * wait for flush(), so projects checked side by side print one block each.
 */
export function reporter(name, { buffered = false } = {}) {
  const failures = [];
  const lines = [];
  const print = (line) => (buffered ? lines.push(line) : console.log(line));
  return {
    failures,
    check(ok, what, why = '') {
      if (!ok) failures.push(what);
      print(ok ? `${name}: ✓ ${what}` : `${name}: ✗ ${what}${why ? ` — ${why}` : ''}`);
      return ok;
    },
    note(what) {
      print(`${name}: ${what}`);
    },
    flush() {
      if (lines.length) console.log(lines.splice(0).join('\n'));
    },
  };
}

/**
 * Reads a type-checker's output for a file of deliberate mistakes: every line marked
 * `expect-error: why` must have an error, and no error may be elsewhere (else it fails for another
 * reason than the types biting). Returns { ok, marked, errors, why }.
 */
export function misuseErrors(source, output, fileName) {
  const marked = source.split('\n').flatMap((line, i) => (/expect-error:/.test(line) ? [i + 1] : []));
  const all = [...output.matchAll(/^(\S+?)\((\d+),\d+\): error (TS\d+): (.*)$/gm)].map(
    ([, file, line, code, message]) => ({
      file,
      line: Number(line),
      code,
      message,
    }),
  );
  const errors = all.filter((e) => e.file.endsWith(fileName) && marked.includes(e.line));
  const missed = marked.filter((line) => !errors.some((e) => e.line === line));
  const stray = all.filter((e) => !errors.includes(e)).map((e) => `${e.file}:${e.line} ${e.message}`);
  const why = `lines without an error: ${missed.join(', ') || '-'}; other errors: ${stray.join(' | ') || '-'}`;
  return { ok: marked.length > 0 && !missed.length && !stray.length, marked, errors, why };
}

/** Visible text of server-rendered HTML: no comments, styles, scripts or tags; spaces collapsed. */
export function textOf(htmlText) {
  return htmlText
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(style|script)\b[\s\S]*?<\/\1>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The declarative shadow root each `<tag>` got on the server: the HTML inside its first
 * `<template shadowrootmode="open">` (elements here do not nest templates in their shadow roots).
 */
export function shadowRootsOf(htmlText, tag) {
  const pattern = new RegExp(
    `<${tag}\\b[^>]*>\\s*<template [^>]*shadowrootmode="open"[^>]*>([\\s\\S]*?)</template>`,
    'g',
  );
  return [...htmlText.matchAll(pattern)].map((match) => match[1]);
}

/**
 * What the React and the Vue app both show, checked the same way: the compact card from
 * attributes, the featured card from an article object, a broken article's fallback with the
 * `gov-error` handler's issues on the page (#issues), and the award list's recipients. `names`
 * says how each framework binds them (`article property` / `:article`…), for the report's lines.
 */
export async function checkSharedContent(page, { check, note }, names) {
  const card = (headline) => page.locator('gov-article-card').filter({ hasText: headline });
  check(
    await sees(card('Phường Quang Trung ra quân làm sạch đường phố'), '120 lượt xem'),
    'attributes: the compact card shows its headline and "120 lượt xem"',
  );
  const featured = card('Quang Trung sơ kết giữa nhiệm kỳ Đại hội Đảng bộ phường');
  check(
    (await sees(featured, '55 lượt xem')) && (await sees(featured, '15/03/2023 | 19:52')),
    `${names.article} — the featured card shows the headline, "15/03/2023 | 19:52" and "55 lượt xem"`,
  );
  const fallback = await sees(page.locator('gov-article-card'), 'Bài viết không có tiêu đề');
  const handled = await sees(page.locator('#issues'), /Bài lỗi: .*headline/);
  const issues = await page.locator('#issues').textContent();
  check(
    fallback && handled,
    `${names.brokenArticle}: the card shows "Bài viết không có tiêu đề", and ${names.errorHandler} put its issues on the page`,
    issues,
  );
  note(`  the page says: ${issues}`);
  const awards = page.locator('gov-award-list');
  check(
    (await sees(awards, 'Nguyễn Văn An')) && (await sees(awards, 'Chi bộ Tổ dân phố 1')),
    `${names.decision} — the award list shows its recipients`,
  );
}
