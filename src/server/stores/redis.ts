/**
 * `gov-portal-elements/server/redis`: view counts in Redis, shared by every application server.
 * Needs the optional peer dependency `redis` (the official client, 5.x).
 *
 * Keys, under a prefix (default `gov:views:`): `{prefix}count:{articleId}` (a string INCRemented
 * atomically) and `{prefix}top` (a sorted set, article ids scored by count, for the most-read list).
 * A view is one MULTI/EXEC sent in one round trip. Redis Cluster: give a prefix with a hash tag,
 * e.g. `{gov-views}:`, so the keys share a slot and the transaction is allowed.
 */
import { createRequire } from 'node:module';
import { missingDriver, withTimeout, type ViewCountEntry, type ViewCountStore } from '../view-count.js';

/** The part of a node-redis client used here (its types stay out of ours: the driver is optional). */
export interface RedisClientLike {
  readonly isReady: boolean;
  connect(): Promise<unknown>;
  on(event: 'error', listener: (error: Error) => void): unknown;
  get(key: string): Promise<string | null>;
  multi(): RedisMultiLike;
  zRangeWithScores(
    key: string,
    start: number,
    stop: number,
    options: { REV: true },
  ): Promise<{ value: string; score: number }[]>;
  close?(): Promise<unknown>;
  quit?(): Promise<unknown>;
}
export interface RedisMultiLike {
  incr(key: string): RedisMultiLike;
  zIncrBy(key: string, increment: number, member: string): RedisMultiLike;
  set(key: string, value: string, options: { NX: true }): RedisMultiLike;
  zAdd(key: string, members: { score: number; value: string }[], options: { NX: true }): RedisMultiLike;
  exec(): Promise<unknown[]>;
}

export interface RedisViewCountStoreOptions {
  /** `redis://127.0.0.1:6379` (default); ignored when `client` is given. */
  url?: string;
  /** A node-redis client you created (connected or not), e.g. a cluster client. */
  client?: RedisClientLike;
  /** Key prefix (default `gov:views:`). */
  prefix?: string;
  /** A command not answered in this time fails, and the handler answers 503 (default 2000 ms). */
  timeoutMs?: number;
  /** Counts to start from for ids Redis does not have yet. */
  initial?: Record<string, number>;
}

export function redisViewCountStore(
  options: RedisViewCountStoreOptions = {},
): ViewCountStore & { close(): Promise<void> } {
  const prefix = options.prefix ?? 'gov:views:';
  const timeoutMs = options.timeoutMs ?? 2000;
  const countKey = (articleId: string) => `${prefix}count:${articleId}`;
  const topKey = `${prefix}top`;

  let client = options.client;
  if (!client) {
    let redis: { createClient(options: object): RedisClientLike };
    try {
      redis = createRequire(import.meta.url)('redis');
    } catch (error) {
      throw missingDriver('redis', 'redis', error);
    }
    client = redis.createClient({
      url: options.url ?? 'redis://127.0.0.1:6379',
      // While Redis is away, fail at once (503) instead of queueing views in memory.
      disableOfflineQueue: true,
      socket: {
        connectTimeout: timeoutMs,
        reconnectStrategy: (retries: number) => Math.min(100 * 2 ** retries, 2000),
      },
    });
  }
  const redisClient = client;
  // An 'error' event without a listener would end the process; the failed command answers 503.
  redisClient.on('error', () => {});

  let ready: Promise<void> | undefined;
  const connected = async (): Promise<RedisClientLike> => {
    ready ??= (async () => {
      if (!redisClient.isReady) await withTimeout(redisClient.connect(), timeoutMs, 'redis connect');
      if (options.initial) {
        const seeding = redisClient.multi();
        for (const [id, count] of Object.entries(options.initial)) {
          if (!Number.isSafeInteger(count) || count < 0) continue;
          seeding
            .set(countKey(id), String(count), { NX: true })
            .zAdd(topKey, [{ score: count, value: id }], { NX: true });
        }
        await withTimeout(seeding.exec(), timeoutMs, 'redis seed');
      }
    })().catch((error) => {
      ready = undefined; // try again on the next request
      throw error;
    });
    await ready;
    if (!redisClient.isReady) throw new Error('redis is not connected');
    return redisClient;
  };

  return {
    async get(articleId) {
      const value = await withTimeout((await connected()).get(countKey(articleId)), timeoutMs, 'redis GET');
      return Number(value ?? 0);
    },
    async increment(articleId) {
      const redis = await connected();
      const [count] = await withTimeout(
        redis.multi().incr(countKey(articleId)).zIncrBy(topKey, 1, articleId).exec(),
        timeoutMs,
        'redis INCR',
      );
      return Number(count);
    },
    async top(limit): Promise<ViewCountEntry[]> {
      const redis = await connected();
      const entries = await withTimeout(
        redis.zRangeWithScores(topKey, 0, limit - 1, { REV: true }),
        timeoutMs,
        'redis top',
      );
      return entries.map(({ value, score }) => ({ articleId: value, count: Number(score) }));
    },
    async close() {
      if (options.client) return; // yours to close
      await (redisClient.close?.() ?? redisClient.quit?.());
    },
  };
}
