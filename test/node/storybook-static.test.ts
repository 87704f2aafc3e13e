// The static Storybook as a reviewer meets it: the `storybook build` output served under a
// sub-path (/some/sub/path/) by a plain static server, opened in Chromium. Every asset loads from
// under that path; docs pages speak the toolbar's language (Vietnamese by default, English once
// chosen); attributes are listed as attributes, with controls; the Model page lists every field of
// src/model/types.ts; the "Use it in…" page names only entries and attributes that exist.
//
// Uses storybook-static/ when it is newer than everything it is built from, else builds into a
// temporary folder first (about a minute).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { once } from 'node:events';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Frame, type Page } from 'playwright-core';
import { chromiumArgs, findChromium } from '../../scripts/chromium.mjs';
import { readModelTypes } from '../../.storybook/model-types.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const PREFIX = '/some/sub/path/';
/** What the static build is made from (stories also import test/fixtures). */
const BUILD_INPUTS = [
  '.storybook',
  'stories',
  'src',
  'test/fixtures',
  'custom-elements.json',
  'package.json',
];

const newestChange = (path: string): number => {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  const entries = readdirSync(path, { recursive: true }).map(
    (entry) => statSync(join(path, String(entry))).mtimeMs,
  );
  return Math.max(stat.mtimeMs, ...entries);
};

