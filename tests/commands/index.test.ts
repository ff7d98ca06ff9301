import { beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS, findCommand, resolveCommand } from '../../commands/index.ts';
import { Bot } from '../../src/bot/bot.ts';
import { silentLogger } from '../../src/logger.ts';
import { storyEngine } from '../support/storyEngine.ts';
import { expectBotReplyShape } from '../support/commandReplies.ts';

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

describe('resolveCommand', () => {
  it('gives the named command, and help for an unknown, stale or missing name', () => {
    expect(resolveCommand('ASK').name).toBe('ask');
    expect(resolveCommand('frobnicate').name).toBe('help');
    expect(resolveCommand(undefined).name).toBe('help');
  });
});

describe('command traits', () => {
  it('rate-limits the questions (ask, search) and not the lookups', () => {
    expect(COMMANDS.filter((c) => c.rateLimited).map((c) => c.name)).toEqual(['ask', 'search']);
  });

  it('keeps help private and unshared, and lets every other answer be shared', () => {
    expect(COMMANDS.filter((c) => c.privateByDefault).map((c) => c.name)).toEqual(['help']);
    expect(COMMANDS.filter((c) => !c.shareable).map((c) => c.name)).toEqual(['help']);
  });

  it('labels the user’s words for the commands that repeat them, and lays out status as one brief', () => {
    expect(Object.fromEntries(COMMANDS.filter((c) => c.echoLabel).map((c) => [c.name, c.echoLabel]))).toEqual({ ask: 'Question', search: 'Search' });
    expect(COMMANDS.filter((c) => c.layout === 'brief').map((c) => c.name)).toEqual(['status']);
  });

  it('keeps the answers of ask, search and status in the conversation (paged, followed up, voted on), not help or sources', () => {
    expect(COMMANDS.filter((c) => c.keptInConversation).map((c) => c.name)).toEqual(['status', 'ask', 'search']);
  });
});
