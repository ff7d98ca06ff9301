// Shared set-up for the Discord adapter tests: the adapter started against the fake, and checks that a message quotes the story verbatim with a ¶ citation.
import { expect } from 'vitest';
import type { Corpus } from '../../../src/corpus/types.ts';
import { silentLogger, type Logger } from '../../../src/logger.ts';
import { createDiscordAdapter, type DiscordAdapter, type DiscordAdapterOptions } from '../../../src/adapters/discord/discordAdapter.ts';
import type { DiscordBot } from '../../../src/adapters/discord/discordBot.ts';
import { DISCORD_FIT } from '../../../src/adapters/discord/renderDiscordEmbeds.ts';
import { APP_ID, TOKEN, type FakeDiscord } from './fakeDiscord.ts';

/** Starts the adapter against the fake and waits until discord.js is ready. */
export async function startAdapter(fake: FakeDiscord, bot: DiscordBot, logger: Logger = silentLogger, options: DiscordAdapterOptions = {}): Promise<DiscordAdapter> {
  const adapter = createDiscordAdapter({ token: TOKEN, applicationId: APP_ID, apiUrl: fake.apiUrl }, bot, logger, options);
  await adapter.start();
  return adapter;
}

/** The block-quoted lines of a message's embeds, without the `> ` and any cut mark. */
function quotedLines(body: { embeds?: Array<{ description?: string }> }): string[] {
  return (body.embeds ?? [])
    .flatMap((e) => (e.description ?? '').split('\n'))
    .filter((line) => line.startsWith('> '))
    .map((line) => line.slice(2).replace(DISCORD_FIT.mark, '').trim())
    .filter((line) => line !== '');
}

/** Asserts that the message quotes the story word for word and cites a paragraph (¶N). */
export function expectVerbatimCitedQuote(body: { content?: string; embeds?: Array<{ title?: string; description?: string }> }, corpus: Corpus): void {
  const paragraphs = corpus.documents.flatMap((d) => d.passages.map((p) => p.text));
  const quotes = quotedLines(body);
  expect(quotes.length).toBeGreaterThan(0);
  for (const quote of quotes) expect(paragraphs.some((text) => text.includes(quote)), `not verbatim: ${quote}`).toBe(true);
  const shown = [body.content ?? '', ...(body.embeds ?? []).flatMap((e) => [e.title ?? '', e.description ?? ''])].join('\n');
  expect(shown).toMatch(/¶\d+/);
}

/** A bot that takes its time: each answer comes `delayMs` later, as from a busy, queued engine. */
export function slowBot(bot: DiscordBot, delayMs: number, onStart?: () => void): DiscordBot {
  const later = <T>(value: () => T | Promise<T>): Promise<T> =>
    new Promise((resolve) => {
      onStart?.();
      setTimeout(() => resolve(value()), delayMs);
    });
  return {
    get engine() {
      return bot.engine;
    },
    run: (name, args, requester) => later(() => bot.run(name, args, requester)),
    runText: (text, requester) => later(() => bot.runText(text, requester)),
  };
}
