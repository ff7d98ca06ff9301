import { describe, expect, it } from 'vitest';
import { Bot, type Requester } from '../../src/bot/bot.ts';
import { FairUseBot } from '../../src/bot/fairUseBot.ts';
import { hashUserId } from '../../src/bot/questionLog.ts';
import { silentLogger } from '../../src/logger.ts';
import { MemoryStore } from '../../src/store/memoryStore.ts';
import { captureLog } from '../support/captureLog.ts';
import { storyEngine } from '../support/storyEngine.ts';

const alice: Requester = { platform: 'slack', userId: 'U0ALICE' };
const SECRET_QUESTION = 'Will Indonesia send the zebra brigade?';

async function until<T>(check: () => Promise<T | undefined>): Promise<T> {
  for (let i = 0; i < 100; i += 1) {
    const value = await check();
    if (value !== undefined) return value;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error('never happened');
}

describe('FairUseBot and the store', () => {
  it('records each question with its text, hashed asker, outcome, reason and citations, in the store only (never in the log)', async () => {
    const log = captureLog('debug');
    const { logger } = log;
    const store = new MemoryStore();
    const bot = new FairUseBot(new Bot(await storyEngine(), logger), { rateLimitPerMinute: 10, maxConcurrent: 2, logger, salt: 's', store });
    const answered = await bot.runText('How many troops has Pakistan sent to UN missions?', alice);
    const refused = await bot.runText(`ask ${SECRET_QUESTION}`, alice);
    await bot.runText('status', alice);
    const report = await until(async () => {
      const r = await store.report({});
      return r.totals.questions === 2 ? r : undefined;
    });
    expect(answered.refused).toBe(false);
    expect(refused.refused).toBe(true);
    expect(report.totals).toMatchObject({ answered: 1, refused: 1 });
    const reason = (refused.json as { reason: string }).reason;
    expect(report.gaps).toEqual([{ reason, count: 1, examples: [SECRET_QUESTION], lastAskedAt: expect.any(Number) }]);
    expect(log.text()).toContain('"msg":"question"');
    expect(log.text()).not.toContain('zebra');
    expect(log.text()).not.toContain('U0ALICE');
    expect(hashUserId('U0ALICE', 's')).toHaveLength(12);
  });

  it('shares one rate limit between two bots on one store, as replicas on one database do', async () => {
    const store = new MemoryStore();
    const engine = await storyEngine();
    const replicas = [0, 1].map(() => new FairUseBot(new Bot(engine, silentLogger), { rateLimitPerMinute: 4, maxConcurrent: 2, logger: silentLogger, salt: 's', store }));
    const replies = await Promise.all(Array.from({ length: 10 }, (_, i) => replicas[i % 2]!.runText('Who abstained?', alice)));
    expect(replies.filter((r) => r.retryAfterSeconds === undefined)).toHaveLength(4);
  });
});
