import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import type { StoreDatabase } from './schema.ts';
import { migrateToLatest, SqlStore, type SqlStoreOptions } from './sqlStore.ts';

/** Pool and timeouts of the PostgreSQL store; the defaults suit a bot that must keep answering when the database is slow. */
export interface PostgresStoreOptions extends SqlStoreOptions {
  /** Connections at most. Default 5: a replica does a few small statements per question. */
  poolSize?: number;
  /** Longest wait for a connection, ms. Default 2000, so a dead database is noticed within a couple of seconds. */
  connectTimeoutMs?: number;
  /** Longest run of one statement, ms (server side, and client side for a silent network). Default 5000. */
  statementTimeoutMs?: number;
  /** Schema (search_path) of the tables; created when missing. Default: the server's (public). Tests use a fresh one. */
  schema?: string;
}

const INT8_OID = 20;
// Any fixed 64-bit number shared by every replica of the bot: the key of the advisory lock around migrations.
const MIGRATION_LOCK_ID = 731_560_118;

/** Opens (and migrates) the PostgreSQL store at url (`postgres://…`; a `schema` query parameter sets the schema). */
export async function openPostgresStore(url: string, options: PostgresStoreOptions = {}): Promise<SqlStore> {
  const parsed = new URL(url);
  const schema = options.schema ?? (parsed.searchParams.get('schema') || undefined);
  parsed.searchParams.delete('schema');
  if (schema !== undefined && !/^[A-Za-z_][A-Za-z0-9_]*$/.test(schema)) throw new Error(`store: schema "${schema}" must be a plain SQL identifier`);
  const statementTimeoutMs = options.statementTimeoutMs ?? 5000;
  const pool = new pg.Pool({
    connectionString: parsed.href,
    max: options.poolSize ?? 5,
    connectionTimeoutMillis: options.connectTimeoutMs ?? 2000,
    statement_timeout: statementTimeoutMs,
    query_timeout: statementTimeoutMs + 1000,
    idleTimeoutMillis: 30_000,
    ...(schema !== undefined && { options: `-c search_path=${schema}` }),
    // Times are bigint (ms); they fit a double exactly until the year 287 396.
    types: { getTypeParser: ((oid: number, format?: 'text' | 'binary') => (oid === INT8_OID ? Number : pg.types.getTypeParser(oid, format))) as typeof pg.types.getTypeParser },
  });
  // The server going away makes each of its connections emit 'error'. The pool listens on the idle ones only; a
  // connection checked out (mid-statement, or between the statements of a migration) would throw it as an uncaught
  // exception and end the process. The statement itself fails with the error, the resilient store counts it and
  // buffers, and pg-pool drops the dead connection on release, so both listeners only keep the process alive.
  pool.on('error', () => {});
  pool.on('connect', (client) => client.on('error', () => {}));
  const db = new Kysely<StoreDatabase>({ dialect: new PostgresDialect({ pool }) });
  try {
    // Replicas starting together take turns: CREATE SCHEMA IF NOT EXISTS and Kysely's lock table both race otherwise.
    await db.connection().execute(async (conn) => {
      await sql`select pg_advisory_lock(${MIGRATION_LOCK_ID})`.execute(conn);
      try {
        if (schema !== undefined) await sql`create schema if not exists ${sql.id(schema)}`.execute(conn);
        await migrateToLatest(conn, schema ?? 'public');
      } finally {
        await sql`select pg_advisory_unlock(${MIGRATION_LOCK_ID})`.execute(conn);
      }
    });
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return new SqlStore(db, 'postgres', options);
}
