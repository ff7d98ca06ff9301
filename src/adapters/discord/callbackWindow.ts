import { RateLimitError } from 'discord.js';

/** The REST route of interaction callbacks (as @discordjs/rest names its bucket). */
const INTERACTION_CALLBACK_ROUTE = '/interactions/:id/:token/callback';

/**
 * Discord drops an interaction not answered within 3 s of its creation. The callback must be sent with room to
 * arrive: 500 ms covers its own trip and the clocks' difference, so a callback not sent 2.5 s after the
 * interaction came in is not sent at all (the bot defers or gives up instead).
 */
export const CALLBACK_DEADLINE_MS = 2500;

/** Thrown when a rate-limited callback could only be retried after its deadline: Discord would refuse it. */
export class MissedWindowError extends Error {
  override name = 'MissedWindowError';
  /** How long Discord asked to wait, in ms. */
  readonly retryAfterMs: number;

  constructor(retryAfterMs: number) {
    super(`Discord asked to wait ${retryAfterMs} ms, past the interaction's 3-second window`);
    this.retryAfterMs = retryAfterMs;
  }
}

/**
 * discord.js's REST option: a 429 on an interaction callback is thrown to the caller (a RateLimitError) instead of
 * waited out inside the client, which would send the callback after the window and report it as sent.
 */
export function rejectCallbackRateLimits(data: { route: string }): boolean {
  return data.route === INTERACTION_CALLBACK_ROUTE;
}

/**
 * Sends an interaction callback; on a 429 it waits and retries if the retry can still be sent before `deadline`
 * (a performance.now() time), and throws MissedWindowError if not.
 */
export async function sendBeforeDeadline<T>(send: () => Promise<T>, deadline: number): Promise<T> {
  for (;;) {
    try {
      return await send();
    } catch (error) {
      if (!(error instanceof RateLimitError)) throw error;
      if (performance.now() + error.retryAfter >= deadline) throw new MissedWindowError(error.retryAfter);
      await new Promise((resolve) => setTimeout(resolve, error.retryAfter));
    }
  }
}
