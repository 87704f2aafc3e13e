// Every demo page, in both languages, through the Nu HTML checker (vnu-jar, the W3C's validator,
// run on Debian's Java): the library's server output must validate, with zero errors.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startDemoServer, type DemoServer } from '../../demo/server.js';

const require = createRequire(import.meta.url);
const VNU = require.resolve('vnu-jar/build/dist/vnu.jar');
const SLUG = 'quang-trung-so-ket-giua-nhiem-ky-dai-hoi-dang-bo-phuong-lan-thu-xiv-nhiem-ky';

/** The pages a visitor can reach, and the two files a visitor can take away. */
const PAGES = {
  'home-vi': '/',
  'home-en': '/en/',
  'article-vi': `/tin-tuc/${SLUG}`,
  'article-en': `/en/news/${SLUG}`,
  'not-found-vi': '/tin-tuc/khong-co',
  'not-found-en': '/en/news/not-there',
  'saved-article': `/tin-tuc/${SLUG}?save=1`,
  embed: '/embed.html',
};

interface NuMessage {
  type: string;
  subType?: string;
  url: string;
  lastLine?: number;
  message: string;
  extract?: string;
}

let demo: DemoServer;
before(async () => {
  demo = await startDemoServer(0);
});
after(() => demo?.close());

test(
  'the Nu HTML checker finds no error on any demo page, in either language',
  { timeout: 120_000 },
  async () => {
    const java = spawnSync('java', ['-version'], { encoding: 'utf8' });
    assert.equal(
      java.status,
      0,
      'Java is needed for the Nu HTML checker: apt-get install default-jre-headless (npm test installs it as root)',
    );
    const folder = mkdtempSync(join(tmpdir(), 'gov-nu-'));
    const files: string[] = [];
    for (const [name, path] of Object.entries(PAGES)) {
      const response = await fetch(demo.url + path);
      assert.ok(response.status === 200 || response.status === 404, `${path}: HTTP ${response.status}`);
      const file = join(folder, `${name}.html`);
      writeFileSync(file, await response.text());
      files.push(file);
    }
    const run = spawnSync('java', ['-jar', VNU, '--errors-only', '--format', 'json', ...files], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    // vnu writes its JSON report to stderr and exits 1 when it found errors.
    const report = JSON.parse(run.stderr) as { messages: NuMessage[] };
    const errors = report.messages.filter(
      (message) => message.type === 'error' || message.subType === 'fatal',
    );
    const described = errors.map(
      (error) =>
        `${error.url.split('/').pop()}:${error.lastLine ?? '?'} ${error.message}` +
        (error.extract ? `  «${error.extract.replace(/\s+/g, ' ').slice(0, 120)}»` : ''),
    );
    assert.deepEqual(described, [], `${errors.length} Nu errors`);
  },
);
