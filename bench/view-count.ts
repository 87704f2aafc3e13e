/**
 * View-count benchmark: views per second through the counting handler over loopback HTTP, per
 * store (memory, SQLite in a temporary file, and Redis and PostgreSQL when scripts/services.mjs can
 * start them), beside the same Node server answering a constant 204 to the same POSTs: the ratio
 * is the handler's and the store's cost. Every POST comes from a distinct client (its own
 * `X-Forwarded-For`, trusted), so each is counted; the counts are checked to add up after each run.
 * Client and server share this process (one machine, loopback), as a portal's does not: compare the
 * ratios, not the absolute numbers, with other machines.
 *
 *   node --import tsx bench/view-count.ts
 */
import { createServer, request as httpRequest, Agent, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  createViewCountHandler,
  forgetfulMemoryViewCountStore,
  viewCountNodeListener,
  type ViewCountStore,
} from '../src/server/view-count.js';
import { toNodeListener } from '../src/server/node-http.js';
import { startRedis, startPostgres, type StartedService } from '../scripts/services.mjs';

export interface ViewCountBenchRow {
  server: string;
  viewsPerSecond: number;
  /** Views/s as a share of the constant-204 server's requests/s (1 = no cost). */
  ratio: number;
  requests: number;
  concurrency: number;
}

export interface ViewCountBenchResult {
  rows: ViewCountBenchRow[];
  /** A line for each store that could not be measured here. */
  skipped: string[];
}

const ARTICLES = 100;
const USER_AGENT =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36';

const listen = (server: Server) =>
  new Promise<string>((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve(`127.0.0.1:${(server.address() as AddressInfo).port}`)),
  );
const close = (server: Server) => new Promise<void>((resolve) => server.close(() => resolve()));

/** Distinct client addresses: 10.x.y.z from a running number, never repeated within a run. */
let nextClient = 0;
const clientAddress = () => {
  const n = ++nextClient;
  return `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`;
};

/** POSTs `total` views at `concurrency` over keep-alive connections; the seconds taken. */
async function hammer(host: string, total: number, concurrency: number): Promise<number> {
  const [hostname, port] = host.split(':') as [string, string];
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
  let sent = 0;
  const post = (i: number) =>
    new Promise<void>((resolve, reject) => {
      const body = JSON.stringify({ articleId: `article-${i % ARTICLES}` });
      const req = httpRequest(
        {
          agent,
          hostname,
          port,
          method: 'POST',
          path: '/api/views',
          headers: {
            'content-type': 'text/plain',
            'content-length': Buffer.byteLength(body),
            'user-agent': USER_AGENT,
            'x-forwarded-for': clientAddress(),
          },
        },
        (res) => {
          res.resume();
          res.on('end', () => {
            if (res.statusCode === 200 || res.statusCode === 204) resolve();
            else reject(new Error(`answered ${res.statusCode}`));
          });
        },
      );
      req.on('error', reject);
      req.end(body);
    });
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (sent < total) await post(sent++);
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  agent.destroy();
  return seconds;
}

/** The same Node server and Fetch adapter, reading the body and answering 204: no handler, no store. */
const constantServer = () =>
  createServer(
    toNodeListener(async (request) => {
      await request.text();
      return new Response(null, { status: 204 });
    }),
  );

const countingServer = (store: ViewCountStore) =>
  createServer(viewCountNodeListener(createViewCountHandler({ store, trustProxy: true })));

async function totalCount(store: ViewCountStore): Promise<number> {
  let sum = 0;
  for (let i = 0; i < ARTICLES; i++) sum += Number(await store.get(`article-${i}`));
  return sum;
}

const WARM_UP = 1000;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;

/** Requests/s of each of `rounds` timed runs against one server, after a warm-up. */
async function measure(
  server: Server,
  total: number,
  concurrency: number,
  rounds: number,
): Promise<number[]> {
  const host = await listen(server);
  try {
    await hammer(host, WARM_UP, concurrency);
    const rates: number[] = [];
    for (let r = 0; r < rounds; r++) rates.push(total / (await hammer(host, total, concurrency)));
    return rates;
  } finally {
    await close(server);
  }
}

