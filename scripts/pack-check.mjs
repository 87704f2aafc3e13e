// Packaging check: what `npm pack` ships, publint on it, and the packed package used for real
// from a scratch project (the way a portal team installs it), in two process time zones.
import { execFileSync, execSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const fail = (msg) => {
  console.error(`pack-check: ${msg}`);
  process.exit(1);
};

// 1. The file list.
const [info] = JSON.parse(execSync('npm pack --dry-run --json --ignore-scripts 2>/dev/null', { cwd: root, encoding: 'utf8' }));
const files = info.files.map((f) => f.path);
const must = ['package.json', 'README.md', 'LICENSE', 'custom-elements.json', 'dist/model/index.js', 'dist/model/index.d.ts', 'dist/format/index.js', 'dist/server/index.js'];
for (const f of must) if (!files.includes(f)) fail(`missing from the package: ${f}`);
const leaked = files.filter((f) => /^(test|stories|demo|bench|scripts|src|\.storybook|\.ci)\//.test(f) || f.endsWith('.tsbuildinfo'));
if (leaked.length) fail(`should not ship: ${leaked.slice(0, 10).join(', ')}`);
console.log(`pack-check: ${files.length} files, ${(info.unpackedSize / 1024).toFixed(0)} KB unpacked`);

// custom-elements.json documents every element (Storybook docs and IDEs read it).
const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
const tags = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement && d.tagName && d.summary);
for (const tag of ['gov-article-card', 'gov-view-counter', 'gov-award-list', 'gov-weather']) {
  const d = tags.find((t) => t.tagName === tag);
  if (!d || !d.attributes?.length || !d.cssParts?.length) fail(`custom-elements.json does not document ${tag} (tag, summary, attributes, parts)`);
}

// 2. publint: exports, types and files agree.
execFileSync(join(root, 'node_modules/.bin/publint'), ['--strict'], { cwd: root, stdio: 'inherit' });

// 3. Install the tarball in a scratch project and use it as a user would.
const scratch = mkdtempSync(join(tmpdir(), 'gov-pack-'));
const tarball = execSync(`npm pack --silent --ignore-scripts --pack-destination ${scratch}`, { cwd: root, encoding: 'utf8' }).trim().split('\n').pop();
writeFileSync(join(scratch, 'package.json'), JSON.stringify({ name: 'scratch', private: true, type: 'module' }));
execSync(`npm install --no-audit --no-fund --silent ./${tarball}`, { cwd: scratch, stdio: 'inherit' });
writeFileSync(join(scratch, 'seed.txt'), readFileSync(join(root, 'demo/content/portal-page.txt')));
writeFileSync(
  join(scratch, 'check.mjs'),
  `import { readFileSync } from 'node:fs';
import { parsePortalPage, toNewsArticleJsonLd } from 'gov-portal-elements/model';
import { formatPortalDate } from 'gov-portal-elements/format';
const page = parsePortalPage(readFileSync('seed.txt', 'utf8'));
const a = page.sections[0].articles[0];
const ld = toNewsArticleJsonLd(a, { publisher: { name: 'UBND phường Quang Trung' } });
const out = { places: page.places, section: page.sections[0].name, publishedAt: a.publishedAt, views: a.viewCount,
  author: a.authors[0]?.name, datePublished: ld.datePublished, date: formatPortalDate('2023-03-15T12:52:00Z') };
console.log(process.env.TZ, JSON.stringify(out));
const ok = out.places.join('|') === 'Hà Nội|Đà Nẵng|TP Hồ Chí Minh' && out.section === 'Hoạt động từ các đơn vị'
  && out.publishedAt === '2023-03-15T19:52:00+07:00' && out.views === 55 && out.author === 'HOÀNG PHƯƠNG'
  && out.datePublished === '2023-03-15T19:52:00+07:00' && out.date === '15/03/2023 | 19:52';
if (!ok) { console.error('the packed package gave wrong values'); process.exit(1); }
`,
);
for (const tz of ['UTC', 'America/New_York']) {
  execFileSync(process.execPath, ['check.mjs'], { cwd: scratch, stdio: 'inherit', env: { ...process.env, TZ: tz } });
}
console.log('pack-check: ok');
