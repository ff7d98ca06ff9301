import { beforeAll, describe, expect, it } from 'vitest';
import { Bot, type Requester } from '../../src/bot/bot.ts';
import type { ChatBot } from '../../src/bot/chatBot.ts';
import { FairUseBot, rateLimitReply } from '../../src/bot/fairUseBot.ts';
import type { BotReply } from '../../commands/reply.ts';
import { loadCorpus } from '../../src/corpus/loadCorpus.ts';
import { silentLogger } from '../../src/logger.ts';
import { createEngine } from '../../src/search/createEngine.ts';
import type { Engine } from '../../src/search/engine.ts';

const QUESTION = 'How many troops has Pakistan sent to UN missions?';
const alice: Requester = { platform: 'slack', userId: 'U0ALICE' };
const bob: Requester = { platform: 'slack', userId: 'U0BOB' };

let engine: Engine;

beforeAll(async () => {
  engine = createEngine(await loadCorpus('corpus'));
});

/** A FairUseBot over the shipped story with a clock the test moves. */
function fairBot(options: { perMinute?: number; maxConcurrent?: number; maxQueue?: number; bot?: ChatBot } = {}) {
  let time = 0;
  const bot = new FairUseBot(options.bot ?? new Bot(engine, silentLogger), {
    rateLimitPerMinute: options.perMinute ?? 10,
    maxConcurrent: options.maxConcurrent ?? 4,
    ...(options.maxQueue !== undefined && { maxQueue: options.maxQueue }),
    logger: silentLogger,
    salt: 'test-salt',
    now: () => time,
  });
  return { bot, advance: (ms: number) => (time += ms) };
}

