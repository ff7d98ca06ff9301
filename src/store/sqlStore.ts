import { Migrator, type Kysely } from 'kysely';
import { buildReport } from './buildReport.ts';
import type { MemoryStore } from './memoryStore.ts';
import { MIGRATIONS } from './migrations.ts';
import type { StoreDatabase } from './schema.ts';
import { slideWindow } from './slidingWindow.ts';
import { EVENT_CLAIM_TTL_MS, type Citation, type JsonValue, type QuestionRecord, type Report, type ReportRange, type Store, type StoreHealth, type VoteRecord, type RateVerdict } from './types.ts';

/** Options of a SqlStore. */
export interface SqlStoreOptions {
  /** The clock, ms; tests pass a fake one. Default `Date.now`. */
  now?: () => number;
  /** Keeps the rate windows and claims here instead of in the database (one-process engines: SQLite). */
  sharedState?: MemoryStore;
}

const DAY_MS = 24 * 60 * 60 * 1000;
// Compare-and-swap attempts of one rate-limit hit before giving up (the caller then falls back to local limits);
// each lost race means another replica's hit landed, so even a burst of a few dozen converges well within this.
const MAX_RATE_ATTEMPTS = 50;
// Rate-limit rows untouched this long are purged: longer than any window the bot uses (a minute).
const RATE_ROW_IDLE_MS = DAY_MS;

