// The counting service under load, against real servers: two handler processes sharing Redis and
// PostgreSQL add up exactly; SQLite keeps every answered view through kill -9; Redis going away
// gives 503s and counting resumes; a million unknown ids leave memory flat.
// Run with `npm test` (it starts Redis and PostgreSQL: TEST_REDIS_URL, TEST_DATABASE_URL).
//
// This file is also the handler process the tests start: with VIEW_COUNT_SERVE set it serves.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, request as httpRequest, Agent } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import {
  createViewCountHandler,
  forgetfulMemoryViewCountStore,
  viewCountNodeListener,
  type ViewCountStore,
} from '../../src/server/index.js';
import { sqliteViewCountStore } from '../../src/server/stores/sqlite.js';
import { redisViewCountStore } from '../../src/server/stores/redis.js';
import { postgresViewCountStore } from '../../src/server/stores/postgres.js';
import { startRedis } from '../../scripts/services.mjs';

const CHROME =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36';

function openStore(kind: string, where: string, name: string): ViewCountStore {
  // Generous timeouts: the test asks for exact totals, and a busy 2-core machine may be slow.
  if (kind === 'redis') return redisViewCountStore({ url: where, prefix: `${name}:`, timeoutMs: 10_000 });
  if (kind === 'postgres')
    return postgresViewCountStore({ connectionString: where, table: name, timeoutMs: 10_000 });
  return sqliteViewCountStore({ file: where });
}

if (process.env.VIEW_COUNT_SERVE) {
  // Handler process: `kind where name` in VIEW_COUNT_SERVE; prints "listening <port>".
  const [kind, where, name] = JSON.parse(process.env.VIEW_COUNT_SERVE) as [string, string, string];
  // Every client of the load test is another address behind the test's "proxy".
  const handler = createViewCountHandler({ store: openStore(kind, where, name), trustProxy: true });
  const server = createServer(viewCountNodeListener(handler));
  server.keepAliveTimeout = 60_000; // the client's pooled sockets are not closed under it
  server.listen(0, '127.0.0.1', () =>
    console.log(`listening ${(server.address() as { port: number }).port}`),
  );
} else {
  defineTests();
}

interface HandlerProcess {
  child: ChildProcess;
  url: string;
}

async function startHandlerProcess(kind: string, where: string, name: string): Promise<HandlerProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', new URL(import.meta.url).pathname], {
    env: { ...process.env, VIEW_COUNT_SERVE: JSON.stringify([kind, where, name]) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    let output = '';
    child.stdout!.on('data', (data) => {
      output += data;
      const match = /listening (\d+)/.exec(output);
      if (match) resolve(Number(match[1]));
    });
    child.once('exit', (code) => reject(new Error(`handler process exited (${code}) before listening`)));
  });
  return { child, url: `http://127.0.0.1:${port}` };
}

const agent = new Agent({ keepAlive: true, maxSockets: 256 });
after(() => agent.destroy());

/**
 * One POST of a view, tried again after a network error or 503 as a reader's browser would not —
 * safe here because the handler counts a client's view of an article once in the window.
 */
async function postView(
  url: string,
  articleId: string,
  client: string,
): Promise<{ status: number; count?: number }> {
  for (let attempt = 1; ; attempt++) {
    const view = await postViewOnce(url, articleId, client).catch((error: Error) => {
      if (attempt >= 5) throw error;
      return undefined;
    });
    if (view && (view.status !== 503 || attempt >= 5)) return view;
    await new Promise((resolve) => setTimeout(resolve, 50 * attempt));
  }
}

function postViewOnce(
  url: string,
  articleId: string,
  client: string,
): Promise<{ status: number; count?: number }> {
  return new Promise((resolve, reject) => {
    const body = JSON.stringify({ articleId });
    const req = httpRequest(
      `${url}/api/views`,
      {
        method: 'POST',
        agent,
        headers: { 'content-type': 'text/plain', 'user-agent': CHROME, 'x-forwarded-for': client },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk) => (text += chunk));
        res.on('end', () => {
          const count = res.statusCode === 200 ? (JSON.parse(text) as { count: number }).count : undefined;
          resolve({ status: res.statusCode!, count });
        });
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

async function readCount(url: string, articleId: string): Promise<number> {
  return ((await (await fetch(`${url}/api/views/${articleId}`)).json()) as { count: number }).count;
}

/** Runs `work(i)` for i in 0…total-1, `concurrency` at a time. */
async function inParallel(total: number, concurrency: number, work: (i: number) => Promise<void>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < total) await work(next++);
    }),
  );
}

