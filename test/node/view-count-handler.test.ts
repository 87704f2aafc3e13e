import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import {
  createViewCountHandler,
  forgetfulMemoryViewCountStore,
  memoryViewCountStore,
} from '../../src/server/index.js';

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
    const res = await handle(
      new Request(base, {
        method: 'POST',
        body: JSON.stringify({ articleId: 'quang-trung-so-ket' }),
        headers: { 'content-type': 'text/plain;charset=UTF-8' },
      }),
    );
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

describe('view-count handler: what is counted once, and by whom', () => {
  const CHROME =
    'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36';
  const FIREFOX = 'Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0';
  const view = (id: string, headers: Record<string, string> = {}) =>
    new Request(base, {
      method: 'POST',
      body: JSON.stringify({ articleId: id }),
      headers: { 'user-agent': CHROME, ...headers },
    });
  const reader = (remoteAddress: string) => ({ remoteAddress });

  test('one client, one article, one window: counted once; the duplicate answers the count unchanged', async () => {
    let clock = 1_000_000;
    const store = forgetfulMemoryViewCountStore();
    const handle = createViewCountHandler({ store, now: () => clock });
    assert.deepEqual(await (await handle(view('a'), reader('10.0.0.1'))).json(), {
      articleId: 'a',
      count: 1,
    });
    assert.deepEqual(await (await handle(view('a'), reader('10.0.0.1'))).json(), {
      articleId: 'a',
      count: 1,
    });
    // Another article, another browser behind the same address (an office NAT), another address: counted.
    assert.equal((await (await handle(view('b'), reader('10.0.0.1'))).json()).count, 1);
    assert.equal(
      (await (await handle(view('a', { 'user-agent': FIREFOX }), reader('10.0.0.1'))).json()).count,
      2,
    );
    assert.equal((await (await handle(view('a'), reader('10.0.0.2'))).json()).count, 3);
    // After the window (30 minutes by default) the same client counts again.
    clock += 30 * 60 * 1000 + 1;
    assert.equal((await (await handle(view('a'), reader('10.0.0.1'))).json()).count, 4);
  });
  test('two beacons at once from one client count once', async () => {
    const store = forgetfulMemoryViewCountStore();
    const handle = createViewCountHandler({ store });
    await Promise.all(Array.from({ length: 10 }, () => handle(view('a'), reader('10.0.0.1'))));
    assert.equal(store.counts.get('a'), 1);
  });
  test('crawlers are answered 204 and not counted', async () => {
    const store = forgetfulMemoryViewCountStore();
    const handle = createViewCountHandler({ store });
    for (const agent of [
      'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)',
      'Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)',
      'curl/8.5.0',
      'python-requests/2.32.3',
      'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/156.0.0.0 Safari/537.36',
    ]) {
      const response = await handle(view('a', { 'user-agent': agent }), reader('10.0.0.9'));
      assert.equal(response.status, 204, agent);
    }
    assert.equal(store.counts.size, 0);
  });
  test('a client over its views per minute gets 429 with Retry-After; others are not affected', async () => {
    let clock = 0;
    const store = forgetfulMemoryViewCountStore();
    const handle = createViewCountHandler({ store, viewsPerMinute: 5, now: () => clock });
    const statuses = [];
    for (let i = 0; i < 8; i++) statuses.push((await handle(view(`a${i}`), reader('10.0.0.1'))).status);
    assert.deepEqual(statuses, [200, 200, 200, 200, 200, 429, 429, 429]);
    const limited = await handle(view('z'), reader('10.0.0.1'));
    assert.equal(limited.headers.get('retry-after'), '60');
    assert.equal((await handle(view('z'), reader('10.0.0.2'))).status, 200);
    clock += 60_001;
    assert.equal((await handle(view('z'), reader('10.0.0.1'))).status, 200);
    assert.equal(store.counts.size, 6);
  });
  test('X-Forwarded-For is read only with trustProxy, and only the entry our proxy wrote', async () => {
    const store = forgetfulMemoryViewCountStore();
    const untrusting = createViewCountHandler({ store });
    // Without trustProxy a client cannot count twice by sending a new header each time.
    await untrusting(view('a', { 'x-forwarded-for': '1.1.1.1' }), reader('10.0.0.1'));
    await untrusting(view('a', { 'x-forwarded-for': '2.2.2.2' }), reader('10.0.0.1'));
    assert.equal(store.counts.get('a'), 1);
    const behindProxy = createViewCountHandler({ store, trustProxy: true });
    await behindProxy(view('b', { 'x-forwarded-for': '203.0.113.1' }), reader('10.0.0.254'));
    await behindProxy(view('b', { 'x-forwarded-for': '203.0.113.2' }), reader('10.0.0.254'));
    // A forged first entry does not make a new client: the proxy appended the real address last.
    await behindProxy(view('b', { 'x-forwarded-for': '6.6.6.6, 203.0.113.2' }), reader('10.0.0.254'));
    assert.equal(store.counts.get('b'), 2);
  });
  test('CORS: allowed origins may read and report; other origins may not report', async () => {
    const store = forgetfulMemoryViewCountStore({ a: 5 });
    const handle = createViewCountHandler({ store, allowedOrigins: ['https://xa.gov.vn'] });
    const read = await handle(new Request(`${base}/a`, { headers: { origin: 'https://xa.gov.vn' } }));
    assert.equal(read.headers.get('access-control-allow-origin'), 'https://xa.gov.vn');
    assert.equal(read.headers.get('access-control-allow-credentials'), null);
    const preflight = await handle(
      new Request(base, { method: 'OPTIONS', headers: { origin: 'https://xa.gov.vn' } }),
    );
    assert.equal(preflight.status, 204);
    assert.match(preflight.headers.get('access-control-allow-methods') ?? '', /POST/);
    const other = await handle(new Request(`${base}/a`, { headers: { origin: 'https://evil.example' } }));
    assert.equal(other.headers.get('access-control-allow-origin'), null);
    assert.equal(
      (await handle(view('a', { origin: 'https://evil.example' }), reader('10.0.0.1'))).status,
      403,
    );
    assert.equal((await handle(view('a', { origin: 'https://xa.gov.vn' }), reader('10.0.0.1'))).status, 200);
    const sameHost = await handle(view('a', { origin: 'http://portal.test' }), reader('10.0.0.2'));
    assert.equal(sameHost.status, 200, 'same host');
    assert.equal(store.counts.get('a'), 7);
  });
  test('GET ?top=n lists the most read; bad n → 400; ids exists() refuses are left out', async () => {
    const store = forgetfulMemoryViewCountStore({ a: 5, b: 50, c: 7, gone: 900 });
    const handle = createViewCountHandler({ store, exists: (id) => id !== 'gone' });
    const top = await handle(new Request(`${base}?top=2`));
    assert.equal(top.status, 200);
    assert.deepEqual(await top.json(), [
      { articleId: 'b', count: 50 },
      { articleId: 'c', count: 7 },
    ]);
    for (const bad of ['0', '-1', '1.5', 'abc', '101', '']) {
      assert.equal((await handle(new Request(`${base}?top=${bad}`))).status, 400, bad);
    }
  });
  test('ids exists() refuses are neither counted nor stored (5,000 distinct, from 5,000 clients)', async () => {
    const store = forgetfulMemoryViewCountStore({}, { maxArticles: 10 });
    const handle = createViewCountHandler({
      store,
      maxRemembered: 1000,
      exists: (id) => id.startsWith('known'),
    });
    for (let i = 0; i < 5000; i++) {
      await handle(view(`unknown-${i}`), reader(`10.${i >> 16}.${(i >> 8) & 255}.${i & 255}`));
    }
    assert.equal(store.counts.size, 0);
  });
});
