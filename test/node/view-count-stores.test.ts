// The view-count stores against real servers: SQLite always (a file in a temporary folder), Redis
// and PostgreSQL when `npm test` started them (TEST_REDIS_URL, TEST_DATABASE_URL; scripts/services.mjs).
import { test, describe, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  forgetfulMemoryViewCountStore,
  memoryViewCountStore,
  type ViewCountStore,
} from '../../src/server/index.js';
import { sqliteViewCountStore } from '../../src/server/stores/sqlite.js';
import { redisViewCountStore } from '../../src/server/stores/redis.js';
import { postgresViewCountStore } from '../../src/server/stores/postgres.js';

const folder = mkdtempSync(join(tmpdir(), 'gov-stores-'));
after(() => rmSync(folder, { recursive: true, force: true }));
const unique = `t${process.pid}${Date.now()}`;

/** What every store must do, the same way. */
function storeContract(name: string, open: () => ViewCountStore, skip?: string) {
  describe(`${name} store`, { skip }, () => {
    test('counts, reads, lists the most read, starts from initial counts', async () => {
      const store = open();
      try {
        assert.equal(await store.get('chua-co'), 0);
        assert.equal(await store.increment('bai-a'), 1);
        assert.equal(await store.increment('bai-a'), 2);
        assert.equal(await store.increment('bai-b'), 1);
        assert.equal(await store.get('bai-a'), 2);
        // From `initial`: seeded at 55, so one view makes 56.
        assert.equal(await store.increment('seeded'), 56);
        const top = await store.top!(2);
        assert.deepEqual(top, [
          { articleId: 'seeded', count: 56 },
          { articleId: 'bai-a', count: 2 },
        ]);
        const many = await Promise.all(Array.from({ length: 200 }, () => store.increment('bai-c')));
        assert.equal(new Set(many).size, 200, 'each concurrent increment returns its own count');
        assert.equal(await store.get('bai-c'), 200);
      } finally {
        await store.close?.();
      }
    });
  });
}

storeContract('forgetful memory', () => forgetfulMemoryViewCountStore({ seeded: 55 }));
storeContract('SQLite', () =>
  sqliteViewCountStore({ file: join(folder, 'views.db'), initial: { seeded: 55 } }),
);
storeContract(
  'Redis',
  () =>
    redisViewCountStore({ url: process.env.TEST_REDIS_URL, prefix: `${unique}:`, initial: { seeded: 55 } }),
  process.env.TEST_REDIS_URL ? undefined : 'TEST_REDIS_URL not set (npm test starts Redis)',
);
storeContract(
  'PostgreSQL',
  () =>
    postgresViewCountStore({
      connectionString: process.env.TEST_DATABASE_URL,
      table: `views_${unique}`,
      initial: { seeded: 55 },
    }),
  process.env.TEST_DATABASE_URL ? undefined : 'TEST_DATABASE_URL not set (npm test starts PostgreSQL)',
);

describe('stores: limits and names', () => {
  test('the memory store keeps the old name, and a full one refuses new ids', () => {
    assert.equal(memoryViewCountStore, forgetfulMemoryViewCountStore);
    const store = forgetfulMemoryViewCountStore({}, { maxArticles: 2 });
    store.increment('a');
    store.increment('b');
    assert.throws(() => store.increment('c'), RangeError);
    assert.equal(store.increment('a'), 2);
  });
  test('SQLite: counts survive closing and reopening the file', async () => {
    const file = join(folder, 'reopen.db');
    const first = sqliteViewCountStore({ file });
    await first.increment('x');
    await first.increment('x');
    first.close();
    const second = sqliteViewCountStore({ file, initial: { x: 100 } });
    assert.equal(second.get('x'), 2, 'initial counts never overwrite stored ones');
    second.close();
  });
  test('bad table names are refused', () => {
    assert.throws(() => sqliteViewCountStore({ file: ':memory:', table: 'x; DROP TABLE y' }), TypeError);
    assert.throws(() => postgresViewCountStore({ table: 'x; DROP TABLE y' }), TypeError);
  });
});
