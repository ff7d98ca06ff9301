import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { RELATED_PASSAGE_LABEL, RELATED_PASSAGES_NOTE, type BotReply } from '../../../commands/reply.ts';
import type { Corpus } from '../../../src/corpus/types.ts';
import type { CitedPassage } from '../../../src/search/types.ts';
import { DISCORD_LIMITS, MAX_QUOTE_EMBEDS, renderDiscordEmbeds, type DiscordMessagePayload } from '../../../src/adapters/discord/renderDiscordEmbeds.ts';
import { removeMentions } from '../../../src/adapters/discord/removeMentions.ts';
import type { Bot } from '../../../src/bot/bot.ts';
import { loadStoryBot } from '../../support/storyBot.ts';
import { expectVerbatimCitedQuote } from './helpers.ts';

let bot: Bot;
let corpus: Corpus;

beforeAll(async () => {
  ({ bot, corpus } = await loadStoryBot());
});

function passage(overrides: Partial<CitedPassage> = {}): CitedPassage {
  return { doc: 'd', title: 'A title', paragraph: 3, quote: 'A quoted sentence.', score: 1, ...overrides };
}

function reply(overrides: Partial<BotReply> = {}): BotReply {
  return { command: 'ask', lines: [], quotes: [], refused: false, json: {}, ...overrides };
}

function expectWithinLimits(payload: DiscordMessagePayload): void {
  expect((payload.content ?? '').length).toBeLessThanOrEqual(DISCORD_LIMITS.content);
  expect(payload.embeds.length).toBeLessThanOrEqual(10);
  let total = 0;
  for (const embed of payload.embeds) {
    expect((embed.title ?? '').length).toBeLessThanOrEqual(DISCORD_LIMITS.embedTitle);
    expect((embed.description ?? '').length).toBeLessThanOrEqual(DISCORD_LIMITS.embedDescription);
    expect((embed.footer?.text ?? '').length).toBeLessThanOrEqual(DISCORD_LIMITS.embedFooter);
    total += (embed.title ?? '').length + (embed.description ?? '').length + (embed.footer?.text ?? '').length;
  }
  expect(total).toBeLessThanOrEqual(DISCORD_LIMITS.embedsTotal);
  expect(payload.content !== undefined || payload.embeds.length > 0).toBe(true);
}

