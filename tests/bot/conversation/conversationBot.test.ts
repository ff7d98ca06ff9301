import { describe, expect, it } from 'vitest';
import { Bot } from '../../../src/bot/bot.ts';
import { ConversationBot } from '../../../src/bot/conversation/conversationBot.ts';
import { createFeedbackRecorder } from '../../../src/bot/conversation/feedback.ts';
import { FairUseBot } from '../../../src/bot/fairUseBot.ts';
import { MAX_CONTEXT_PASSAGES, threadKey } from '../../../src/bot/conversation/threadContext.ts';
import type { Requester } from '../../../src/bot/bot.ts';
import { silentLogger } from '../../../src/logger.ts';
import { MemoryStore } from '../../../src/store/memoryStore.ts';
import { storyEngine } from '../../support/storyEngine.ts';

const logger = silentLogger;

async function conversationBot(store = new MemoryStore()): Promise<{ bot: ConversationBot; store: MemoryStore }> {
  return { bot: new ConversationBot(new Bot(await storyEngine(), logger), { store, logger }), store };
}

const inThread = (conversation: string, userId = 'U1'): Requester => ({ platform: 'slack', userId, conversation });

describe('ConversationBot', () => {
  it('reads "and China?" in the same thread as the earlier question about China, and says so', async () => {
    const { bot } = await conversationBot();
    const first = await bot.runText('How did Pakistan vote on the UN resolution?', inThread('t1'));
    expect(first.refused).toBe(false);
    expect(first.answeredQuestion).toBeUndefined();
    const followUp = await bot.runText('and China?', inThread('t1', 'U2'));
    expect(followUp.answeredQuestion).toBe('How did China vote on the UN resolution?');
    expect(followUp.echo).toBe('and China?');
    expect(followUp.refused).toBe(false);
    expect(followUp.quotes.map((q) => q.paragraph).some((p) => p === 10 || p === 17)).toBe(true);
    expect(followUp.quotes.some((q) => /China/.test(q.quote))).toBe(true);
  });

  it('keeps threads apart: a follow-up in another thread has nothing to follow', async () => {
    const { bot } = await conversationBot();
    await bot.runText('How did Pakistan vote on the UN resolution?', inThread('t1'));
    const elsewhere = await bot.runText('and China?', inThread('t2'));
    expect(elsewhere.refused).toBe(true);
    expect(elsewhere.lines.join(' ')).toMatch(/no earlier question/);
    expect(elsewhere.quotes).toEqual([]);
  });

  it('answers a message without a conversation as typed, unpaged', async () => {
    const { bot } = await conversationBot();
    const reply = await bot.runText('and China?', { platform: 'cli', userId: 'cli' });
    expect(reply.answeredQuestion).toBeUndefined();
    expect(reply.page).toBeUndefined();
    expect(reply.answerId).toBeUndefined();
  });

  it('shows an answer a page at a time: "more" gives the next passages, never one already shown, then says there are no more', async () => {
    const { bot } = await conversationBot();
    const engine = await storyEngine();
    const all = engine.search('Pakistan troops').passages;
    expect(all.length).toBeGreaterThan(3);
    const first = await bot.runText('search Pakistan troops', inThread('t3'));
    expect(first.quotes).toHaveLength(3);
    expect(first.page).toEqual({ first: 1, last: 3, total: all.length });
    const seen = new Set(first.quotes.map((q) => q.paragraph));
    let page = first.page!;
    while (page.last < page.total) {
      const more = await bot.runText('more', inThread('t3'));
      expect(more.page!.first).toBe(page.last + 1);
      for (const quote of more.quotes) {
        expect(seen.has(quote.paragraph)).toBe(false);
        seen.add(quote.paragraph);
      }
      expect(more.answerId).toMatch(/^[0-9a-f]{16}$/);
      // Search terms are echoed as search terms, never as the question answered.
      expect(more.answeredQuestion).toBeUndefined();
      expect(more).toMatchObject({ command: 'search', echo: 'Pakistan troops' });
      page = more.page!;
    }
    expect(seen.size).toBe(all.length);
    const none = await bot.runText('more', inThread('t3'));
    expect(none.quotes).toEqual([]);
    expect(none.lines.join(' ')).toMatch(/no more passages/);
    expect(none.answeredQuestion).toBeUndefined();
    expect(none).toMatchObject({ command: 'search', echo: 'Pakistan troops' });
  });

  it('after an answer’s own passages, "more" shows the story’s next-best ones for the question, marked as related, then says none are left', async () => {
    const { bot } = await conversationBot();
    const engine = await storyEngine();
    const question = 'How did China vote on the UN resolution?';
    const own = engine.ask(question).passages;
    const first = await bot.runText(question, inThread('t8'));
    expect(first.quotes).toEqual(own.slice(0, 3));
    expect(first.quotesAreRelated).toBeUndefined();
    expect(first.page!.total).toBeGreaterThan(own.length);
    const seen = new Set(first.quotes.map((q) => q.paragraph));
    const related: number[] = [];
    for (;;) {
      const more = await bot.runText('more', inThread('t8'));
      expect(more.answerId).toMatch(/^[0-9a-f]{16}$/);
      if (more.quotes.length === 0) {
        expect(more.lines.join(' ')).toMatch(/no more passages/);
        break;
      }
      expect(more.answeredQuestion).toBe(question);
      expect(more.quotesAreRelated).toBe(true);
      for (const quote of more.quotes) {
        expect(seen.has(quote.paragraph)).toBe(false);
        seen.add(quote.paragraph);
        related.push(quote.paragraph);
      }
    }
    const expected = engine.search(question, 20).passages.map((p) => p.paragraph).filter((p) => !own.some((o) => o.paragraph === p));
    expect(related).toEqual(expected.slice(0, related.length));
    expect(related.length).toBeGreaterThan(0);
  });

  it('never mixes an answer’s own passages and related ones on one page', async () => {
    const { bot } = await conversationBot();
    const engine = await storyEngine();
    const question = 'What did Rubio say about Pakistan?';
    const own = engine.ask(question).passages;
    expect(own.length).toBeGreaterThan(0);
    const pages = [await bot.runText(question, inThread('t9'))];
    while (pages.length < 10 && pages.at(-1)!.quotes.length > 0) pages.push(await bot.runText('more', inThread('t9')));
    const shown = pages.flatMap((p) => p.quotes.map((q) => ({ paragraph: q.paragraph, related: p.quotesAreRelated === true })));
    expect(shown.filter((s) => !s.related).map((s) => s.paragraph)).toEqual(own.map((p) => p.paragraph));
    expect(shown.slice(own.length).every((s) => s.related)).toBe(true);
  });

  it('pages the status brief too', async () => {
    const { bot } = await conversationBot();
    const brief = (await storyEngine()).status();
    const reply = await bot.runText('status', inThread('t4'));
    expect(reply.quotes).toEqual(brief.lines.slice(0, 3));
    if (brief.lines.length > 3) {
      const more = await bot.runText('more', inThread('t4'));
      expect(more.quotes).toEqual(brief.lines.slice(3, 6));
      expect(more.heading).toBe(reply.heading);
    }
  });

  it('says so when "more" has no earlier answer', async () => {
    const { bot } = await conversationBot();
    const reply = await bot.runText('more', inThread('t5'));
    expect(reply.quotes).toEqual([]);
    expect(reply.lines.join(' ')).toMatch(/no earlier answer/);
  });

  it('forgets a thread after its time', async () => {
    let now = 1_000_000;
    const store = new MemoryStore({ now: () => now });
    const bot = new ConversationBot(new Bot(await storyEngine(), logger), { store, logger, ttlMs: 60_000 });
    await bot.runText('How did Pakistan vote on the UN resolution?', inThread('t6'));
    now += 61_000;
    const late = await bot.runText('and China?', inThread('t6'));
    expect(late.refused).toBe(true);
    expect(late.answeredQuestion).toBeUndefined();
  });

  it('counts follow-ups and "more" like questions under fair use', async () => {
    const { bot } = await conversationBot();
    const fair = new FairUseBot(bot, { rateLimitPerMinute: 2, maxConcurrent: 2, logger, salt: 's' });
    await fair.runText('search Pakistan troops', inThread('t7'));
    await fair.runText('more', inThread('t7'));
    const third = await fair.runText('and China?', inThread('t7'));
    expect(third.private).toBe(true);
    expect(third.retryAfterSeconds).toBeGreaterThan(0);
  });

  it('records a vote with the question, citations and refusal, and a changed vote replaces it', async () => {
    const { bot, store } = await conversationBot();
    const feedback = createFeedbackRecorder(store, 'salt', logger);
    const reply = await bot.runText('How did Pakistan vote on the UN resolution?', inThread('t8'));
    const voter: Requester = { platform: 'slack', userId: 'U9' };
    const up = await feedback.vote({ answerId: reply.answerId!, vote: 'up', voter });
    expect(up).toMatchObject({ recorded: true, askWhy: false });
    const down = await feedback.vote({ answerId: reply.answerId!, vote: 'down', voter });
    expect(down).toMatchObject({ recorded: true, askWhy: true });
    expect(down.text).toMatch(/changed/i);
    await feedback.vote({ answerId: reply.answerId!, vote: 'down', voter, reason: 'wrong-passage' });
    const report = await store.report({});
    expect(report.downVotes).toHaveLength(1);
    expect(report.downVotes[0]).toMatchObject({
      answerId: reply.answerId,
      question: 'How did Pakistan vote on the UN resolution?',
      citations: reply.quotes.map((q) => ({ doc: q.doc, paragraph: q.paragraph })),
      refused: false,
      downVotes: 1,
      reasons: ['wrong-passage'],
    });
    await feedback.vote({ answerId: reply.answerId!, vote: 'up', voter });
    expect((await store.report({})).downVotes).toHaveLength(0);
  });

  it('records a vote on a refusal as a refusal', async () => {
    const { bot, store } = await conversationBot();
    const feedback = createFeedbackRecorder(store, 'salt', logger);
    const reply = await bot.runText('How many troops has Indonesia sent to Gaza?', inThread('t9'));
    expect(reply.refused).toBe(true);
    await feedback.vote({ answerId: reply.answerId!, vote: 'down', voter: { platform: 'discord', userId: 'D1' } });
    expect((await store.report({})).downVotes[0]).toMatchObject({ refused: true });
  });

  it('tells the voter when an answer is unknown, and records nothing', async () => {
    const store = new MemoryStore();
    const outcome = await createFeedbackRecorder(store, 'salt', logger).vote({ answerId: 'nope', vote: 'down', voter: { platform: 'slack', userId: 'U1' } });
    expect(outcome.recorded).toBe(false);
    expect((await store.report({})).downVotes).toEqual([]);
  });

  it('keeps at most MAX_CONTEXT_PASSAGES passages of an answer, however many the engine gives', async () => {
    const engine = await storyEngine();
    const [passage] = engine.search('Pakistan troops').passages;
    const many = Array.from({ length: MAX_CONTEXT_PASSAGES + 10 }, (_, i) => ({ ...passage!, paragraph: i + 1 }));
    const store = new MemoryStore();
    const bot = new ConversationBot(new Bot({ ...engine, search: () => ({ question: 'x', answered: true, passages: many }) }, logger), { store, logger });
    const first = await bot.runText('search anything', inThread('t10'));
    expect(first.page).toEqual({ first: 1, last: 3, total: MAX_CONTEXT_PASSAGES });
    const kept = (await store.getThread(threadKey('t10'))) as { passages: unknown[] };
    expect(kept.passages).toHaveLength(MAX_CONTEXT_PASSAGES);
  });
});
