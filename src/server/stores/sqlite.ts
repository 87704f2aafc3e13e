/**
 * `gov-portal-elements/server/sqlite`: view counts in one SQLite file — the embedded default, for a
 * portal on one server (or several processes on one machine sharing the file). Needs the optional
 * peer dependency `better-sqlite3` 12.x (13.x needs Node 22).
 *
 * WAL journal, `synchronous=FULL`: an increment is answered only after its transaction is on disk,
 * so every answered view survives `kill -9` and a power cut. Views that arrive together are
 * committed together (one fsync for many), which keeps FULL fast.
 */
import { createRequire } from 'node:module';
import { missingDriver, type ViewCountEntry, type ViewCountStore } from '../view-count.js';

export interface SqliteViewCountStoreOptions {
  /** The database file (created with its folder's permission); `:memory:` for tests. */
  file: string;
  /** Table name (default `view_counts`). */
  table?: string;
  /**
   * `FULL` (default): durable against power loss. `NORMAL`: faster, durable against a process crash
   * but the last views before a power cut may be lost.
   */
  synchronous?: 'FULL' | 'NORMAL';
  /** Counts to start from for ids the file does not have yet (e.g. imported from an old system). */
  initial?: Record<string, number>;
}

/** The part of better-sqlite3 used here (its types stay out of ours: the driver is optional). */
interface Statement {
  get(...params: unknown[]): unknown;
  all(...params: unknown[]): unknown[];
  run(...params: unknown[]): unknown;
  pluck(): Statement;
}
interface Database {
  pragma(source: string): unknown;
  exec(source: string): unknown;
  prepare(source: string): Statement;
  transaction<A extends unknown[]>(work: (...args: A) => void): (...args: A) => void;
  close(): void;
}

const TABLE_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,62}$/;

export function sqliteViewCountStore(
  options: SqliteViewCountStoreOptions,
): ViewCountStore & { close(): void } {
  const table = options.table ?? 'view_counts';
  if (!TABLE_NAME.test(table)) throw new TypeError(`invalid table name: ${table}`);
  let open: new (file: string) => Database;
  try {
    open = createRequire(import.meta.url)('better-sqlite3');
  } catch (error) {
    throw missingDriver('sqlite', 'better-sqlite3', error);
  }
  const db = new open(options.file);
  db.pragma('journal_mode = WAL');
  db.pragma(`synchronous = ${options.synchronous === 'NORMAL' ? 'NORMAL' : 'FULL'}`);
  // Several processes may share the file: wait for the writer rather than fail at once.
  db.pragma('busy_timeout = 5000');
  db.exec(`CREATE TABLE IF NOT EXISTS ${table} (
    article_id TEXT PRIMARY KEY,
    count INTEGER NOT NULL
  ) WITHOUT ROWID;
  CREATE INDEX IF NOT EXISTS ${table}_by_count ON ${table} (count DESC);`);

  const readCount = db.prepare(`SELECT count FROM ${table} WHERE article_id = ?`).pluck();
  const addView = db
    .prepare(
      `INSERT INTO ${table} (article_id, count) VALUES (?, 1)
       ON CONFLICT (article_id) DO UPDATE SET count = count + 1 RETURNING count`,
    )
    .pluck();
  const mostRead = db.prepare(
    `SELECT article_id AS articleId, count FROM ${table} ORDER BY count DESC, article_id LIMIT ?`,
  );
  const seed = db.prepare(
    `INSERT INTO ${table} (article_id, count) VALUES (?, ?) ON CONFLICT (article_id) DO NOTHING`,
  );
  if (options.initial) {
    const entries = Object.entries(options.initial);
    db.transaction(() => {
      for (const [id, count] of entries) if (Number.isSafeInteger(count) && count >= 0) seed.run(id, count);
    })();
  }

  // Group commit: views arriving in the same turn of the event loop share one transaction, so one
  // fsync covers them all; each is answered only after that transaction is on disk.
  let pending: { articleId: string; resolve: (count: number) => void; reject: (error: unknown) => void }[] =
    [];
  const commitPending = () => {
    const batch = pending;
    pending = [];
    const counts: number[] = [];
    try {
      db.transaction(() => {
        for (const view of batch) counts.push(Number(addView.get(view.articleId)));
      })();
    } catch (error) {
      for (const view of batch) view.reject(error);
      return;
    }
    batch.forEach((view, index) => view.resolve(counts[index]!));
  };

  return {
    get: (articleId) => Number(readCount.get(articleId) ?? 0),
    increment: (articleId) =>
      new Promise<number>((resolve, reject) => {
        if (pending.length === 0) setImmediate(commitPending);
        pending.push({ articleId, resolve, reject });
      }),
    top: (limit) => mostRead.all(limit) as ViewCountEntry[],
    close: () => {
      if (pending.length) commitPending();
      db.close();
    },
  };
}