describe('renderDiscordEmbeds', () => {
  it('renders each command of the real bot with a verbatim quote and a ¶ citation where it quotes', () => {
    for (const rendered of [
      renderDiscordEmbeds(bot.run('status', {})),
      renderDiscordEmbeds(bot.run('ask', { question: 'How many troops has Pakistan sent to UN missions?' })),
      renderDiscordEmbeds(bot.run('search', { terms: 'Security Council' })),
    ]) {
      expectVerbatimCitedQuote(rendered, corpus);
      expectWithinLimits(rendered);
    }
  });

  it('shows at most three quotes, each in its own embed titled with its citation', () => {
    const quotes = [1, 2, 3, 4, 5].map((n) => passage({ paragraph: n, quote: `Sentence number ${n}.` }));
    const { embeds } = renderDiscordEmbeds(reply({ quotes, echo: 'question?' }));
    expect(embeds).toHaveLength(MAX_QUOTE_EMBEDS);
    expect(embeds.map((e) => e.title)).toEqual(['A title · ¶1', 'A title · ¶2', 'A title · ¶3']);
    expect(embeds[0]!.description).toBe('> Sentence number 1.');
  });

  it('cites title, ¶, source and date, and links the source when its URL is known and valid', () => {
    const { embeds } = renderDiscordEmbeds(
      reply({
        quotes: [
          passage({ source: 'Dawn', published: '2025-12-20', url: 'https://example.com/story' }),
          passage({ paragraph: 4, url: 'javascript:alert(1)' }),
        ],
      }),
    );
    expect(embeds[0]).toMatchObject({ title: 'A title · ¶3 · Dawn · 2025-12-20', url: 'https://example.com/story' });
    expect(embeds[1]!.url).toBeUndefined();
  });

  it('renders a status brief as one embed listing every line with its ¶', () => {
    const quotes = [1, 2, 3, 4, 5, 6].map((n) => passage({ paragraph: n, quote: `Status line ${n}.`, source: 'Dawn' }));
    const { embeds } = renderDiscordEmbeds(reply({ command: 'status', heading: 'Where the story stands: A title', quotes }));
    expect(embeds).toHaveLength(1);
    for (let n = 1; n <= 6; n += 1) expect(embeds[0]!.description).toContain(`> Status line ${n}.\n— ¶${n}`);
    expect(embeds[0]!.footer?.text).toBe('A title · Dawn');
  });

  it('makes a refusal read as one, and marks related passages as not checked as the answer', () => {
    const { content, embeds } = renderDiscordEmbeds(
      reply({ echo: 'Who won the cup?', refused: true, quotesAreRelated: true, lines: ["The story doesn't say anything about cup."], quotes: [passage({ related: true })] }),
    );
    expect(content).toBe('**Question:** Who won the cup?');
    expect(embeds[0]!.title).toBe("The story doesn't answer that");
    expect(embeds[0]!.description).toContain("The story doesn't say anything about cup.");
    expect(embeds[0]!.description).toContain(RELATED_PASSAGES_NOTE);
    expect(embeds[1]!.footer?.text).toBe(RELATED_PASSAGE_LABEL);
  });

  it('escapes the user’s words but keeps quotes verbatim', () => {
    const { content, embeds } = renderDiscordEmbeds(reply({ echo: '**bold** _x_ `code`', quotes: [passage({ quote: 'A *starred* quote.' })] }));
    expect(content).toBe('**Question:** \\*\\*bold\\*\\* \\_x\\_ \\`code\\`');
    expect(embeds[0]!.description).toBe('> A *starred* quote.');
  });

  it('never lets a mention ping anyone', () => {
    const payload = renderDiscordEmbeds(reply({ echo: '@everyone <@123> <@&456>', quotes: [passage({ quote: '@here look.' })] }));
    expect(payload.allowedMentions).toEqual({ parse: [], repliedUser: false });
  });

  it('cuts long content at a sentence instead of rejecting it', () => {
    const sentence = 'This sentence is exactly fifty characters long ok. ';
    const long = sentence.repeat(200);
    const payload = renderDiscordEmbeds(reply({ echo: long, lines: [long], quotes: [passage({ quote: long }), passage({ quote: long }), passage({ quote: long })] }));
    expectWithinLimits(payload);
    expect(payload.content).toMatch(/ok\. …$/);
    for (const embed of payload.embeds) expect(embed.description).toMatch(/ok\. …$/);
  });

  it('stays within every Discord limit, whatever the reply holds', () => {
    const text = fc.string({ unit: fc.constantFrom('a', ' ', '.', '\n', 'é', '😀', '*', '@'), maxLength: 9000 });
    const cited = fc.record({
      doc: fc.constant('d'),
      title: text,
      paragraph: fc.nat(500),
      quote: text,
      score: fc.constant(1),
      source: fc.option(text, { nil: undefined }),
      url: fc.option(fc.webUrl(), { nil: undefined }),
    });
    const anyReply = fc.record({
      command: fc.constantFrom('ask', 'search', 'status', 'sources', 'help'),
      heading: fc.option(text, { nil: undefined }),
      echo: fc.option(text, { nil: undefined }),
      lines: fc.array(text, { maxLength: 4 }),
      quotes: fc.array(cited, { maxLength: 6 }),
      refused: fc.boolean(),
      json: fc.constant({}),
    });
    fc.assert(fc.property(anyReply, (r) => expectWithinLimits(renderDiscordEmbeds(r as BotReply))), { numRuns: 150 });
  });
});

describe('removeMentions', () => {
  it('drops user, role, @everyone and @here mentions from a question', () => {
    expect(removeMentions('<@100> <@!200> @everyone how many <@&300> troops @here?')).toBe('how many troops ?');
  });
});
