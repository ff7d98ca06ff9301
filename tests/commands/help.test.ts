import { beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../commands/index.ts';
import { Bot } from '../../src/bot/bot.ts';
import { silentLogger } from '../../src/logger.ts';
import { storyEngine } from '../support/storyEngine.ts';
import { expectBotReplyShape } from '../support/commandReplies.ts';

let bot: Bot;

beforeAll(async () => {
  bot = new Bot(await storyEngine(), silentLogger);
});

describe('help command', () => {
  it('lists all five commands with their descriptions', () => {
    const reply = bot.run('help', {});
    expectBotReplyShape(reply, 'help');
    expect(reply.refused).toBe(false);
    for (const name of ['status', 'ask', 'search', 'sources', 'help']) {
      expect(reply.lines.some((l) => l.startsWith(`/isf ${name}`)), name).toBe(true);
    }
    for (const command of COMMANDS) expect(reply.lines.join('\n')).toContain(command.description);
  });

  it('says a bare question asks, and that answers are quoted with their ¶', () => {
    const text = bot.run('help', {}).lines.join('\n');
    expect(text).toContain('/isf <question>');
    expect(text).toContain('¶');
  });

  it('is the same every time it is asked', () => {
    expect(bot.run('help', {})).toEqual(bot.run('help', {}));
  });
});
