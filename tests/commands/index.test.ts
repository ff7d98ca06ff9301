import { beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS, findCommand } from '../../commands/index.ts';
import { Bot } from '../../src/bot/bot.ts';
import { silentLogger } from '../../src/logger.ts';
import { storyEngine } from '../search/storyEngine.ts';
import { expectBotReplyShape } from './commandReplies.ts';

let bot: Bot;

beforeAll(async () => {
  bot = new Bot(await storyEngine(), silentLogger);
});

describe('COMMANDS', () => {
  it('holds status, ask, search, sources and help, in that order', () => {
    expect(COMMANDS.map((c) => c.name)).toEqual(['status', 'ask', 'search', 'sources', 'help']);
  });

  it('gives every command a description, a usage that starts with its name, and options with descriptions', () => {
    for (const command of COMMANDS) {
      expect(command.description.length).toBeGreaterThan(5);
      expect(command.usage.split(' ')[0]).toBe(command.name);
      for (const option of command.options) {
        expect(option.name).toMatch(/^[a-z][a-z0-9_-]*$/);
        expect(option.description.length).toBeGreaterThan(3);
      }
    }
  });

  it('gives each command option names that are unique within it', () => {
    for (const command of COMMANDS) expect(new Set(command.options.map((o) => o.name)).size).toBe(command.options.length);
  });

  it.each([
    ['status', {}],
    ['ask', { question: 'When did the Security Council approve the resolution?' }],
    ['search', { terms: 'Security Council' }],
    ['sources', {}],
    ['help', {}],
  ])('answers %s with a BotReply through Bot.run', (name, args) => {
    expectBotReplyShape(bot.run(name, args), name);
  });
});

describe('findCommand', () => {
  it('finds a command by name, ignoring case', () => {
    expect(findCommand('Search')?.name).toBe('search');
  });

  it('finds nothing for an unknown name', () => {
    expect(findCommand('frobnicate')).toBeUndefined();
    expect(findCommand('')).toBeUndefined();
  });
});