describe('fair use in the core (FairUseBot)', () => {
  it('answers one user 10 of 30 questions sent in a minute, then gives a private note with the wait; another user is answered meanwhile', async () => {
    const { bot, advance } = fairBot();
    const replies: BotReply[] = [];
    const bobs: BotReply[] = [];
    for (let i = 0; i < 30; i++) {
      replies.push(await bot.runText(QUESTION, alice));
      if (i % 3 === 0) bobs.push(await bot.runText(QUESTION, bob));
      advance(2000);
    }
    expect(replies.slice(0, 10).every((r) => !r.private && !r.refused && r.quotes.length > 0)).toBe(true);
    for (const note of replies.slice(10)) {
      expect(note.private).toBe(true);
      expect(note.quotes).toEqual([]);
      expect(note.retryAfterSeconds).toBeGreaterThan(0);
      expect(note.retryAfterSeconds).toBeLessThanOrEqual(60);
      expect(note.lines[0]).toBe(`You're asking faster than 10 questions a minute; try again in ${note.retryAfterSeconds} s.`);
    }
    expect(replies[10]!.retryAfterSeconds).toBe(40);
    expect(bobs).toHaveLength(10);
    expect(bobs.every((r) => !r.private && r.quotes.length > 0)).toBe(true);
  });

  it('counts ask and search (bare questions too), not status, sources or help', async () => {
    const { bot } = fairBot({ perMinute: 2 });
    expect((await bot.run('ask', { question: QUESTION }, alice)).private).toBeUndefined();
    expect((await bot.runText('search Security Council', alice)).private).toBeUndefined();
    expect((await bot.runText(QUESTION, alice)).private).toBe(true);
    expect((await bot.run('search', { terms: 'Gaza' }, alice)).private).toBe(true);
    for (const command of ['status', 'sources', 'help', 'status', 'sources', 'help']) {
      const reply = await bot.runText(command, alice);
      expect(reply.private, command).toBeUndefined();
      expect(reply.command).toBe(command);
    }
  });

  it('keeps users apart by platform too', async () => {
    const { bot } = fairBot({ perMinute: 1 });
    await bot.runText(QUESTION, { platform: 'slack', userId: '42' });
    expect((await bot.runText(QUESTION, { platform: 'slack', userId: '42' })).private).toBe(true);
    expect((await bot.runText(QUESTION, { platform: 'discord', userId: '42' })).private).toBeUndefined();
  });

  it('never limits the local console or CLI', async () => {
    const { bot } = fairBot({ perMinute: 1 });
    for (let i = 0; i < 5; i++) {
      expect((await bot.runText(QUESTION, { platform: 'console', userId: 'console' })).private).toBeUndefined();
      expect((await bot.runText(QUESTION, { platform: 'cli', userId: 'cli' })).private).toBeUndefined();
    }
  });

  it('lets the user ask again once the window has room', async () => {
    const { bot, advance } = fairBot({ perMinute: 1 });
    await bot.runText(QUESTION, alice);
    const note = await bot.runText(QUESTION, alice);
    expect(note.retryAfterSeconds).toBe(60);
    advance(60_000);
    expect((await bot.runText(QUESTION, alice)).quotes.length).toBeGreaterThan(0);
  });

  it('answers 200 questions asked at once, never more than the cap at a time, the rest waiting their turn', async () => {
    const samples: { active: number; queued: number }[] = [];
    const core = new Bot(engine, silentLogger);
    // A core that takes its time, as a slower engine would: questions overlap and the cap binds.
    const slow: ChatBot = {
      get engine() {
        return core.engine;
      },
      run: async (...args) => {
        samples.push(fair.load);
        await new Promise((resolve) => setTimeout(resolve, 2));
        return core.run(...args);
      },
      runText: (text, requester) => core.runText(text, requester),
    };
    const { bot: fair } = fairBot({ maxConcurrent: 3, perMinute: 1000, bot: slow });
    const users = Array.from({ length: 200 }, (_, i): Requester => ({ platform: 'discord', userId: `u${i}` }));
    const replies = await Promise.all(users.map((user) => fair.runText(QUESTION, user)));
    expect(replies.every((r) => r.quotes.length > 0 && !r.private)).toBe(true);
    expect(samples).toHaveLength(200);
    expect(Math.max(...samples.map((s) => s.active))).toBe(3);
    expect(Math.max(...samples.map((s) => s.queued))).toBe(199); // the first to start sees the other 199 waiting behind it
    expect(fair.load).toEqual({ active: 0, queued: 0 });
  });

  it('answers questions from the synchronous engine one turn after they arrive, none left waiting', async () => {
    const { bot } = fairBot({ maxConcurrent: 1, maxQueue: 5, perMinute: 1000 });
    const replies = await Promise.all(Array.from({ length: 50 }, (_, i) => bot.runText(QUESTION, { platform: 'slack', userId: `u${i}` })));
    expect(replies.every((r) => r.quotes.length > 0 && !r.private)).toBe(true);
  });

  it('turns questions away with a private "busy" note only when the queue is full', async () => {
    const core = new Bot(engine, silentLogger);
    const slow: ChatBot = {
      get engine() {
        return core.engine;
      },
      run: async (...args) => {
        await new Promise((resolve) => setTimeout(resolve, 5));
        return core.run(...args);
      },
      runText: (text, requester) => core.runText(text, requester),
    };
    const { bot } = fairBot({ maxConcurrent: 1, maxQueue: 5, perMinute: 1000, bot: slow });
    const replies = await Promise.all(Array.from({ length: 10 }, (_, i) => bot.runText(QUESTION, { platform: 'slack', userId: `u${i}` })));
    const busy = replies.filter((r) => r.private);
    expect(replies.filter((r) => !r.private)).toHaveLength(6);
    expect(busy).toHaveLength(4);
    expect(busy[0]!.lines[0]).toMatch(/busy/);
  });

  it('passes a failure of the wrapped bot on, so the adapter apologises', async () => {
    class FailingBot extends Bot {
      override run(): BotReply {
        throw new Error('kaboom');
      }
    }
    const { bot } = fairBot({ bot: new FailingBot(engine, silentLogger) });
    await expect(bot.runText(QUESTION, alice)).rejects.toThrow('kaboom');
  });

  it('answers from the engine swapped in last', async () => {
    const core = new Bot(engine, silentLogger);
    const { bot } = fairBot({ bot: core });
    expect(bot.engine).toBe(engine);
    const other = createEngine(await loadCorpus('corpus'));
    core.swapEngine(other);
    expect(bot.engine).toBe(other);
  });

  it('says "1 question a minute" in the singular', () => {
    expect(rateLimitReply('ask', 1, 5).lines[0]).toBe("You're asking faster than 1 question a minute; try again in 5 s.");
  });
});
