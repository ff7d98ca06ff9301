import type { LatencySummary } from './stats.ts';

/** Why requests of a run failed, by kind; every count is an error. */
export interface ErrorCounts {
  /** Acknowledged with another status than 200 (Slack) or a callback the bot should not have sent (Discord). */
  badStatus: number;
  /** No acknowledgement within the platform's window (3 s), or the request could not be sent at all. */
  timeouts: number;
  /** Acknowledged, but the answer never arrived (response_url post, or the edit of a deferred reply). */
  missingReplies: number;
  /** The answer was the bot's apology: a command failed. */
  apologies: number;
  /** The answer was the note for a user over the per-user rate limit, not an answer. */
  throttled: number;
  /** The answer was the note that the bot is too busy (its queue of questions is full), not an answer. */
  busy: number;
}

/** What one run of the load measured. */
export interface RunResult {
  label: string;
  requests: number;
  /** Acknowledged with success in time. */
  acked: number;
  /** Answers received (of any kind). */
  replies: number;
  /** Time to acknowledgement of the acknowledged requests. */
  latency: LatencySummary;
  /** Wall time from the first request to the last answer. */
  wallMs: number;
  errors: ErrorCounts;
}

/** The total of an error breakdown. */
export function errorTotal(errors: ErrorCounts): number {
  return errors.badStatus + errors.timeouts + errors.missingReplies + errors.apologies + errors.throttled + errors.busy;
}

/** An empty error breakdown. */
export function noErrors(): ErrorCounts {
  return { badStatus: 0, timeouts: 0, missingReplies: 0, apologies: 0, throttled: 0, busy: 0 };
}

// The bot's own wording (src/bot/bot.ts apologyReply, src/bot/fairUseBot.ts rateLimitReply and busyReply), matched
// in the text the bot wrote, never in the user's echoed words.
const APOLOGY = /Sorry, something went wrong/;
const THROTTLED = /You're asking faster than|\brate limit/i;
const BUSY = /very busy right now/i;

/** Whether a reply's text (without the user's own words) is the apology, the rate-limit note, the busy note, or an answer. */
export function classifyReplyText(text: string): 'apology' | 'throttled' | 'busy' | 'answer' {
  if (APOLOGY.test(text)) return 'apology';
  if (THROTTLED.test(text)) return 'throttled';
  if (BUSY.test(text)) return 'busy';
  return 'answer';
}
