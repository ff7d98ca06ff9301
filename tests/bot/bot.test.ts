import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { apologyReply, Bot } from '../../src/bot/bot.ts';
import type { BotReply } from '../../commands/reply.ts';
import { silentLogger } from '../../src/logger.ts';
import type { Engine } from '../../src/search/engine.ts';
import type { Answer } from '../../src/search/types.ts';
import { readStoryFile, storyEngine } from '../support/storyEngine.ts';
import { captureLog } from '../support/captureLog.ts';
import { throwingEngine } from '../support/fakeEngine.ts';

let engine: Engine;

beforeAll(async () => {
  engine = await storyEngine();
});

function expectApology(reply: BotReply, command: string): void {
  expect(reply).toEqual(apologyReply(command));
  expect(reply.refused).toBe(true);
  expect(reply.quotes).toEqual([]);
  expect(reply.lines).toHaveLength(1);
  expect(reply.lines[0]).toMatch(/^Sorry/);
}

describe('Bot.run', () => {
  it('answers ask with the engine\'s answer as JSON and its passages as quotes', () => {
    const reply = new Bot(engine, silentLogger).run('ask', { question: 'Who is the Foreign Office spokesperson?' });
    const answer = reply.json as Answer;
    expect(reply.command).toBe('ask');
    expect(reply.refused).toBe(false);
    expect(reply.quotes).toEqual(answer.passages);
    expect(answer).toEqual(engine.ask('Who is the Foreign Office spokesperson?'));
  });

  it('finds commands by name whatever the case', () => {
    expect(new Bot(engine, silentLogger).run('STATUS', {}).command).toBe('status');
  });

  it('runs help for an unknown command name', () => {
    expect(new Bot(engine, silentLogger).run('frobnicate', {}).command).toBe('help');
  });

  it.each(['ask', 'search', 'status', 'sources'])('gives an apology, not an exception, when %s fails', (command) => {
    const bot = new Bot(throwingEngine(), silentLogger);
    const reply = bot.run(command, { question: 'What is the ISF?', terms: 'ISF' });
    expectApology(reply, command);
  });

  it('logs the failure with its error and command, without telling the user about it', () => {
    const log = captureLog('trace');
    const reply = new Bot(throwingEngine('secret detail'), log.logger).run('ask', { question: 'x' }, { platform: 'slack', userId: 'U1' });
    expect(JSON.stringify(reply)).not.toContain('secret detail');
    expect(log.lines()).toHaveLength(1);
    const [line] = log.lines() as [{ level: number; err: { message: string }; command: string; platform: string }];
    expect(line.level).toBe(50); // pino's error
    expect(line.err.message).toBe('secret detail');
    expect(line).toMatchObject({ command: 'ask', platform: 'slack' });
  });

  it('answers with the engine swapped in, from then on', () => {
    const bot = new Bot(throwingEngine(), silentLogger);
    expect(bot.run('status', {}).refused).toBe(true);
    bot.swapEngine(engine);
    expect(bot.engine).toBe(engine);
    expect(bot.run('status', {}).quotes.length).toBeGreaterThanOrEqual(3);
  });
});

describe('Bot.runText', () => {
  it('runs a command written as chat text', () => {
    const bot = new Bot(engine, silentLogger);
    expect(bot.runText('/isf status').command).toBe('status');
    expect(bot.runText('/isf sources').command).toBe('sources');
  });

  it('asks a bare question', () => {
    const reply = new Bot(engine, silentLogger).runText('How many troops has Pakistan sent to UN missions?');
    expect(reply.command).toBe('ask');
    expect(reply.echo).toBe('How many troops has Pakistan sent to UN missions?');
    expect(reply.quotes[0]!.quote).toContain('200,000');
  });

  it('apologizes when the question fails', () => {
    expectApology(new Bot(throwingEngine(), silentLogger).runText('What is the ISF?'), 'ask');
  });

  it('replies to any chat text without throwing, quoting only the story (property)', async () => {
    const { paragraphs } = await readStoryFile();
    const bot = new Bot(engine, silentLogger);
    fc.assert(
      fc.property(fc.constantFrom('', '/isf ', 'search ', 'ask ', '/isf status ', '/isf sources '), fc.string({ unit: 'grapheme', maxLength: 120 }), (prefix, text) => {
        const reply = bot.runText(prefix + text);
        expect(typeof reply.refused).toBe('boolean');
        expect(reply.failed).toBeUndefined();
        for (const quote of reply.quotes) expect(paragraphs[quote.paragraph - 1]).toContain(quote.quote);
      }),
      { numRuns: 150 },
    );
  });
});
