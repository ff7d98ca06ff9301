import { createHash, randomBytes } from 'node:crypto';
import type { Logger } from '../logger.ts';
import type { Requester } from './bot.ts';

/** One line of the question log: what was asked where, and how it went; never the text or a raw user id. */
export interface QuestionLogEntry {
  reqId: string;
  platform: Requester['platform'] | 'unknown';
  command: string;
  answered: boolean;
  /** Milliseconds from the request reaching the core to its reply being ready (queueing included). */
  ms: number;
  /** The user id, hashed with the salt: the same user gives the same hash, and the id cannot be read back. */
  user: string;
  /** Refused by the per-user rate limit. */
  limited?: true;
  /** Refused because too many questions were waiting. */
  busy?: true;
  /** The handler failed; the user got an apology. */
  failed?: true;
}

// A random prefix per process and a counter: unique, and far cheaper than fresh random bytes per request.
const requestIdPrefix = randomBytes(4).toString('hex');
let requestCounter = 0;

/** A short id for one request, unique in the process and across restarts, to find its lines in the log. */
export function newRequestId(): string {
  requestCounter += 1;
  return `${requestIdPrefix}-${requestCounter.toString(36)}`;
}

/** The user id as the logs show it: the first 12 hex digits of sha256(salt, user id). */
export function hashUserId(userId: string, salt: string): string {
  return createHash('sha256').update(salt).update('\u0000').update(userId).digest('hex').slice(0, 12);
}

/**
 * The salt of logged user ids: derived from the deployment's secrets when it has some, so a user keeps one
 * hash across restarts and nobody without the secrets can test guesses; random (per process) when it has none.
 */
export function userHashSalt(secrets: readonly (string | undefined)[]): string {
  const known = secrets.filter((s): s is string => typeof s === 'string' && s !== '');
  if (known.length === 0) return randomBytes(16).toString('hex');
  const hash = createHash('sha256').update('isf-bot user id salt');
  for (const secret of known) hash.update('\u0000').update(secret);
  return hash.digest('hex');
}

/** Writes the one `question` line of a request: info for chat platforms, debug for the local console and CLI. */
export function logQuestion(logger: Logger, entry: QuestionLogEntry): void {
  const local = entry.platform === 'console' || entry.platform === 'cli';
  if (local) logger.debug(entry, 'question');
  else logger.info(entry, 'question');
}
