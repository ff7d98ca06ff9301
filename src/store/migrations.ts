import { sql, type Kysely, type Migration } from 'kysely';

/**
 * The store's schema, one versioned step at a time, in code (Kysely's Migrator runs the missing ones in name
 * order and records them in `kysely_migration`). Never edit a step that has shipped: add the next one.
 */
export const MIGRATIONS: Record<string, Migration> = {
  '0001_initial': {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('questions')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('platform', 'text', (c) => c.notNull())
        .addColumn('user_hash', 'text', (c) => c.notNull())
        .addColumn('at', 'bigint', (c) => c.notNull())
        .addColumn('command', 'text', (c) => c.notNull())
        .addColumn('answered', 'integer', (c) => c.notNull())
        .addColumn('reason', 'text')
        .addColumn('small_talk', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('citations', 'text', (c) => c.notNull().defaultTo(sql`'[]'`))
        .execute();
      await db.schema.createIndex('questions_at').on('questions').column('at').execute();
      await db.schema
        .createTable('votes')
        .addColumn('answer_id', 'text', (c) => c.notNull())
        .addColumn('voter_hash', 'text', (c) => c.notNull())
        .addColumn('vote', 'text', (c) => c.notNull())
        .addColumn('reason_category', 'text')
        .addColumn('question', 'text', (c) => c.notNull())
        .addColumn('citations', 'text', (c) => c.notNull().defaultTo(sql`'[]'`))
        .addColumn('refused', 'integer', (c) => c.notNull())
        .addColumn('platform', 'text', (c) => c.notNull())
        .addColumn('at', 'bigint', (c) => c.notNull())
        .addPrimaryKeyConstraint('votes_pk', ['answer_id', 'voter_hash'])
        .execute();
      await db.schema.createIndex('votes_at').on('votes').column('at').execute();
      await db.schema
        .createTable('thread_context')
        .addColumn('key', 'text', (c) => c.primaryKey())
        .addColumn('context', 'text', (c) => c.notNull())
        .addColumn('expires_at', 'bigint', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('rate_windows')
        .addColumn('key', 'text', (c) => c.primaryKey())
        .addColumn('hits', 'text', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('updated_at', 'bigint', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('claims')
        .addColumn('key', 'text', (c) => c.primaryKey())
        .addColumn('expires_at', 'bigint', (c) => c.notNull())
        .execute();
    },
  },
};
