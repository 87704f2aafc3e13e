/**
 * `gov-portal-elements/server/postgres`: view counts in PostgreSQL, shared by every application
 * server. Needs the optional peer dependency `pg`. The table is created on first use:
 *
 *   CREATE TABLE IF NOT EXISTS gov_view_counts (
 *     article_id text PRIMARY KEY,
 *     count bigint NOT NULL
 *   );
 *   CREATE INDEX IF NOT EXISTS gov_view_counts_by_count ON gov_view_counts (count DESC);
 *
 * A view is one statement: INSERT … ON CONFLICT (article_id) DO UPDATE SET count = count + 1 RETURNING count.
 */
import { createRequire } from 'node:module';
import { missingDriver, withTimeout, type ViewCountEntry, type ViewCountStore } from '../view-count.js';

/** The part of a `pg` Pool used here (its types stay out of ours: the driver is optional). */
export interface PgPoolLike {
  query(text: string, values?: unknown[]): Promise<{ rows: Record<string, unknown>[] }>;
  on(event: 'error', listener: (error: Error) => void): unknown;
  end(): Promise<void>;
}

export interface PostgresViewCountStoreOptions {
  /** `postgres://user:password@127.0.0.1:5432/portal`; ignored when `pool` is given. */
  connectionString?: string;
  /** A `pg` Pool you created. */
  pool?: PgPoolLike;
  /** Table name (default `gov_view_counts`); may be schema-qualified (`portal.view_counts`). */
  table?: string;
  /** A query not answered in this time fails, and the handler answers 503 (default 2000 ms). */
  timeoutMs?: number;
  /** Counts to start from for ids the table does not have yet. */
  initial?: Record<string, number>;
}

const TABLE_NAME = /^(?:[a-z_][a-z0-9_]{0,62}\.)?[a-z_][a-z0-9_]{0,62}$/;

/** The SQL that creates the table (also run on demand by the store). */
export const postgresViewCountTableSql = (table = 'gov_view_counts') => {
  const indexName = `${table.replace(/^.*\./, '')}_by_count`;
  return `CREATE TABLE IF NOT EXISTS ${table} (
  article_id text PRIMARY KEY,
  count bigint NOT NULL
);
CREATE INDEX IF NOT EXISTS ${indexName} ON ${table} (count DESC);`;
};

export function postgresViewCountStore(
  options: PostgresViewCountStoreOptions = {},
): ViewCountStore & { close(): Promise<void> } {
  const table = options.table ?? 'gov_view_counts';
  if (!TABLE_NAME.test(table)) throw new TypeError(`invalid table name: ${table}`);
  const timeoutMs = options.timeoutMs ?? 2000;
  let pool = options.pool;
  if (!pool) {
    let pg: { Pool: new (config: object) => PgPoolLike };
    try {
      pg = createRequire(import.meta.url)('pg');
    } catch (error) {
      throw missingDriver('postgres', 'pg', error);
    }
    pool = new pg.Pool({
      connectionString: options.connectionString,
      max: 10,
      connectionTimeoutMillis: timeoutMs,
    });
  }
  const db = pool;
  // An idle client losing its connection emits 'error' on the pool: without a listener the process ends.
  db.on('error', () => {});

  let tableReady: Promise<void> | undefined;
  const ready = () =>
    (tableReady ??= (async () => {
      try {
        await db.query(postgresViewCountTableSql(table));
      } catch (error) {
        // Two servers creating the table at once: one loses a race on the catalog; the table is there.
        if ((error as { code?: string }).code !== '23505') throw error;
      }
      if (options.initial) {
        const entries = Object.entries(options.initial).filter(
          ([, count]) => Number.isSafeInteger(count) && count >= 0,
        );
        await db.query(
          `INSERT INTO ${table} (article_id, count) SELECT * FROM unnest($1::text[], $2::bigint[])
           ON CONFLICT (article_id) DO NOTHING`,
          [entries.map(([id]) => id), entries.map(([, count]) => count)],
        );
      }
    })().catch((error) => {
      tableReady = undefined; // try again on the next request
      throw error;
    }));

  const query = async (text: string, values: unknown[]) => {
    await withTimeout(ready(), timeoutMs, 'postgres table');
    return (await withTimeout(db.query(text, values), timeoutMs, 'postgres query')).rows;
  };

  return {
    async get(articleId) {
      const rows = await query(`SELECT count FROM ${table} WHERE article_id = $1`, [articleId]);
      return Number(rows[0]?.count ?? 0);
    },
    async increment(articleId) {
      const rows = await query(
        `INSERT INTO ${table} AS t (article_id, count) VALUES ($1, 1)
         ON CONFLICT (article_id) DO UPDATE SET count = t.count + 1 RETURNING count`,
        [articleId],
      );
      return Number(rows[0]!.count);
    },
    async top(limit): Promise<ViewCountEntry[]> {
      const rows = await query(
        `SELECT article_id, count FROM ${table} ORDER BY count DESC, article_id LIMIT $1`,
        [limit],
      );
      return rows.map((row) => ({ articleId: String(row.article_id), count: Number(row.count) }));
    },
    async close() {
      if (!options.pool) await db.end();
    },
  };
}
