import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createClient } from '@libsql/client';
import { LibsqlDialect } from '@libsql/kysely-libsql';
import { Kysely } from 'kysely';
import { MemoryStore } from './memoryStore.ts';
import type { StoreDatabase } from './schema.ts';
import { migrateToLatest, SqlStore, type SqlStoreOptions } from './sqlStore.ts';

/** The file name of the embedded database inside DATA_DIR. */
export const SQLITE_FILE = 'isf.db';
// How long a statement waits for another process's write lock (the bot and `isf report` share the file).
const BUSY_TIMEOUT_MS = 5000;

/** Opens (creating the folder and file, and migrating) the embedded SQLite store in dataDir. */
export async function openSqliteStore(dataDir: string, options: SqlStoreOptions = {}): Promise<SqlStore> {
  mkdirSync(dataDir, { recursive: true });
  const client = createClient({ url: pathToFileURL(resolve(join(dataDir, SQLITE_FILE))).href, timeout: BUSY_TIMEOUT_MS,
    // One connection, so the per-connection pragmas below hold for every statement; calls are synchronous and short.
    concurrency: 1,
  });
  // WAL (kept in the file) lets `isf report` read while the bot writes. synchronous=NORMAL (set per connection)
  // skips the fsync of every commit, which took ~10 ms per write on this machine and blocked the event loop;
  // with WAL the file stays consistent, and a power cut loses at most the last moments of history.
  await client.execute('PRAGMA journal_mode = WAL');
  await client.execute('PRAGMA synchronous = NORMAL');
  const db = new Kysely<StoreDatabase>({ dialect: new LibsqlDialect({ client: client as never }) });
  try {
    await migrateToLatest(db);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  // The embedded file serves one bot process (replicas need PostgreSQL), so the per-question shared state (rate
  // windows, event claims) stays in that process's memory: a synchronous SQLite write per hit cost ~3 ms of
  // blocked event loop on this machine, and nothing else would read it.
  return new SqlStore(db, 'sqlite', { ...options, sharedState: new MemoryStore(options.now ? { now: options.now } : {}) });
}
