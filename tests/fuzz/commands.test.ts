// Fuzz: every command, fed hostile input straight to its handler, through the Bot by name, and as free chat text,
// never throws and returns a well-formed reply that quotes the story verbatim; every renderer then renders that
// reply safely within its platform's limits.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderText } from '../../src/adapters/console/renderText.ts';
import { renderDiscordEmbeds } from '../../src/adapters/discord/renderDiscordEmbeds.ts';
import { renderSlackBlocks } from '../../src/adapters/slack/renderSlackBlocks.ts';
import type { Requester } from '../../src/bot/bot.ts';
import type { BotReply } from '../../commands/reply.ts';
import { COMMANDS, type CommandArgs } from '../../commands/index.ts';
import { parseCommandText } from '../../commands/parseCommandText.ts';
import { anyText, hostileText } from './hostileInput.ts';
import { discordProblems, slackProblems, slackQuoteProblems } from './platformChecks.ts';
import { replyProblems } from './replyProblems.ts';
import { loadStoryBot, type StoryBot } from '../support/storyBot.ts';

let story: StoryBot;
beforeAll(async () => {
  story = await loadStoryBot();
});

// Each call comes from a new user, so a per-user rate limit in the Bot never stands in for an answer.
let users = 0;
const requester = (): Requester => ({ platform: 'console', userId: `fuzz-${++users}` });

/** Everything that is wrong with a reply and its three renderings. */
function problemsOf(reply: BotReply, shareText: string): string[] {
  const slack = renderSlackBlocks(reply, { shareCommandText: shareText });
  return [
    ...replyProblems(reply, story.paragraphs),
    ...slackProblems(slack).map((p) => `slack: ${p}`),
    ...slackQuoteProblems(slack, reply).map((p) => `slack: ${p}`),
    ...discordProblems(renderDiscordEmbeds(reply)).map((p) => `discord: ${p}`),
    ...(typeof renderText(reply) === 'string' ? [] : ['console: renderText returned no text']),
  ];
}

/** Arguments for a command's options: hostile text for text options, any boolean for the others. */
const argsFor = (options: (typeof COMMANDS)[number]['options']): fc.Arbitrary<CommandArgs> =>
  fc.record(Object.fromEntries(options.map((o) => [o.name, o.type === 'string' ? anyText : fc.boolean()])) as Record<string, fc.Arbitrary<string | boolean>>);

describe('every command under hostile input', () => {
  it.each(COMMANDS.map((c) => [c.name, c] as const))('/isf %s: its handler never throws and its reply is well formed and renders safely', (_name, command) => {
    fc.assert(
      fc.property(argsFor(command.options), (args) => {
        const reply = command.handler({ engine: story.engine, args });
        expect(problemsOf(reply, String(Object.values(args)[0] ?? command.name))).toEqual([]);
      }),
      { numRuns: command.options.length > 0 ? 150 : 10 },
    );
  });

  it('Bot.run with any command name (known, unknown or hostile) and hostile arguments answers, never with the apology', async () => {
    const name = fc.oneof(fc.constantFrom(...COMMANDS.map((c) => c.name), 'ASK', 'Status', '', 'unknown'), hostileText);
    const args = fc.record({ question: anyText, terms: anyText, private: fc.boolean() }, { requiredKeys: [] });
    await fc.assert(
      fc.asyncProperty(name, args, async (commandName, commandArgs) => {
        const reply = await story.bot.run(commandName, commandArgs, requester());
        expect(problemsOf(reply, commandName)).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it('Bot.runText with any chat text (random Unicode, very long, Markdown and mentions) answers, never with the apology', async () => {
    const text = fc.oneof(anyText, fc.tuple(fc.constantFrom('/isf ', 'isf ', '/ISF ask ', 'ask ', 'search ', 'status ', 'help ', ''), anyText).map(([a, b]) => a + b));
    await fc.assert(
      fc.asyncProperty(text, async (chat) => {
        const reply = await story.bot.runText(chat, requester());
        expect(problemsOf(reply, chat)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('parseCommandText reads any text as one of the commands, never throwing', () => {
    fc.assert(
      fc.property(anyText, (chat) => {
        const { command, args } = parseCommandText(chat);
        expect(COMMANDS).toContain(command);
        for (const value of Object.values(args)) expect(['string', 'boolean', 'undefined']).toContain(typeof value);
      }),
      { numRuns: 300 },
    );
  });
});
