// `npm start` on a busy port says so in one line and how to pick another (no stack trace).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { once } from 'node:events';
import { spawnSync } from 'node:child_process';

test('a busy port: one line naming PORT, exit code 1', async () => {
  const blocker = createServer();
  blocker.listen(0, '127.0.0.1');
  await once(blocker, 'listening');
  const port = (blocker.address() as { port: number }).port;
  try {
    const root = new URL('../../', import.meta.url).pathname;
    const run = spawnSync(process.execPath, ['scripts/start.mjs'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, PORT: String(port) },
      timeout: 60_000,
    });
    assert.equal(run.status, 1);
    assert.equal(
      run.stderr.trim(),
      `Port ${port} is already in use: start the demo on another one, e.g. PORT=${port + 1} npm start`,
    );
  } finally {
    blocker.close();
  }
});