/** A distinct client address for each i (10.x.y.z). */
const clientAddress = (i: number) => `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`;

function defineTests() {
  const folder = mkdtempSync(join(tmpdir(), 'gov-load-'));
  after(() => rmSync(folder, { recursive: true, force: true }));
  const unique = `load${process.pid}`;

  const shared = [
    ['Redis', 'redis', process.env.TEST_REDIS_URL],
    ['PostgreSQL', 'postgres', process.env.TEST_DATABASE_URL],
  ] as const;
  for (const [label, kind, where] of shared) {
    const skip = where ? undefined : `${kind === 'redis' ? 'TEST_REDIS_URL' : 'TEST_DATABASE_URL'} not set`;
    test(
      `${label}: 20,000 views from distinct clients at concurrency 200 over two processes → 20,000`,
      {
        skip,
        timeout: 240_000,
      },
      async () => {
        const servers = await Promise.all([
          startHandlerProcess(kind, where!, unique),
          startHandlerProcess(kind, where!, unique),
        ]);
        try {
          const articles = ['bai-1', 'bai-2', 'bai-3', 'bai-4'];
          const statuses = new Map<number, number>();
          const started = performance.now();
          await inParallel(20_000, 200, async (i) => {
            const { status } = await postView(servers[i % 2]!.url, articles[i % 4]!, clientAddress(i));
            statuses.set(status, (statuses.get(status) ?? 0) + 1);
          });
          const seconds = (performance.now() - started) / 1000;
          console.log(
            `# ${label}: 20,000 views in ${seconds.toFixed(1)} s (${Math.round(20_000 / seconds)} views/s)`,
          );
          assert.deepEqual([...statuses], [[200, 20_000]]);
          const counts = await Promise.all(articles.map((id) => readCount(servers[0]!.url, id)));
          assert.deepEqual(counts, [5000, 5000, 5000, 5000]);
          // The other process sees the same totals, and the most-read list agrees.
          assert.equal(await readCount(servers[1]!.url, 'bai-3'), 5000);
          const top = (await (await fetch(`${servers[1]!.url}/api/views?top=10`)).json()) as {
            count: number;
          }[];
          assert.deepEqual(
            top.map((entry) => entry.count),
            [5000, 5000, 5000, 5000],
          );
        } finally {
          for (const server of servers) server.child.kill();
        }
      },
    );
  }

  test(
    'SQLite: under load, kill -9, restart → every answered view is there',
    { timeout: 60_000 },
    async () => {
      const file = join(folder, 'killed.db');
      const first = await startHandlerProcess('sqlite', file, 'view_counts');
      const answered = new Map<string, number>(); // article → highest count answered
      // kill -9 once 300 views were answered, with 50 more in flight.
      let stop = false;
      let answeredViews = 0;
      const killed = new Promise<void>((resolve) => first.child.once('exit', () => resolve()));
      let i = 0;
      await inParallel(50, 50, async () => {
        while (!stop) {
          const articleId = `bai-${i % 7}`;
          const view = await postViewOnce(first.url, articleId, clientAddress(i++)).catch(() => undefined);
          if (view?.count === undefined) continue;
          answered.set(articleId, Math.max(answered.get(articleId) ?? 0, view.count));
          if (++answeredViews >= 300 && !stop) {
            stop = true;
            first.child.kill('SIGKILL');
          }
        }
      });
      await killed;
      const total = [...answered.values()].reduce((sum, n) => sum + n, 0);
      assert.ok(total >= 300, `only ${total} views answered before the kill`);
      const second = await startHandlerProcess('sqlite', file, 'view_counts');
      try {
        for (const [articleId, count] of answered) {
          const stored = await readCount(second.url, articleId);
          assert.ok(stored >= count, `${articleId}: ${count} answered, ${stored} after restart`);
        }
        console.log(`# SQLite: ${total} views answered before kill -9, all there after restart`);
        const again = await postView(second.url, 'bai-0', '192.0.2.1');
        assert.equal(again.count, await readCount(second.url, 'bai-0'));
      } finally {
        second.child.kill();
      }
    },
  );

  test(
    'Redis stopped mid-run: 503 with Retry-After, no crash, counting resumes',
    { timeout: 60_000 },
    async (t) => {
      const redis = await startRedis({ install: false });
      if (!redis.url || !redis.restart) return t.skip(redis.skipped);
      const store = redisViewCountStore({ url: redis.url, timeoutMs: 500 });
      const server = createServer(viewCountNodeListener(createViewCountHandler({ store, trustProxy: true })));
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      const url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
      try {
        for (let i = 0; i < 100; i++)
          assert.equal((await postViewOnce(url, 'bai', clientAddress(i))).status, 200);
        await redis.stop();
        const whileDown = await Promise.all(
          Array.from({ length: 50 }, (_, i) => postViewOnce(url, 'bai', clientAddress(1000 + i))),
        );
        assert.deepEqual(new Set(whileDown.map((view) => view.status)), new Set([503]));
        const read = await fetch(`${url}/api/views/bai`);
        assert.equal(read.status, 503);
        assert.ok(Number(read.headers.get('retry-after')) > 0);
        await redis.restart(); // empty: this Redis keeps nothing on disk
        let resumed = false;
        for (let attempt = 0; attempt < 100 && !resumed; attempt++) {
          resumed = (await postViewOnce(url, 'bai', clientAddress(2000 + attempt))).status === 200;
          if (!resumed) await new Promise((resolve) => setTimeout(resolve, 100));
        }
        assert.ok(resumed, 'counting resumed within 10 s of Redis returning');
        // A view refused with 503 was not remembered as counted: the same client counts now.
        assert.equal((await postViewOnce(url, 'bai', clientAddress(1000))).status, 200);
      } finally {
        server.close();
        await Promise.resolve(store.close()).catch(() => {});
        await redis.stop();
      }
    },
  );

  test(
    '1,000,000 distinct unknown ids from distinct clients: memory stays flat',
    { timeout: 600_000 },
    async () => {
      setFlagsFromString('--expose-gc');
      const gc = runInNewContext('gc') as () => void;
      const store = forgetfulMemoryViewCountStore();
      const known = new Set(['bai-1', 'bai-2']);
      const handle = createViewCountHandler({ store, exists: (id) => known.has(id), maxRemembered: 10_000 });
      // A minimal request with what the handler reads (url, method, headers, body): undici's
      // Request costs ~150 µs to build here, which would make a million views take minutes.
      const headers = new Headers({ 'user-agent': CHROME });
      const view = (i: number) =>
        handle(
          {
            url: `http://portal.test/api/views/unknown-${i}`,
            method: 'POST',
            headers,
            body: null,
          } as unknown as Request,
          { remoteAddress: clientAddress(i) },
        );
      const statuses = new Set<number>();
      const batch = async (from: number, to: number) => {
        for (let i = from; i < to; i += 1000) {
          const answers = await Promise.all(Array.from({ length: 1000 }, (_, j) => view(i + j)));
          for (const answer of answers) statuses.add(answer.status);
        }
      };
      // The bound (10,000 clients here) is passed twenty times over before the measurement starts.
      await batch(0, 200_000);
      gc();
      const before = process.memoryUsage().heapUsed;
      const started = performance.now();
      await batch(200_000, 1_000_000);
      gc();
      const grown = process.memoryUsage().heapUsed - before;
      const seconds = (performance.now() - started) / 1000;
      console.log(
        `# 800,000 more unknown ids in ${seconds.toFixed(1)} s: heap ${(grown / 1024 / 1024).toFixed(1)} MB`,
      );
      assert.deepEqual([...statuses], [404]);
      assert.equal(store.counts.size, 0);
      assert.ok(grown < 8 * 1024 * 1024, `heap grew by ${(grown / 1024 / 1024).toFixed(1)} MB`);
    },
  );
}
