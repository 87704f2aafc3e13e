// `npm start` keeps its view counts in SQLite under DATA_DIR: a view answered before `kill -9`
// is there after a restart, on the handler and on the page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';

const root = new URL('../../', import.meta.url).pathname;
const ARTICLE = 'quang-trung-so-ket-giua-nhiem-ky-dai-hoi-dang-bo-phuong-lan-thu-xiv-nhiem-ky';
const BROWSER =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Safari/537.36';

/** Starts `npm start`'s server on a free port; resolves with its URL once it listens. */
async function startDemo(dataDir: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'demo/server.ts'], {
    cwd: root,
    env: { ...process.env, PORT: '0', DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  child.stdout!.setEncoding('utf8');
  for await (const chunk of child.stdout!) {
    output += chunk;
    const url = /portal: (http:\/\/[^/\s]+)\//.exec(output)?.[1];
    if (url && output.includes('view counts kept in')) return { child, url };
  }
  throw new Error(`the demo did not start: ${output}`);
}

test('counts survive kill -9 and a restart', { timeout: 120_000 }, async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'gov-demo-data-'));
  const first = await startDemo(dataDir);
  let count: number;
  try {
    const response = await fetch(`${first.url}/api/views`, {
      method: 'POST',
      body: JSON.stringify({ articleId: ARTICLE }),
      headers: { 'user-agent': BROWSER, 'content-type': 'text/plain' },
    });
    count = ((await response.json()) as { count: number }).count;
    assert.equal(count, 56, 'the content says 55; one view more');
  } finally {
    first.child.kill('SIGKILL');
    await once(first.child, 'exit');
  }
  const second = await startDemo(dataDir);
  try {
    const read = (await (await fetch(`${second.url}/api/views/${ARTICLE}`)).json()) as { count: number };
    assert.equal(read.count, count);
    const page = await (await fetch(`${second.url}/tin-tuc/${ARTICLE}`)).text();
    assert.match(page, new RegExp(`<gov-view-counter[^>]*count="${count}"`));
  } finally {
    second.child.kill();
  }
});