/** storybook-static/ when it is newer than its inputs; else a fresh build in a temporary folder. */
function storybookBuild(): { dir: string; temporary: boolean } {
  const existing = join(ROOT, 'storybook-static');
  const built = existsSync(join(existing, 'index.json')) ? statSync(join(existing, 'index.json')).mtimeMs : 0;
  const inputs = BUILD_INPUTS.map((input) => join(ROOT, input)).filter((input) => existsSync(input));
  if (built > Math.max(...inputs.map(newestChange))) return { dir: existing, temporary: false };
  const dir = mkdtempSync(join(tmpdir(), 'gov-storybook-'));
  // What `npm run build-storybook` does, into `dir`; its output is shown only when it fails.
  const run = (name: string, args: string[]) => {
    try {
      execFileSync(join(ROOT, 'node_modules/.bin', name), args, {
        cwd: ROOT,
        env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1' },
        stdio: 'pipe',
      });
    } catch (error) {
      const { stdout, stderr } = error as { stdout?: Buffer; stderr?: Buffer };
      throw new Error(`${name} ${args.join(' ')} failed:\n${stdout ?? ''}${stderr ?? ''}`, { cause: error });
    }
  };
  run('custom-elements-manifest', ['analyze', '--config', 'custom-elements-manifest.config.mjs', '--quiet']);
  run('storybook', ['build', '-o', dir, '--quiet']);
  return { dir, temporary: true };
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

let build: { dir: string; temporary: boolean };
let server: Server;
let browser: Browser;
let base: string;
/** Paths asked for outside PREFIX: an asset referenced from the site's root. */
const outside: string[] = [];

before(
  async () => {
    build = storybookBuild();
    server = createServer(async (req, res) => {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
      // The browser asks for /favicon.ico by itself for a page that names no icon (iframe.html).
      if (!path.startsWith(PREFIX)) {
        if (path !== '/favicon.ico') outside.push(path);
        return void res.writeHead(404).end();
      }
      const file = normalize(join(build.dir, path.slice(PREFIX.length) || 'index.html'));
      if (!file.startsWith(build.dir + sep)) return void res.writeHead(403).end();
      try {
        const body = await readFile(file);
        res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
      } catch {
        res.writeHead(404).end();
      }
    });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    base = `http://127.0.0.1:${(server.address() as { port: number }).port}${PREFIX}`;
    browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
  },
  { timeout: 300_000 },
);

after(async () => {
  await browser?.close();
  server?.close();
  if (build?.temporary) rmSync(build.dir, { recursive: true, force: true });
});

/** A page, and what went wrong on it: failed responses, page errors, requests outside PREFIX. */
async function open(): Promise<{ page: Page; problems: () => string[] }> {
  const page = await browser.newPage();
  const failures: string[] = [];
  outside.length = 0;
  page.on('response', (response) => {
    if (response.status() >= 400 && !response.url().endsWith('/favicon.ico')) {
      failures.push(`${response.status()} ${response.url()}`);
    }
  });
  page.on('pageerror', (error) => failures.push(`page error: ${error.message}`));
  return {
    page,
    problems: () => [...failures, ...outside.map((path) => `asked outside ${PREFIX}: ${path}`)],
  };
}

/** The rendered text of each element with this tag in the frame, through its shadow root. */
function shadowTexts(frame: Frame | Page, tag: string): Promise<string[]> {
  return frame.$$eval(tag, (elements) =>
    elements.map((element) => (element.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim()),
  );
}

/** The docs page of a story or component, in the preview iframe alone (`globals` as in a URL). */
async function docs(page: Page, id: string, globals = ''): Promise<void> {
  const query = `viewMode=docs&id=${id}${globals ? `&globals=${globals}` : ''}`;
  await page.goto(`${base}iframe.html?${query}`);
  await page.locator('.sbdocs-content').first().waitFor({ timeout: 60_000 });
}

test('served under a sub-path, the manager and a docs page load with every asset from under it', async () => {
  const { page, problems } = await open();
  await page.goto(`${base}?path=/docs/elements-gov-view-counter--docs`);
  const preview = page.frameLocator('#storybook-preview-iframe');
  await preview.locator('gov-view-counter').first().waitFor({ timeout: 60_000 });
  assert.deepEqual(problems(), []);
  await page.close();
});

test('docs previews follow the language toolbar: Vietnamese by default, English once chosen', async () => {
  const { page, problems } = await open();
  await page.goto(`${base}?path=/docs/elements-gov-view-counter--docs`);
  const frame = page.frameLocator('#storybook-preview-iframe');
  const first = frame.locator('#anchor--primary--elements-gov-view-counter--default gov-view-counter');
  await first.waitFor({ timeout: 60_000 });
  const text = () => first.evaluate((el) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim());
  await waitUntil(async () => (await text()) === '55 lượt xem', 'the default story reads "55 lượt xem"');
  await page.getByRole('button', { name: /^Language of the elements/ }).click();
  await page.getByRole('option', { name: 'English' }).click();
  await waitUntil(async () => (await text()) === '55 views', 'after choosing English it reads "55 views"');
  assert.deepEqual(problems(), []);
  await page.close();
});

const DOCS_WORDS = {
  'elements-gov-article-card--docs': { tag: 'gov-article-card', vi: 'Ngày đăng', en: 'Published' },
  'elements-gov-view-counter--docs': { tag: 'gov-view-counter', vi: 'lượt xem', en: 'views' },
  'elements-gov-award-list--docs': { tag: 'gov-award-list', vi: 'Tải CSV', en: 'Download CSV' },
  'elements-gov-weather--docs': { tag: 'gov-weather', vi: 'Thời tiết các vùng', en: 'Weather by region' },
};

for (const [id, words] of Object.entries(DOCS_WORDS)) {
  test(`${id}: the page's first preview is in Vietnamese by default, in English with locale:en`, async () => {
    const { page, problems } = await open();
    for (const [globals, expected] of [
      ['', words.vi],
      ['locale:en', words.en],
    ] as const) {
      await docs(page, id, globals);
      const first = page.locator(`.docs-story ${words.tag}`).first();
      await first.waitFor({ timeout: 60_000 });
      const lang = await first.evaluate((el) => el.closest('[lang]')?.getAttribute('lang'));
      assert.equal(lang, globals ? 'en' : 'vi', 'the closest [lang] above the element');
      await waitUntil(
        async () => (await shadowTexts(page, words.tag))[0]!.includes(expected),
        `"${expected}" shown`,
      );
    }
    assert.deepEqual(problems(), []);
    await page.close();
  });
}

test('gov-article-card docs: headline, summary, section, views are attributes with controls, and parts', async () => {
  const { page, problems } = await open();
  await docs(page, 'elements-gov-article-card--docs');
  await page.locator('.docblock-argstable').first().waitFor({ timeout: 60_000 });
  // Rows of the first args table, each with the category heading it sits under.
  const rows = await page
    .locator('.docblock-argstable')
    .first()
    .evaluate((table) => {
      const found: { category: string; name: string; control: string }[] = [];
      let category = '';
      for (const tr of table.querySelectorAll('tbody tr')) {
        const cells = tr.querySelectorAll(':scope > td, :scope > th');
        if (cells.length < 4) {
          // A category's heading row, titled "Hide attributes items" (or "Show … items" when folded).
          category = (tr.getAttribute('title') ?? '').replace(/^(Hide|Show) | items$/g, '');
          continue;
        }
        const control = cells[3]!.querySelector('textarea, select, input');
        const type = control?.getAttribute('type');
        const kind = control ? `${control.localName}${type ? `:${type}` : ''}` : '';
        found.push({ category, name: (cells[0]!.textContent ?? '').trim(), control: kind });
      }
      return found;
    });
  const row = (category: string, name: string) =>
    rows.find((r) => r.category === category && r.name === name);
  for (const name of ['headline', 'summary', 'section']) {
    assert.equal(row('attributes', name)?.control, 'textarea', `attribute ${name} has a text control`);
    assert.ok(row('css shadow parts', name), `part ${name} still listed`);
  }
  assert.equal(row('attributes', 'views')?.control, 'input:number');
  assert.ok(row('css shadow parts', 'views'));
  assert.equal(row('attributes', 'variant')?.control, 'select');
  assert.ok(row('attributes', 'relative')?.control.startsWith('input'), 'relative has a boolean control');
  assert.deepEqual(
    rows.filter((r) => /^[#_]/.test(r.name)),
    [],
    'no private members',
  );
  assert.equal(row('properties', 'imageSrc'), undefined, 'image-src is listed once, as an attribute');
  assert.deepEqual(problems(), []);
  await page.close();
});

test('the Model page lists every field of src/model/types.ts: type, required or optional, example', async () => {
  const { page, problems } = await open();
  await docs(page, 'guides-model--docs');
  await page.locator('h3[id^="type-"]').first().waitFor({ timeout: 60_000 });
  const tables = await page.evaluate(() => {
    const out: Record<string, string[][]> = {};
    for (const heading of document.querySelectorAll('h3[id^="type-"]')) {
      const name = heading.textContent!.replace(/<.*$/, '');
      let next = heading.nextElementSibling;
      while (next && next.localName !== 'table' && next.localName !== 'h3') next = next.nextElementSibling;
      const body = next?.localName === 'table' ? next.querySelectorAll('tbody tr') : [];
      out[name] = Array.from(body, (tr) => Array.from(tr.children, (td) => (td.textContent ?? '').trim()));
    }
    return out;
  });
  const types = readModelTypes(join(ROOT, 'src/model/types.ts'));
  for (const type of types) {
    assert.ok(tables[type.name], `${type.name} has a section`);
    if (!type.fields.length) continue;
    const rows = tables[type.name]!;
    const names = type.fields.map((f) => f.name);
    assert.deepEqual(
      rows.map((r) => r[0]),
      names,
      `${type.name}: one row per field, in order`,
    );
    for (const [i, field] of type.fields.entries()) {
      const [, shownType, required, example] = rows[i]!;
      assert.ok(shownType!.startsWith(field.type), `${type.name}.${field.name}: type ${field.type}`);
      assert.equal(required, field.optional ? 'optional' : 'required', `${type.name}.${field.name}`);
      assert.ok(example, `${type.name}.${field.name} has an example`);
    }
  }
  assert.deepEqual(problems(), []);
  await page.close();
});

test('"Use it in…" names only exported entries, and attributes, properties and events that exist', async () => {
  const mdx = readFileSync(join(ROOT, 'stories/use-it.mdx'), 'utf8');
  const exportsMap = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).exports as Record<
    string,
    unknown
  >;
  const specifiers = [...mdx.matchAll(/['"`](gov-portal-elements\/[^'"`<\s]+)['"`]/g)].map((m) => m[1]!);
  assert.ok(specifiers.length > 5);
  for (const specifier of specifiers) {
    assert.ok(
      `./${specifier.slice('gov-portal-elements/'.length)}` in exportsMap,
      `${specifier} is exported`,
    );
  }
  const manifest = JSON.parse(readFileSync(join(ROOT, 'custom-elements.json'), 'utf8')) as Manifest;
  const known = knownNames(manifest);
  const code = [...mdx.matchAll(/```\w*\n([\s\S]*?)```/g)].map((m) => m[1]!).join('\n');
  const used = usedNames(code);
  assert.ok(used.length > 15);
  for (const { tag, name } of used) assert.ok(known.get(tag)?.has(name), `<${tag} ${name}> exists`);

  const { page, problems } = await open();
  await docs(page, encodeURIComponent('guides-use-it-in…--docs'));
  const headings = await page.locator('.sbdocs-content h2').allTextContents();
  // MDX here has no GitHub tables: one written anyway would show as pipes.
  assert.doesNotMatch(await page.locator('.sbdocs-content').innerText(), /\|\s*-{3}/);
  for (const heading of [
    'Plain HTML',
    'React 19',
    'Vue 3',
    'Angular',
    'Server rendering',
    'Content Security Policy',
  ]) {
    assert.ok(
      headings.some((h) => h.startsWith(heading)),
      `section ${heading}`,
    );
  }
  assert.deepEqual(problems(), []);
  await page.close();
});

interface Manifest {
  modules: {
    declarations?: {
      tagName?: string;
      attributes?: { name: string }[];
      members?: { name: string }[];
      events?: { name: string }[];
    }[];
  }[];
}

/** For each tag: its attributes, properties, and events (as `event:name`). */
function knownNames(manifest: Manifest): Map<string, Set<string>> {
  const known = new Map<string, Set<string>>();
  for (const declaration of manifest.modules.flatMap((module) => module.declarations ?? [])) {
    if (!declaration.tagName) continue;
    known.set(
      declaration.tagName,
      new Set([
        ...(declaration.attributes ?? []).map((a) => a.name),
        ...(declaration.members ?? []).map((m) => m.name),
        ...(declaration.events ?? []).map((e) => `event:${e.name}`),
      ]),
    );
  }
  return known;
}

/**
 * Each attribute, property and event a snippet gives a gov- tag, in the syntax of HTML, JSX
 * (`ongov-error`), Vue (`:prop`, `.prop`, `@event`), Angular (`[prop]`, `(event)`) and Lit (`.prop`).
 */
function usedNames(code: string): { tag: string; name: string }[] {
  const used: { tag: string; name: string }[] = [];
  for (const match of code.matchAll(/<(gov-[a-z-]+)/g)) {
    // The tag runs to the first `>` outside quotes and braces (JSX values hold `=>`).
    let i = match.index + match[0].length;
    let depth = 0;
    let quote = '';
    let text = '';
    for (; i < code.length; i++) {
      const char = code[i]!;
      if (quote) quote = char === quote ? '' : quote;
      else if (char === '"' || char === "'") quote = char;
      else if (char === '{') depth++;
      else if (char === '}') depth--;
      else if (char === '>' && depth === 0) break;
      text += quote || depth || char === '"' || char === "'" || char === '}' ? ' ' : char;
    }
    for (const [raw] of text.matchAll(/[^\s=/]+/g)) {
      const event = /^(?:@|on(?=gov-))(.+)$/.exec(raw)?.[1] ?? /^\((.+)\)$/.exec(raw)?.[1];
      const name = event ? `event:${event}` : raw.replace(/^[:.]|^\[|\]$/g, '');
      if (name.startsWith('$')) continue; // a Lit binding's value, e.g. ${article}
      used.push({ tag: match[1]!, name });
    }
  }
  return used;
}

async function waitUntil(check: () => Promise<boolean>, what: string, timeout = 30_000): Promise<void> {
  const end = Date.now() + timeout;
  while (Date.now() < end) {
    if (await check().catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  assert.fail(`timed out waiting until ${what}`);
}
