import { beforeAll, describe, expect, it } from 'vitest';
import { Bot } from '../../src/bot/bot.ts';
import { FairUseBot } from '../../src/bot/fairUseBot.ts';
import { hashUserId, userHashSalt } from '../../src/bot/questionLog.ts';
import type { BotReply } from '../../commands/reply.ts';
import { loadCorpus } from '../../src/corpus/loadCorpus.ts';
import type { Logger } from '../../src/logger.ts';
import { createEngine } from '../../src/search/createEngine.ts';
import type { Engine } from '../../src/search/engine.ts';
import { captureLog } from '../support/captureLog.ts';

const QUESTION = 'How many troops has Pakistan sent to UN missions?';
const SALT = 'test-salt';

let engine: Engine;

beforeAll(async () => {
  engine = createEngine(await loadCorpus('corpus'));
});

function fairBot(logger: Logger, bot: Bot = new Bot(engine, logger), perMinute = 10): FairUseBot {
  return new FairUseBot(bot, { rateLimitPerMinute: perMinute, maxConcurrent: 2, logger, salt: SALT });
}

const questionLines = (lines: Record<string, unknown>[]) => lines.filter((l) => l.msg === 'question');

describe('the question log', () => {
  it('writes one line per request: request id, platform, command, answered, time taken, hashed user; never the text', async () => {
    const { logger, lines } = captureLog();
    const bot = fairBot(logger);
    await bot.runText(QUESTION, { platform: 'slack', userId: 'U0ALICE' });
    await bot.run('search', { terms: 'Security Council' }, { platform: 'discord', userId: '400000000000000001' });
    await bot.runText('What is the recipe for a chocolate cake?', { platform: 'slack', userId: 'U0ALICE' });
    await bot.runText('status', { platform: 'slack', userId: 'U0BOB' });
    const logged = questionLines(lines());
    expect(logged).toHaveLength(4);
    expect(logged.map((l) => [l.platform, l.command, l.answered])).toEqual([
      ['slack', 'ask', true],
      ['discord', 'search', true],
      ['slack', 'ask', false],
      ['slack', 'status', true],
    ]);
    for (const line of logged) {
      expect(line.level).toBe(30);
      expect(line.reqId).toMatch(/^[0-9a-f]{8}-[0-9a-z]+$/);
      expect(line.user).toMatch(/^[0-9a-f]{12}$/);
      expect(typeof line.ms).toBe('number');
    }
    expect(new Set(logged.map((l) => l.reqId)).size).toBe(4);
    expect(logged[0]!.user).toBe(hashUserId('U0ALICE', SALT));
    expect(logged[0]!.user).toBe(logged[2]!.user);
    expect(logged[3]!.user).not.toBe(logged[0]!.user);
    const all = JSON.stringify(lines());
    for (const secretish of ['U0ALICE', 'U0BOB', '400000000000000001', 'Pakistan', 'chocolate', 'Security Council']) expect(all).not.toContain(secretish);
  });

  it('marks a question refused by the rate limit, and one whose handler failed', async () => {
    const { logger, lines } = captureLog();
    const limited = fairBot(logger, new Bot(engine, logger), 1);
    await limited.runText(QUESTION, { platform: 'slack', userId: 'U1' });
    await limited.runText(QUESTION, { platform: 'slack', userId: 'U1' });
    class FailingBot extends Bot {
      override run(): BotReply {
        throw new Error('kaboom');
      }
    }
    await expect(fairBot(logger, new FailingBot(engine, logger)).runText(QUESTION, { platform: 'discord', userId: 'U2' })).rejects.toThrow();
    const logged = questionLines(lines());
    expect(logged.map((l) => [l.answered, l.limited, l.failed])).toEqual([
      [true, undefined, undefined],
      [false, true, undefined],
      [false, undefined, true],
    ]);
  });

  it('logs the apology of a handler that failed inside the core with the same request id', async () => {
    const { logger, lines } = captureLog();
    const bot = new Bot({ ...engine, ask: () => { throw new Error('index exploded'); } }, logger);
    const reply = await fairBot(logger, bot).runText(QUESTION, { platform: 'slack', userId: 'U1' });
    expect(reply.failed).toBe(true);
    const failure = lines().find((l) => l.msg === 'command failed');
    const question = questionLines(lines())[0]!;
    expect(question).toMatchObject({ answered: false, failed: true });
    expect(failure?.reqId).toBe(question.reqId);
  });

  it('logs console questions at debug only, so the local chat stays readable', async () => {
    const info = captureLog('info');
    await fairBot(info.logger).runText(QUESTION, { platform: 'console', userId: 'console' });
    expect(questionLines(info.lines())).toHaveLength(0);
    const debug = captureLog('debug');
    await fairBot(debug.logger).runText(QUESTION, { platform: 'console', userId: 'console' });
    expect(questionLines(debug.lines())).toEqual([expect.objectContaining({ level: 20, platform: 'console' })]);
  });

  it('hashes user ids with a salt that is stable for one set of secrets and random without any', () => {
    expect(hashUserId('U1', 'a')).toBe(hashUserId('U1', 'a'));
    expect(hashUserId('U1', 'a')).not.toBe(hashUserId('U1', 'b'));
    expect(hashUserId('U1', 'a')).not.toBe(hashUserId('U2', 'a'));
    expect(userHashSalt(['xoxb-1', undefined])).toBe(userHashSalt(['xoxb-1', undefined]));
    expect(userHashSalt(['xoxb-1'])).not.toBe(userHashSalt(['xoxb-2']));
    expect(userHashSalt(['xoxb-1'])).not.toContain('xoxb-1');
    expect(userHashSalt([])).not.toBe(userHashSalt([]));
  });
});
