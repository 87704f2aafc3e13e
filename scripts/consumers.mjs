// `npm run consumers`: small projects as portal teams write them (test/consumers/<name>), each
// copied to a scratch folder and installing the packed tarball, never the repository, then
// asserting what a person sees. Needs dist/ (npm run build). `npm run consumers -- react vue`
// runs some of them.
import { mkdtempSync, cpSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  root,
  packTarball,
  npmInstall,
  installedVersion,
  launchChromium,
  reporter,
} from '../test/consumers/support.mjs';

const ALL = ['react', 'vue', 'cdn', 'node'];
const names = process.argv.slice(2).length ? process.argv.slice(2) : ALL;
const unknown = names.filter((name) => !ALL.includes(name));
if (unknown.length) {
  console.error(`consumers: no consumer named ${unknown.join(', ')} (there are ${ALL.join(', ')})`);
  process.exit(1);
}

if (!existsSync(join(root, 'dist/cdn/gov-portal-elements.js'))) {
  console.error('consumers: dist/ is not built: run `npm run build` first');
  process.exit(1);
}

const started = Date.now();
const since = (time) => `${((Date.now() - time) / 1000).toFixed(0)} s`;
const scratch = mkdtempSync(join(tmpdir(), 'gov-consumers-'));
packTarball(scratch);
console.log(`consumers: packed the tarball into ${scratch}`);
const browser = await launchChromium();

/** One project: copied as it is in the repository (its package.json names ../gov-portal-elements.tgz). */
async function consume(name) {
  const projectStarted = Date.now();
  const report = reporter(name, { buffered: true });
  const dir = join(scratch, name);
  cpSync(join(root, 'test/consumers', name), dir, {
    recursive: true,
    filter: (src) => !src.endsWith('consumer.mjs'),
  });
  const consumer = await import(join(root, 'test/consumers', name, 'consumer.mjs'));
  try {
    await npmInstall(dir);
    const packages = ['gov-portal-elements', ...consumer.versions];
    const versions = await Promise.all(packages.map(async (p) => `${p} ${await installedVersion(dir, p)}`));
    report.note(`installed in ${since(projectStarted)}: ${versions.join(', ')}`);
    await consumer.check({ dir, browser, report });
  } catch (error) {
    report.check(false, 'ran to the end', error.stack?.split('\n').slice(0, 3).join(' '));
  }
  report.note(`${report.failures.length ? 'FAILED' : 'ok'} in ${since(projectStarted)}`);
  report.flush();
  return report.failures.length === 0;
}

// Side by side: the installs wait on the network, and a project is checked once it is installed.
let results;
try {
  results = await Promise.all(names.map(consume));
} finally {
  await browser.close();
}
const failed = names.filter((_name, i) => !results[i]);
if (failed.length) {
  console.log(
    `consumers: ${failed.join(', ')} failed (${since(started)}); the projects are kept in ${scratch}`,
  );
  process.exit(1);
}
// Thousands of files (tens of seconds on a busy disk): CI machines are thrown away instead.
if (!process.env.CI) rmSync(scratch, { recursive: true, force: true });
console.log(`consumers: ${names.join(', ')} ok (${since(started)})`);
