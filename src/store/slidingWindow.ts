import type { RateVerdict } from './types.ts';

/**
 * One hit on a sliding-window limit, as a pure step every engine shares: given the times (ms) of the hits
 * allowed so far, the times still inside the window after this hit and the verdict. Only allowed hits count.
 */
export function slideWindow(times: readonly number[], now: number, limit: number, windowMs: number): { times: number[]; verdict: RateVerdict } {
  const kept = times.filter((t) => t > now - windowMs).sort((a, b) => a - b);
  if (kept.length >= limit) return { times: kept, verdict: { allowed: false, retryAfterMs: Math.max(1, kept[0]! + windowMs - now) } };
  kept.push(now);
  return { times: kept, verdict: { allowed: true } };
}
