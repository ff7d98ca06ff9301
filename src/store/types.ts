/** The verdict on one hit of a rate limit: allowed, or refused with the wait until the next one would be. */
export type RateVerdict = { allowed: true } | { allowed: false; retryAfterMs: number };

/** Which engine a store runs on. */
export type StoreEngine = 'memory' | 'sqlite' | 'postgres';

/** Where a quote came from: the document id and its 1-based paragraph (the ¶ of the citation). */
export interface Citation {
  doc: string;
  paragraph: number;
}

/** Any value that survives JSON: what thread context holds. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/**
 * One question as the store keeps it. The text is kept ONLY here (never in logs), for the coverage report;
 * the user id arrives already hashed.
 */
export interface QuestionRecord {
  /** Unique id of the request (the request id of the log), so a retried write is stored once. */
  id: string;
  /** The question as the user typed it (after the command word). */
  text: string;
  /** Where it was asked: slack, discord, console, cli. */
  platform: string;
  /** The asker's id, hashed with the deployment's salt. */
  userHash: string;
  /** When it was asked, ms since the epoch. */
  at: number;
  /** The command run: ask, search, status… */
  command: string;
  /** True when the story answered it with quotes. */
  answered: boolean;
  /** The verifier's one-sentence reason when it was refused (what was missing). */
  reason?: string;
  /** True when it was small talk ("hi", "thanks"), answered without a story quote. */
  smallTalk: boolean;
  /** The citations given, best first (related passages of a refusal included). */
  citations: Citation[];
}

/** A thumbs-up or -down on one answer; one per voter and answer, a new vote replaces the old. */
export interface VoteRecord {
  /** The id of the answer voted on (the question's id, or the platform's message id). */
  answerId: string;
  /** The voter's id, hashed with the deployment's salt. */
  voterHash: string;
  vote: 'up' | 'down';
  /** An optional category of what was wrong ("wrong passage", "missing", …). */
  reasonCategory?: string;
  /** The question the answer was for. */
  question: string;
  /** The citations the answer gave. */
  citations: Citation[];
  /** True when the answer was a refusal. */
  refused: boolean;
  platform: string;
  /** When the vote was cast, ms since the epoch. */
  at: number;
}

/** A time range of a report: [since, until), ms since the epoch; either end open when absent. */
export interface ReportRange {
  since?: number;
  until?: number;
}

/** Questions the story could not answer that share one reason, most asked first in a report. */
export interface GapGroup {
  reason: string;
  count: number;
  /** A few of the questions, most recent first, distinct. */
  examples: string[];
  /** When the last of them was asked, ms since the epoch. */
  lastAskedAt: number;
}

/** An answer voted down, with its citations. */
export interface DownVote {
  answerId: string;
  question: string;
  citations: Citation[];
  refused: boolean;
  /** How many voters voted it down. */
  downVotes: number;
  /** The reason categories the voters gave, distinct. */
  reasons: string[];
  /** The latest down-vote, ms since the epoch. */
  lastAt: number;
}

/** Questions of one UTC day, answered against refused (small talk counted apart). */
export interface DayCount {
  /** The UTC day, YYYY-MM-DD. */
  day: string;
  answered: number;
  refused: number;
  smallTalk: number;
}

/** The coverage report: what the story could not answer, what users voted down, and the daily counts. */
export interface Report {
  range: ReportRange;
  totals: { questions: number; answered: number; refused: number; smallTalk: number };
  gaps: GapGroup[];
  downVotes: DownVote[];
  perDay: DayCount[];
}

/** How the store is doing, for /readyz. */
export interface StoreHealth {
  engine: StoreEngine;
  /** False while the database does not answer (the bot then runs on in-process fallbacks). */
  up: boolean;
  /** Operations that failed since start. */
  failures: number;
  /** Writes accepted while the database was down, waiting to be written. */
  pendingWrites: number;
}

/**
 * The bot's memory, one interface over every engine (in-memory, SQLite, PostgreSQL): the question history
 * and votes of the coverage report, thread context, and the state replicas share (rate-limit windows,
 * claimed event ids). Every method is async; a database store throws when its database fails, and the
 * resilient wrapper (resilientStore.ts) turns that into fallbacks and buffered writes.
 */
export interface Store {
  readonly engine: StoreEngine;
  /** Keeps one question; writing the same id twice keeps the first. */
  recordQuestion(question: QuestionRecord): Promise<void>;
  /** Records a vote, or changes the voter's earlier vote on the same answer. */
  recordVote(vote: VoteRecord): Promise<void>;
  /** The context of a conversation thread, or undefined when there is none or it expired. */
  getThread(key: string): Promise<JsonValue | undefined>;
  /** Stores (replaces) the context of a thread, kept for ttlMs. */
  putThread(key: string, context: JsonValue, ttlMs: number): Promise<void>;
  /**
   * Counts one hit for key in a sliding window of windowMs if fewer than limit hits are in it; otherwise says
   * how long until one leaves it. Shared by every replica on the same database.
   */
  hitRateLimit(key: string, limit: number, windowMs: number): Promise<RateVerdict>;
  /** True exactly once per Slack (or other) event id across every replica: the first claimant answers it. */
  claimEvent(eventId: string): Promise<boolean>;
  /** True exactly once per key within ttlMs across every replica (replay protection); after ttlMs it may be claimed again. */
  claimOnce(key: string, ttlMs: number): Promise<boolean>;
  /** Deletes questions and votes older than days days, and expired thread context and claims; returns the questions deleted. */
  purgeOlderThan(days: number): Promise<number>;
  /** The coverage report for a time range. */
  report(range: ReportRange): Promise<Report>;
  /** How the store is doing now. */
  health(): StoreHealth;
  /** Finishes pending writes (as far as it can) and closes the connections. */
  close(): Promise<void>;
}

/** How long a claimed event id is remembered: Slack re-delivers within minutes, so a day is ample. */
export const EVENT_CLAIM_TTL_MS = 24 * 60 * 60 * 1000;
