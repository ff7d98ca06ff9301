// Refused input (HTTP requests, Socket Mode envelopes) counted by reason and logged as counts, never as bodies.
import type { Logger } from '../../logger.ts';

// Refusals are counted and logged at most this often, so a flood of junk does not become a flood of log lines.
const REFUSAL_LOG_INTERVAL_MS = 60_000;

/** True for a JSON object (not null, not an array): what Bolt expects a body or payload to be. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Counts refused input by reason and logs the counts at most once a minute (the first at once), as `message`. */
export function countRefusals<Reason extends string>(logger: Logger, message: string): (reason: Reason) => void {
  let counts: Partial<Record<Reason, number>> = {};
  let lastLogged = Number.NEGATIVE_INFINITY;
  let timer: NodeJS.Timeout | undefined;
  const flush = (): void => {
    timer = undefined;
    if (Object.keys(counts).length === 0) return;
    logger.warn({ refused: counts }, message);
    counts = {};
    lastLogged = Date.now();
  };
  return (reason) => {
    counts[reason] = (counts[reason] ?? 0) + 1;
    if (timer) return;
    const wait = lastLogged + REFUSAL_LOG_INTERVAL_MS - Date.now();
    if (wait <= 0) flush();
    else {
      timer = setTimeout(flush, wait);
      timer.unref();
    }
  };
}