interface StoreCase {
  name: string;
  open(): Promise<{ store: ViewCountStore; done(): Promise<void> } | { skipped: string }>;
}

const storeCases = (folder: string): StoreCase[] => [
  {
    name: 'memory (forgetful)',
    open: async () => ({ store: forgetfulMemoryViewCountStore(), done: async () => {} }),
  },
  {
    name: 'SQLite (temp file, WAL, synchronous=FULL)',
    open: async () => {
      const { sqliteViewCountStore } = await import('../src/server/stores/sqlite.js');
      const store = sqliteViewCountStore({ file: join(folder, 'views.db') });
      return { store, done: async () => store.close() };
    },
  },
  {
    name: 'Redis (local redis-server)',
    open: async () => {
      const service: StartedService = await startRedis();
      if (!service.url) return { skipped: `Redis: ${service.skipped}` };
      const { redisViewCountStore } = await import('../src/server/stores/redis.js');
      const store = redisViewCountStore({ url: service.url });
      return { store, done: async () => (await store.close(), await service.stop()) };
    },
  },
  {
    name: 'PostgreSQL (local, fsync=off)',
    open: async () => {
      const service: StartedService = await startPostgres();
      if (!service.url) return { skipped: `PostgreSQL: ${service.skipped}` };
      const { postgresViewCountStore } = await import('../src/server/stores/postgres.js');
      const store = postgresViewCountStore({ connectionString: service.url });
      return { store, done: async () => (await store.close?.(), await service.stop()) };
    },
  },
];

export async function runViewCountBench({ requests = 3000, concurrency = 50, rounds = 3 } = {}) {
  const rows: ViewCountBenchRow[] = [];
  const skipped: string[] = [];
  // The 204 server is measured before and after the stores (the median of both), so a machine
  // warming up or slowing down during the run does not tilt the ratios one way.
  const baselineRates = await measure(constantServer(), requests, concurrency, rounds);
  const measured: { name: string; rate: number }[] = [];
  const folder = mkdtempSync(join(tmpdir(), 'gov-bench-views-'));
  try {
    for (const c of storeCases(folder)) {
      let opened: Awaited<ReturnType<StoreCase['open']>>;
      try {
        opened = await c.open();
      } catch (error) {
        opened = { skipped: `${c.name}: ${(error as Error).message}` };
      }
      if ('skipped' in opened) {
        skipped.push(opened.skipped);
        continue;
      }
      try {
        const rates = await measure(countingServer(opened.store), requests, concurrency, rounds);
        // Every POST was a new client: the store must hold one view for each.
        const expected = WARM_UP + rounds * requests;
        const counted = await totalCount(opened.store);
        if (counted !== expected) throw new Error(`${c.name}: ${counted} views counted, ${expected} sent`);
        measured.push({ name: c.name, rate: median(rates) });
      } finally {
        await opened.done();
      }
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
  baselineRates.push(...(await measure(constantServer(), requests, concurrency, rounds)));
  const baseline = median(baselineRates);
  rows.push({
    server: 'constant 204 (no handler)',
    viewsPerSecond: baseline,
    ratio: 1,
    requests,
    concurrency,
  });
  for (const { name, rate } of measured) {
    rows.push({ server: name, viewsPerSecond: rate, ratio: rate / baseline, requests, concurrency });
  }
  return { rows, skipped } satisfies ViewCountBenchResult;
}

export function printViewCountBench(result: ViewCountBenchResult, line = (s = '') => console.log(s)) {
  line('| server | views/s | ratio to the 204 server |');
  line('|---|---:|---:|');
  for (const r of result.rows)
    line(`| ${r.server} | ${Math.round(r.viewsPerSecond)} | ${r.ratio.toFixed(2)}× |`);
  for (const s of result.skipped) line(`(not measured: ${s})`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const result = await runViewCountBench();
  printViewCountBench(result);
  console.log(JSON.stringify(result, null, 2));
}
