import { describe, expect, it } from 'vitest';
import { createMemoryReplayGuard, REPLAY_TTL_MS } from '../../../src/adapters/slack/replayGuard.ts';

describe('createMemoryReplayGuard', () => {
  it('says a key was seen when it comes again within the time-to-live, and forgets it after', () => {
    let clock = 0;
    const guard = createMemoryReplayGuard({ now: () => clock });
    expect(guard.seen('v0=a')).toBe(false);
    clock = REPLAY_TTL_MS - 1;
    expect(guard.seen('v0=a')).toBe(true);
    expect(guard.seen('v0=b')).toBe(false);
    clock = REPLAY_TTL_MS;
    expect(guard.seen('v0=a')).toBe(false);
    expect(guard.seen('v0=b')).toBe(true);
  });

  it('keeps at most `capacity` keys, forgetting the oldest first', () => {
    const guard = createMemoryReplayGuard({ capacity: 3, now: () => 0 });
    for (const key of ['a', 'b', 'c', 'd']) expect(guard.seen(key)).toBe(false);
    expect(guard.seen('d')).toBe(true);
    expect(guard.seen('b')).toBe(true);
    expect(guard.seen('a')).toBe(false);
  });
});