/** Runs the store's migrations that have not run yet; throws with the failing step's name. */
export async function migrateToLatest(db: Kysely<StoreDatabase>, schema?: string): Promise<void> {
  // The schema is named, not left to search_path: Kysely looks for its bookkeeping tables in every schema otherwise.
  const migrator = new Migrator({ db, provider: { getMigrations: async () => MIGRATIONS }, ...(schema !== undefined && { migrationTableSchema: schema }) });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName;
    throw new Error(`store: migration ${failed ?? ''} failed: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}

/**
 * The store on a SQL database through Kysely: one code path for SQLite (libsql) and PostgreSQL. Every write
 * is idempotent or an upsert, and the shared state (rate windows, claims) is changed only by single atomic
 * statements or compare-and-swap, so any number of replicas may share one database without locks.
 */
export class SqlStore implements Store {
  readonly engine: 'sqlite' | 'postgres';
  readonly #db: Kysely<StoreDatabase>;
  readonly #now: () => number;
  readonly #sharedState: MemoryStore | undefined;

  constructor(db: Kysely<StoreDatabase>, engine: 'sqlite' | 'postgres', options: SqlStoreOptions = {}) {
    this.#db = db;
    this.engine = engine;
    this.#now = options.now ?? Date.now;
    this.#sharedState = options.sharedState;
  }

  /** Keeps one question; the same id twice keeps the first. */
  async recordQuestion(q: QuestionRecord): Promise<void> {
    await this.#db
      .insertInto('questions')
      .values({
        id: q.id,
        text: q.text,
        platform: q.platform,
        user_hash: q.userHash,
        at: q.at,
        command: q.command,
        answered: q.answered ? 1 : 0,
        reason: q.reason ?? null,
        small_talk: q.smallTalk ? 1 : 0,
        citations: JSON.stringify(q.citations),
      })
      .onConflict((oc) => oc.column('id').doNothing())
      .execute();
  }

  /** Records or replaces a voter's vote on an answer. */
  async recordVote(v: VoteRecord): Promise<void> {
    const changes = {
      vote: v.vote,
      reason_category: v.reasonCategory ?? null,
      question: v.question,
      citations: JSON.stringify(v.citations),
      refused: v.refused ? 1 : 0,
      platform: v.platform,
      at: v.at,
    };
    await this.#db
      .insertInto('votes')
      .values({ answer_id: v.answerId, voter_hash: v.voterHash, ...changes })
      .onConflict((oc) => oc.columns(['answer_id', 'voter_hash']).doUpdateSet(changes))
      .execute();
  }

  /** The thread's context, unless it expired. */
  async getThread(key: string): Promise<JsonValue | undefined> {
    const row = await this.#db.selectFrom('thread_context').select('context').where('key', '=', key).where('expires_at', '>', this.#now()).executeTakeFirst();
    return row === undefined ? undefined : (JSON.parse(row.context) as JsonValue);
  }

  /** Stores a thread's context for ttlMs. */
  async putThread(key: string, context: JsonValue, ttlMs: number): Promise<void> {
    const changes = { context: JSON.stringify(context), expires_at: this.#now() + ttlMs };
    await this.#db
      .insertInto('thread_context')
      .values({ key, ...changes })
      .onConflict((oc) => oc.column('key').doUpdateSet(changes))
      .execute();
  }

  /** One hit on the sliding window of key, shared by every replica (compare-and-swap on the row's version). */
  async hitRateLimit(key: string, limit: number, windowMs: number): Promise<RateVerdict> {
    if (this.#sharedState) return this.#sharedState.hitRateLimitNow(key, limit, windowMs);
    for (let attempt = 0; attempt < MAX_RATE_ATTEMPTS; attempt += 1) {
      const now = this.#now();
      const row = await this.#db.selectFrom('rate_windows').select(['hits', 'version']).where('key', '=', key).executeTakeFirst();
      const { times, verdict } = slideWindow(row ? (JSON.parse(row.hits) as number[]) : [], now, limit, windowMs);
      if (!verdict.allowed) return verdict;
      const hits = JSON.stringify(times);
      if (!row) {
        const inserted = await this.#db
          .insertInto('rate_windows')
          .values({ key, hits, version: 1, updated_at: now })
          .onConflict((oc) => oc.column('key').doNothing())
          .executeTakeFirst();
        if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 1) return verdict;
        continue;
      }
      const updated = await this.#db
        .updateTable('rate_windows')
        .set({ hits, version: row.version + 1, updated_at: now })
        .where('key', '=', key)
        .where('version', '=', row.version)
        .executeTakeFirst();
      if (Number(updated.numUpdatedRows) === 1) return verdict;
    }
    throw new Error(`store: rate limit of one key still contended after ${MAX_RATE_ATTEMPTS} attempts`);
  }

  /** True the first time an event id is claimed (within a day), across replicas. */
  async claimEvent(eventId: string): Promise<boolean> {
    return this.claimOnce(`event:${eventId}`, EVENT_CLAIM_TTL_MS);
  }

  /** True the first time key is claimed within ttlMs, across replicas: one atomic upsert that only takes an expired claim. */
  async claimOnce(key: string, ttlMs: number): Promise<boolean> {
    if (this.#sharedState) return this.#sharedState.claimOnceNow(key, ttlMs);
    const now = this.#now();
    const result = await this.#db
      .insertInto('claims')
      .values({ key, expires_at: now + ttlMs })
      .onConflict((oc) =>
        oc
          .column('key')
          .doUpdateSet({ expires_at: now + ttlMs })
          .where('claims.expires_at', '<=', now),
      )
      .executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
  }

  /** Deletes questions and votes older than days days, expired thread context and claims, idle rate windows. */
  async purgeOlderThan(days: number): Promise<number> {
    await this.#sharedState?.purgeOlderThan(days);
    const now = this.#now();
    const cutoff = now - days * DAY_MS;
    const deleted = await this.#db.deleteFrom('questions').where('at', '<', cutoff).executeTakeFirst();
    await this.#db.deleteFrom('votes').where('at', '<', cutoff).execute();
    await this.#db.deleteFrom('thread_context').where('expires_at', '<=', now).execute();
    await this.#db.deleteFrom('claims').where('expires_at', '<=', now).execute();
    await this.#db.deleteFrom('rate_windows').where('updated_at', '<', now - RATE_ROW_IDLE_MS).execute();
    return Number(deleted.numDeletedRows);
  }

  /** The coverage report of a range. */
  async report(range: ReportRange): Promise<Report> {
    let questions = this.#db.selectFrom('questions').select(['text', 'at', 'answered', 'reason', 'small_talk']);
    let votes = this.#db.selectFrom('votes').select(['answer_id', 'question', 'citations', 'refused', 'reason_category', 'at']).where('vote', '=', 'down');
    if (range.since !== undefined) {
      questions = questions.where('at', '>=', range.since);
      votes = votes.where('at', '>=', range.since);
    }
    if (range.until !== undefined) {
      questions = questions.where('at', '<', range.until);
      votes = votes.where('at', '<', range.until);
    }
    const [questionRows, voteRows] = await Promise.all([questions.execute(), votes.execute()]);
    return buildReport(
      range,
      questionRows.map((q) => ({ text: q.text, at: Number(q.at), answered: Boolean(Number(q.answered)), reason: q.reason, smallTalk: Boolean(Number(q.small_talk)) })),
      voteRows.map((v) => ({
        answerId: v.answer_id,
        question: v.question,
        citations: JSON.parse(v.citations) as Citation[],
        refused: Boolean(Number(v.refused)),
        reasonCategory: v.reason_category,
        at: Number(v.at),
      })),
    );
  }

  /** This layer only throws; the resilient wrapper keeps the counts. */
  health(): StoreHealth {
    return { engine: this.engine, up: true, failures: 0, pendingWrites: 0 };
  }

  /** Closes the connections. */
  async close(): Promise<void> {
    await this.#db.destroy();
  }
}
