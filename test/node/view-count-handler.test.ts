import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { createViewCountHandler, memoryViewCountStore } from '../../src/server/index.js';

const base = 'http://portal.test/api/views';

describe('view-count handler', () => {
  const setup = () => {
    const store = memoryViewCountStore({ 'quang-trung-so-ket': 55 });
    return { store, handle: createViewCountHandler({ store }) };
  };
  test('GET reads the count', async () => {
    const { handle } = setup();
    const res = await handle(new Request(`${base}/quang-trung-so-ket`));
    assert.equal(res.status, 200);
    assert.deepEqual(await res.json(), { articleId: 'quang-trung-so-ket', count: 55 });
    assert.equal(res.headers.get('cache-control'), 'no-store');
  });
  test('POST counts one view, body as a beacon sends it (text/plain)', async () => {
    const { handle, store } = setup();
    const res = await handle(new Request(base, { method: 'POST', body: JSON.stringify({ articleId: 'quang-trung-so-ket' }), headers: { 'content-type': 'text/plain;charset=UTF-8' } }));
    assert.equal(res.status, 200);
    assert.deepEqual(await res.json(), { articleId: 'quang-trung-so-ket', count: 56 });
    assert.equal(store.counts.get('quang-trung-so-ket'), 56);
  });
  test('POST with the id in the path', async () => {
    const { handle } = setup();
    const res = await handle(new Request(`${base}/new-article`, { method: 'POST' }));
    assert.deepEqual(await res.json(), { articleId: 'new-article', count: 1 });
  });
  test('invalid ids and bodies get 400, never a crash', async () => {
    const { handle, store } = setup();
    const cases: [string, RequestInit?][] = [
      [`${base}/${encodeURIComponent('../etc/passwd')}`],
      [`${base}/%E0%A4%A`],
      [`${base}/${'x'.repeat(200)}`],
      [base, { method: 'POST', body: 'not json' }],
      [base, { method: 'POST', body: '{"articleId": 5}' }],
      [base, { method: 'POST', body: '{"articleId": "<script>"}' }],
      [base, { method: 'POST', body: 'null' }],
      [`${base}/a`, { method: 'POST', body: '{"articleId": "b"}' }],
      [base],
    ];
    for (const [url, init] of cases) {
      const res = await handle(new Request(url, init));
      assert.equal(res.status, 400, `${url} ${init?.body ?? ''}`);
      assert.ok(typeof (await res.json()).error === 'string');
    }
    assert.equal(store.counts.size, 1);
  });
  test('other methods 405, oversize body 413, unknown article 404 when exists() is given', async () => {
    const { handle } = setup();
    assert.equal((await handle(new Request(`${base}/a`, { method: 'DELETE' }))).status, 405);
    assert.equal((await handle(new Request(base, { method: 'POST', body: 'x'.repeat(5000) }))).status, 413);
    const strict = createViewCountHandler({ store: memoryViewCountStore(), exists: (id) => id === 'known' });
    assert.equal((await strict(new Request(`${base}/unknown`))).status, 404);
    assert.equal((await strict(new Request(`${base}/known`))).status, 200);
  });
});
