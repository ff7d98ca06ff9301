import type { Logger } from '../logger.ts';
import type { Store } from './types.ts';

/** Once a day: retention is in days, so a daily purge keeps at most a day more than asked. */
const RETENTION_INTERVAL_MS = 24 * 60 * 60 * 1000;

/** A running retention schedule. */
export interface RetentionSchedule {
  /** Stops the daily purge. */
  stop(): void;
}

/** Purges what is older than `days` now and then daily; failures are logged and the next day tries again. */
export function scheduleRetention(store: Store, days: number, logger: Logger, intervalMs = RETENTION_INTERVAL_MS): RetentionSchedule {
  const purge = async (): Promise<void> => {
    try {
      const deleted = await store.purgeOlderThan(days);
      logger.info({ deleted, retentionDays: days }, 'store: retention purge');
    } catch (error) {
      logger.warn({ error: error instanceof Error ? error.message : String(error) }, 'store: retention purge failed');
    }
  };
  void purge();
  const timer = setInterval(() => void purge(), intervalMs);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
