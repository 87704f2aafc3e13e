// The view-count client against recorded responses: no network.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import {
  fetchViewCount,
  reportView,
  viewCount,
  parseViewCountBody,
  viewedKey,
} from '../../src/sources/view-count.js';
import { responses, recordedFetch, stalledFetch } from '../fixtures/view-count/responses.js';

/** A Storage stand-in (Node has no sessionStorage). */
function memoryStorage() {
  const map = new Map<string, string>();
  return {
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, v),
    map,
  };
}

let id = 0;
const nextId = () => `article-${++id}`;

describe('viewCount / parseViewCountBody', () => {
  test('accept non-negative integers only', () => {
    assert.equal(viewCount(0), 0);
    assert.equal(viewCount(55), 55);
    for (const bad of [-1, 1.5, NaN, Infinity, '55', null, undefined, 2 ** 60])
      assert.equal(viewCount(bad), undefined, String(bad));
    assert.equal(parseViewCountBody({ count: 56 }), 56);
    for (const bad of [null, 56, [], { views: 56 }, { count: '56' }])
      assert.equal(parseViewCountBody(bad), undefined);
  });
});

describe('fetchViewCount', () => {
  test('GETs the URL as JSON without cookies and returns the count', async () => {
    const { fetch, calls } = recordedFetch(responses.count55);
    assert.deepEqual(await fetchViewCount('/api/views/a1', { fetch }), { ok: true, count: 55 });
    assert.equal(calls.length, 1);
    assert.equal(calls[0]!.url, '/api/views/a1');
    assert.equal(calls[0]!.init?.credentials, 'omit');
    assert.equal(calls[0]!.init?.method ?? 'GET', 'GET');
    assert.deepEqual(calls[0]!.init?.headers, { accept: 'application/json' });
  });

  test('HTTP 500 is an http error with its status', async () => {
    const r = await fetchViewCount('/v', recordedFetch(responses.serverError));
    assert.equal(r.ok, false);
    assert.ok(!r.ok && r.code === 'http' && r.status === 500);
  });

  for (const name of ['html', 'truncated', 'negative', 'fractional', 'missing'] as const) {
    test(`a malformed answer (${name}) is malformed`, async () => {
      const r = await fetchViewCount('/v', recordedFetch(responses[name]));
      assert.ok(!r.ok && r.code === 'malformed', JSON.stringify(r));
    });
  }

  test('a network failure is network', async () => {
    const r = await fetchViewCount('/v', {
      fetch: async () => Promise.reject(new TypeError('Failed to fetch')),
    });
    assert.ok(!r.ok && r.code === 'network' && r.message === 'Failed to fetch');
  });

  test('no answer within timeoutMs is a timeout', async () => {
    const stalled = stalledFetch();
    const r = await fetchViewCount('/v', { fetch: stalled.fetch, timeoutMs: 5 });
    assert.ok(!r.ok && r.code === 'timeout', JSON.stringify(r));
  });

  test("the caller's signal aborts the request", async () => {
    const stalled = stalledFetch();
    const controller = new AbortController();
    const pending = fetchViewCount('/v', {
      fetch: stalled.fetch,
      signal: controller.signal,
      timeoutMs: 60_000,
    });
    controller.abort();
    const r = await pending;
    assert.ok(!r.ok && r.code !== 'timeout');
    assert.equal((stalled.calls[0]!.init?.signal as AbortSignal).aborted, true);
  });
});

describe('reportView', () => {
  test('sends a beacon with {"articleId"} once per session', async () => {
    const storage = memoryStorage();
    const beacons: [string, string][] = [];
    const sendBeacon = (url: string, data: string) => (beacons.push([url, data]), true);
    const { fetch, calls } = recordedFetch(responses.reported56);
    const articleId = nextId();
    assert.deepEqual(await reportView('/api/views', articleId, { sendBeacon, fetch, storage }), {
      sent: 'beacon',
    });
    assert.deepEqual(beacons, [['/api/views', JSON.stringify({ articleId })]]);
    assert.equal(storage.map.get(viewedKey(articleId)), '1');
    assert.deepEqual(await reportView('/api/views', articleId, { sendBeacon, fetch, storage }), {
      sent: false,
      reason: 'duplicate',
    });
    assert.equal(beacons.length, 1);
    assert.equal(calls.length, 0);
  });

  test('falls back to fetch keepalive, text/plain, no cookies, when there is no beacon or it is refused', async () => {
    for (const sendBeacon of [undefined, () => false]) {
      const { fetch, calls } = recordedFetch(responses.noContent);
      const articleId = nextId();
      assert.deepEqual(
        await reportView('/api/views', articleId, { sendBeacon, fetch, storage: memoryStorage() }),
        { sent: 'fetch' },
      );
      assert.equal(calls.length, 1);
      const init = calls[0]!.init!;
      assert.equal(init.method, 'POST');
      assert.equal(init.keepalive, true);
      assert.equal(init.credentials, 'omit');
      assert.deepEqual(init.headers, { 'content-type': 'text/plain;charset=UTF-8' });
      assert.equal(init.body, JSON.stringify({ articleId }));
    }
  });

  test('a failed report is reported, and not sent again in the session', async () => {
    const storage = memoryStorage();
    const articleId = nextId();
    const failing = recordedFetch(responses.serverError);
    const r = await reportView('/api/views', articleId, { fetch: failing.fetch, storage });
    assert.deepEqual(r, { sent: false, reason: 'failed', message: 'HTTP 500' });
    const again = recordedFetch(responses.noContent);
    assert.equal((await reportView('/api/views', articleId, { fetch: again.fetch, storage })).sent, false);
    assert.equal(again.calls.length, 0);
  });

  test('without storage (private mode) it still sends once per page', async () => {
    const throwing = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('SecurityError');
      },
    };
    const articleId = nextId();
    let beacons = 0;
    const sendBeacon = () => (beacons++, true);
    for (const storage of [throwing, null, throwing])
      await reportView('/v', articleId, { sendBeacon, storage });
    assert.equal(beacons, 1);
  });
});
