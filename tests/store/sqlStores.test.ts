import { existsSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { openPostgresStore } from '../../src/store/openPostgres.ts';
import { openSqliteStore, SQLITE_FILE } from '../../src/store/openSqlite.ts';
import { dropSchema, freshSchema, PG_TEST_URL, urlWithSchema } from './pgTestDatabase.ts';
import { makeTempDirSync, removeTempDirs } from '../support/tempDir.ts';
import { describeStore } from './storeContract.ts';

const schemas: string[] = [];
afterAll(async () => {
  await removeTempDirs();
  for (const schema of schemas) await dropSchema(schema);
});

const tempDataDir = (): string => makeTempDirSync('isf-store-');

describeStore('SQLite', async (clock) => openSqliteStore(join(tempDataDir(), 'data'), { now: clock.now }));

describeStore('PostgreSQL', async (clock) => {
  const schema = freshSchema();
  schemas.push(schema);
  return openPostgresStore(urlWithSchema(schema), { now: clock.now });
});

describe('migrations', () => {
  it('create the SQLite file and its tables from nothing, and a second open migrates nothing', async () => {
    const dir = join(tempDataDir(), 'nested', 'data');
    const store = await openSqliteStore(dir);
    await store.close();
    expect(existsSync(join(dir, SQLITE_FILE))).toBe(true);
    const again = await openSqliteStore(dir);
    expect(await again.claimOnce('k', 1000)).toBe(true);
    await again.close();
  });

  it('create the PostgreSQL tables in an empty schema, once even when two replicas start together', async () => {
    const schema = freshSchema();
    schemas.push(schema);
    const [a, b] = await Promise.all([openPostgresStore(urlWithSchema(schema)), openPostgresStore(urlWithSchema(schema))]);
    await Promise.all([a.close(), b.close()]);
    const client = new pg.Client({ connectionString: PG_TEST_URL });
    await client.connect();
    const tables = await client.query<{ table_name: string }>('select table_name from information_schema.tables where table_schema = $1 order by table_name', [schema]);
    const migrations = await client.query<{ name: string }>(`select name from "${schema}".kysely_migration`);
    await client.end();
    expect(tables.rows.map((r) => r.table_name)).toEqual(['claims', 'kysely_migration', 'kysely_migration_lock', 'questions', 'rate_windows', 'thread_context', 'votes']);
    expect(migrations.rows.map((r) => r.name)).toEqual(['0001_initial']);
  });

  it('share the rate window and the claims between two stores on one database', async () => {
    const schema = freshSchema();
    schemas.push(schema);
    const [a, b] = await Promise.all([openPostgresStore(urlWithSchema(schema)), openPostgresStore(urlWithSchema(schema))]);
    const verdicts = await Promise.all(Array.from({ length: 20 }, (_, i) => (i % 2 ? a : b).hitRateLimit('slack:U1', 7, 60_000)));
    const claims = await Promise.all([a.claimEvent('Ev9'), b.claimEvent('Ev9'), a.claimEvent('Ev9'), b.claimEvent('Ev9')]);
    await Promise.all([a.close(), b.close()]);
    expect(verdicts.filter((v) => v.allowed)).toHaveLength(7);
    expect(claims.filter(Boolean)).toHaveLength(1);
  });
});
