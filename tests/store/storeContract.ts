import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { QuestionRecord, Store } from '../../src/store/types.ts';

/** A clock tests move by hand. */
export interface TestClock {
  now: () => number;
  advance(ms: number): void;
}

/** A clock starting at a fixed UTC time. */
function testClock(start = Date.UTC(2026, 0, 10, 12, 0, 0)): TestClock {
  let now = start;
  return { now: () => now, advance: (ms) => void (now += ms) };
}

let questionCounter = 0;
/** A question record with sensible defaults. */
export function question(overrides: Partial<QuestionRecord> = {}): QuestionRecord {
  questionCounter += 1;
  return {
    id: `q-${process.pid}-${questionCounter}`,
    text: 'Who abstained in the UN vote?',
    platform: 'slack',
    userHash: 'abc123',
    at: Date.UTC(2026, 0, 10, 12),
    command: 'ask',
    answered: true,
    smallTalk: false,
    citations: [{ doc: 'isf-pakistan-troops', paragraph: 4 }],
    ...overrides,
  };
}

const DAY = 24 * 60 * 60 * 1000;

/** The behaviour every Store must have, run against each engine. */
export function describeStore(name: string, open: (clock: TestClock) => Promise<Store>): void {
  describe(`${name} store`, () => {
    let clock: TestClock;
    let store: Store;
    beforeEach(async () => {
      clock = testClock();
      store = await open(clock);
    });
    afterEach(async () => {
      await store.close();
    });

    it('keeps questions and groups the refused ones by reason, most asked first, in the report', async () => {
      const at = clock.now();
      await store.recordQuestion(question({ at, answered: true }));
      await store.recordQuestion(question({ at, answered: false, reason: "The story doesn't mention Indonesia.", text: 'Will Indonesia send troops?', citations: [] }));
      await store.recordQuestion(question({ at: at + 1, answered: false, reason: "The story doesn't mention Indonesia.", text: 'What about Indonesia?' }));
      await store.recordQuestion(question({ at, answered: false, reason: "The story doesn't say when.", text: 'When will they deploy?' }));
      await store.recordQuestion(question({ at: at + DAY, answered: false, smallTalk: true, text: 'hi' }));
      const report = await store.report({});
      expect(report.totals).toEqual({ questions: 5, answered: 1, refused: 3, smallTalk: 1 });
      expect(report.gaps.map((g) => [g.reason, g.count])).toEqual([
        ["The story doesn't mention Indonesia.", 2],
        ["The story doesn't say when.", 1],
      ]);
      expect(report.gaps[0]!.examples).toEqual(['What about Indonesia?', 'Will Indonesia send troops?']);
      expect(report.perDay).toEqual([
        { day: '2026-01-10', answered: 1, refused: 3, smallTalk: 0 },
        { day: '2026-01-11', answered: 0, refused: 0, smallTalk: 1 },
      ]);
    });

    it('stores a question written twice (a retried write) once', async () => {
      const q = question({ answered: false, reason: 'r' });
      await store.recordQuestion(q);
      await store.recordQuestion(q);
      expect((await store.report({})).totals.questions).toBe(1);
    });

    it('limits a report to its time range', async () => {
      const at = clock.now();
      await store.recordQuestion(question({ at: at - DAY }));
      await store.recordQuestion(question({ at }));
      await store.recordQuestion(question({ at: at + DAY }));
      const report = await store.report({ since: at, until: at + DAY });
      expect(report.totals.questions).toBe(1);
      expect(report.perDay.map((d) => d.day)).toEqual(['2026-01-10']);
    });

    it('keeps one vote per voter and answer, the latest, and lists down-voted answers with citations', async () => {
      const vote = { answerId: 'a1', voterHash: 'v1', question: 'Who abstained?', citations: [{ doc: 'd', paragraph: 7 }], refused: false, platform: 'slack', at: clock.now() };
      await store.recordVote({ ...vote, vote: 'up' });
      expect((await store.report({})).downVotes).toEqual([]);
      await store.recordVote({ ...vote, vote: 'down', reasonCategory: 'wrong passage' });
      await store.recordVote({ ...vote, voterHash: 'v2', vote: 'down' });
      await store.recordVote({ ...vote, answerId: 'a2', vote: 'up' });
      const { downVotes } = await store.report({});
      expect(downVotes).toHaveLength(1);
      expect(downVotes[0]).toMatchObject({ answerId: 'a1', question: 'Who abstained?', citations: [{ doc: 'd', paragraph: 7 }], downVotes: 2, reasons: ['wrong passage'] });
    });

    it('keeps thread context until its time to live runs out', async () => {
      await store.putThread('slack:C1:123.4', { lastQuestion: 'who?', passages: [1, 2] }, 60_000);
      expect(await store.getThread('slack:C1:123.4')).toEqual({ lastQuestion: 'who?', passages: [1, 2] });
      await store.putThread('slack:C1:123.4', { lastQuestion: 'when?' }, 60_000);
      expect(await store.getThread('slack:C1:123.4')).toEqual({ lastQuestion: 'when?' });
      clock.advance(60_001);
      expect(await store.getThread('slack:C1:123.4')).toBeUndefined();
      expect(await store.getThread('nothing here')).toBeUndefined();
    });

    it('allows limit hits in a sliding window, then says when the next one may come', async () => {
      for (let i = 0; i < 3; i += 1) {
        expect(await store.hitRateLimit('slack:U1', 3, 60_000)).toEqual({ allowed: true });
        clock.advance(10_000);
      }
      expect(await store.hitRateLimit('slack:U1', 3, 60_000)).toEqual({ allowed: false, retryAfterMs: 30_000 });
      expect(await store.hitRateLimit('slack:U2', 3, 60_000)).toEqual({ allowed: true });
      clock.advance(30_000);
      expect(await store.hitRateLimit('slack:U1', 3, 60_000)).toEqual({ allowed: true });
      expect((await store.hitRateLimit('slack:U1', 3, 60_000)).allowed).toBe(false);
    });

    it('counts concurrent hits exactly', async () => {
      const verdicts = await Promise.all(Array.from({ length: 12 }, () => store.hitRateLimit('slack:burst', 5, 60_000)));
      expect(verdicts.filter((v) => v.allowed)).toHaveLength(5);
    });

    it('claims an event id once, and a replay key once per time to live', async () => {
      expect(await store.claimEvent('Ev1')).toBe(true);
      expect(await store.claimEvent('Ev1')).toBe(false);
      expect(await store.claimEvent('Ev2')).toBe(true);
      expect(await store.claimOnce('sig:xyz', 5_000)).toBe(true);
      expect(await store.claimOnce('sig:xyz', 5_000)).toBe(false);
      clock.advance(5_001);
      expect(await store.claimOnce('sig:xyz', 5_000)).toBe(true);
    });

    it('purges questions and votes older than the retention, and keeps the rest', async () => {
      const at = clock.now();
      await store.recordQuestion(question({ at: at - 91 * DAY }));
      await store.recordQuestion(question({ at: at - 89 * DAY }));
      const vote = { answerId: 'old', voterHash: 'v', vote: 'down' as const, question: 'q', citations: [], refused: true, platform: 'slack' };
      await store.recordVote({ ...vote, at: at - 91 * DAY });
      await store.recordVote({ ...vote, answerId: 'new', at: at - DAY });
      expect(await store.purgeOlderThan(90)).toBe(1);
      const report = await store.report({});
      expect(report.totals.questions).toBe(1);
      expect(report.downVotes.map((v) => v.answerId)).toEqual(['new']);
    });

    it('reports itself healthy', () => {
      expect(store.health()).toMatchObject({ up: true, failures: 0, pendingWrites: 0 });
    });
  });
}
