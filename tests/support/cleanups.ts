import { afterEach } from 'vitest';

/** Where a test leaves what must be undone when it ends (a fake to close, a process to kill). */
export interface Cleanups {
  push(cleanup: () => unknown): void;
}

/**
 * Clean-ups for the tests of this file: each one pushed during a test runs after it (in an afterEach registered
 * here), the last pushed first, so what was started later is stopped before what it depends on.
 */
export function cleanUpAfterEach(): Cleanups {
  const pending: Array<() => unknown> = [];
  afterEach(async () => {
    while (pending.length > 0) await pending.pop()!();
  });
  return { push: (cleanup) => void pending.push(cleanup) };
}
