import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** The machine's PostgreSQL test database (trust auth); PG_TEST_URL overrides it. */
export const PG_TEST_URL = process.env.PG_TEST_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** A fresh schema name, so parallel test runs never share tables. */
export function freshSchema(prefix = 'isf_test'): string {
  return `${prefix}_${process.pid}_${randomBytes(4).toString('hex')}`;
}

/** The test URL with a schema of its own. */
export function urlWithSchema(schema: string, base = PG_TEST_URL): string {
  const url = new URL(base);
  url.searchParams.set('schema', schema);
  return url.href;
}

/** Drops a test schema and everything in it. */
export async function dropSchema(schema: string, base = PG_TEST_URL): Promise<void> {
  const client = new pg.Client({ connectionString: base });
  await client.connect();
  try {
    await client.query(`drop schema if exists "${schema}" cascade`);
  } finally {
    await client.end();
  }
}
