import { describe, expect, it } from 'vitest';
import { RateLimiter } from '../../src/bot/rateLimiter.ts';

/** A clock the test moves by hand. */
function fakeClock(start = 1_000_000): { now: () => number; advance: (ms: number) => void } {
  let time = start;
  return { now: () => time, advance: (ms) => (time += ms) };
}

describe('RateLimiter', () => {
  it('lets one user ask 10 of 30 questions sent over a minute, and tells the rest when to try again', () => {
    const clock = fakeClock();
    const limiter = new RateLimiter({ limit: 10, now: clock.now });
    const verdicts = [];
    for (let i = 0; i < 30; i++) {
      verdicts.push(limiter.take('slack:U1'));
      clock.advance(2000); // 30 questions in 60 s
    }
    expect(verdicts.slice(0, 10).every((v) => v.allowed)).toBe(true);
    const refused = verdicts.slice(10, 30);
    expect(refused.every((v) => !v.allowed)).toBe(true);
    // The 11th comes 20 s after the first: the first leaves the window 40 s later.
    expect(refused[0]).toEqual({ allowed: false, retryAfterMs: 40_000 });
    for (const verdict of refused) {
      if (verdict.allowed) continue;
      expect(verdict.retryAfterMs).toBeGreaterThan(0);
      expect(verdict.retryAfterMs).toBeLessThanOrEqual(60_000);
    }
  });

  it('does not slow another user while one is over the limit', () => {
    const clock = fakeClock();
    const limiter = new RateLimiter({ limit: 10, now: clock.now });
    for (let i = 0; i < 30; i++) limiter.take('slack:U1');
    expect(limiter.take('slack:U1').allowed).toBe(false);
    for (let i = 0; i < 10; i++) expect(limiter.take('slack:U2').allowed).toBe(true);
    expect(limiter.take('discord:U1').allowed).toBe(true);
  });

  it('slides: a question leaves the count exactly one window after it was asked', () => {
    const clock = fakeClock();
    const limiter = new RateLimiter({ limit: 2, windowMs: 60_000, now: clock.now });
    expect(limiter.take('k').allowed).toBe(true);
    clock.advance(30_000);
    expect(limiter.take('k').allowed).toBe(true);
    expect(limiter.take('k')).toEqual({ allowed: false, retryAfterMs: 30_000 });
    clock.advance(29_999);
    expect(limiter.take('k').allowed).toBe(false);
    clock.advance(1);
    expect(limiter.take('k').allowed).toBe(true);
    expect(limiter.take('k')).toEqual({ allowed: false, retryAfterMs: 30_000 });
  });

  it('does not count refused questions, so asking while limited does not extend the wait', () => {
    const clock = fakeClock();
    const limiter = new RateLimiter({ limit: 1, now: clock.now });
    expect(limiter.take('k').allowed).toBe(true);
    for (let i = 0; i < 59; i++) {
      clock.advance(1000);
      expect(limiter.take('k').allowed).toBe(false);
    }
    clock.advance(1000);
    expect(limiter.take('k').allowed).toBe(true);
  });

  it('forgets users whose questions have all left the window', () => {
    const clock = fakeClock();
    const limiter = new RateLimiter({ limit: 5, now: clock.now });
    for (let i = 0; i < 1000; i++) limiter.take(`slack:U${i}`);
    expect(limiter.size).toBe(1000);
    clock.advance(60_001);
    limiter.take('slack:late');
    expect(limiter.size).toBe(1);
  });

  it('rejects a limit below 1', () => {
    expect(() => new RateLimiter({ limit: 0 })).toThrow(/RateLimiter: limit/);
  });
});
