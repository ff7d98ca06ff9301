/**
 * Remembers the signatures of recent signed requests, so one resent by someone who captured it is refused.
 * Behind this small interface so a shared store can hold it for several replicas.
 */
export interface ReplayGuard {
  /** True when `key` was seen within the time-to-live (a replay); otherwise remembers it and returns false. */
  seen(key: string): boolean | Promise<boolean>;
}

/**
 * Slack refuses request timestamps more than 5 minutes old, and this bot those more than 1 minute ahead, so a
 * signature can be valid for 6 minutes after it is first seen: remember it that long.
 */
export const REPLAY_TTL_MS = 6 * 60_000;

/**
 * Signatures kept at most. Slack sends an app a few requests a second at busy times; 50,000 covers 6 minutes at
 * well over 100 a second, in about 10 MB (a v0 signature is 67 characters). Beyond it the oldest is forgotten.
 */
const REPLAY_CAPACITY = 50_000;

/** Options of the in-memory guard; tests shorten the clock. */
export interface MemoryReplayGuardOptions {
  ttlMs?: number;
  capacity?: number;
  now?: () => number;
}

/** A ReplayGuard in this process's memory: bounded, entries expire after `ttlMs`. */
export function createMemoryReplayGuard(options: MemoryReplayGuardOptions = {}): ReplayGuard {
  const ttlMs = options.ttlMs ?? REPLAY_TTL_MS;
  const capacity = options.capacity ?? REPLAY_CAPACITY;
  const now = options.now ?? Date.now;
  // Insertion order is expiry order (one TTL for all), so expired entries are always at the front.
  const expiries = new Map<string, number>();
  return {
    seen(key) {
      const at = now();
      for (const [oldKey, expiresAt] of expiries) {
        if (expiresAt > at) break;
        expiries.delete(oldKey);
      }
      if (expiries.has(key)) return true;
      expiries.set(key, at + ttlMs);
      if (expiries.size > capacity) expiries.delete(expiries.keys().next().value!);
      return false;
    },
  };
}
