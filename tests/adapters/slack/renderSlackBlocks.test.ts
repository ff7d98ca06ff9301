import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Bot } from '../../../src/bot/bot.ts';
import { RELATED_PASSAGES_NOTE, type BotReply } from '../../../commands/reply.ts';
import { MAX_QUOTES, renderSlackBlocks, SHARE_ACTION_ID, SLACK_LIMITS } from '../../../src/adapters/slack/renderSlackBlocks.ts';
import type { CitedPassage } from '../../../src/search/types.ts';
import { loadStoryBot } from '../../support/storyBot.ts';
import { corpusText, quotesOf, shareButtonOf, unescape, type WireBlock } from './helpers.ts';

function passage(overrides: Partial<CitedPassage> = {}): CitedPassage {
  return { doc: 'doc', title: 'A title', paragraph: 7, quote: 'A quoted sentence.', score: 1, ...overrides };
}

function reply(overrides: Partial<BotReply> = {}): BotReply {
  return { command: 'ask', echo: 'a question', lines: [], quotes: [], refused: false, json: {}, ...overrides };
}

/** Every mrkdwn text of a message's blocks. */
function textsOf(blocks: WireBlock[]): string[] {
  return blocks.flatMap((b) => [b.text?.text, ...(b.elements ?? []).map((e) => (typeof e.text === 'string' ? e.text : undefined))]).filter((t): t is string => t !== undefined);
}

function render(r: BotReply, options?: Parameters<typeof renderSlackBlocks>[1]) {
  const message = renderSlackBlocks(r, options);
  return { ...message, wire: JSON.parse(JSON.stringify(message.blocks)) as WireBlock[] };
}

describe('renderSlackBlocks', () => {
  let bot: Bot;
  let story: string;
  beforeAll(async () => {
    bot = (await loadStoryBot()).bot;
    story = await corpusText();
  });

  it('renders a real answer as verbatim quote blocks, each with a ¶ citation under it', () => {
    const answer = bot.run('ask', { question: 'How many troops has Pakistan sent to UN peacekeeping missions?' });
    expect(answer.quotes.length).toBeGreaterThan(0);
    const { wire } = render(answer);
    const quotes = quotesOf(wire);
    expect(quotes.map((q) => q.quote)).toEqual(answer.quotes.slice(0, MAX_QUOTES).map((q) => q.quote));
    for (const [index, { quote, citation }] of quotes.entries()) {
      expect(story).toContain(quote);
      expect(citation).toContain(`¶${answer.quotes[index]!.paragraph}`);
    }
  });

  it('puts title, ¶N, source, date and a link in the citation', () => {
    const { wire } = render(reply({ quotes: [passage({ source: 'Dawn', published: '2025-12-20', url: 'https://example.com/a?b=1&c=2' })] }));
    expect(quotesOf(wire)[0]!.citation).toBe('A title · ¶7 · Dawn · 2025-12-20 · <https://example.com/a?b=1&amp;c=2|link>');
  });

  it('does not link a URL that is not http(s)', () => {
    const { wire } = render(reply({ quotes: [passage({ url: 'javascript:alert(1)' })] }));
    expect(quotesOf(wire)[0]!.citation).toBe('A title · ¶7');
  });

  it('shows at most 3 quotes and says how many there were', () => {
    const quotes = [1, 2, 3, 4, 5].map((n) => passage({ paragraph: n, quote: `Quote ${n}.` }));
    const { wire, text } = render(reply({ quotes }));
    expect(quotesOf(wire).map((q) => q.quote)).toEqual(['Quote 1.', 'Quote 2.', 'Quote 3.']);
    expect(textsOf(wire)).toContain('Showing 3 of 5 passages.');
    expect(text).not.toContain('Quote 4.');
  });

  it('renders a refusal as a plain statement, with no quote blocks', () => {
    const refusal = bot.run('ask', { question: 'What did the Pope say about the Winter Olympics in Norway?' });
    expect(refusal.refused).toBe(true);
    const { wire, text } = render(refusal);
    expect(textsOf(wire)).toContain(refusal.lines[0]);
    expect(text).toContain(refusal.lines[0]);
    if (refusal.quotes.length === 0) expect(quotesOf(wire)).toEqual([]);
  });

  it('marks related passages as not checked as the answer', () => {
    const { wire } = render(reply({ refused: true, lines: ["The story doesn't mention Mars."], quotes: [passage({ related: true })], quotesAreRelated: true }));
    const texts = textsOf(wire);
    const note = texts.indexOf(RELATED_PASSAGES_NOTE);
    expect(note).toBeGreaterThanOrEqual(0);
    expect(note).toBeLessThan(texts.findIndex((t) => t.startsWith('>')));
  });

  it('escapes the user’s words, so mentions in a question never notify anyone', () => {
    const echo = 'troops? <!everyone> <!channel> <!here> <@U0123ABC> <#C0123|general> & more';
    const message = renderSlackBlocks(reply({ echo }), { shareCommandText: `ask ${echo}` });
    const json = JSON.stringify(message);
    for (const token of ['<!everyone>', '<!channel>', '<!here>', '<@U0123ABC>', '<#C0123']) expect(json).not.toContain(token);
    expect(json).toContain('&lt;!everyone&gt;');
    expect(message.text).toContain('&lt;@U0123ABC&gt;');
  });

  it('escapes corpus text too', () => {
    const { wire, text } = render(reply({ heading: 'R&D <b>', quotes: [passage({ title: 'A <i>', quote: 'Less < more & so on >.' })] }));
    expect(JSON.stringify(wire)).not.toMatch(/<[bi]>|< more/);
    expect(quotesOf(wire)[0]!.quote).toBe('Less < more & so on >.');
    expect(text).toContain('R&amp;D &lt;b&gt;');
  });

  it('cuts a long quote at a sentence with an ellipsis instead of rejecting it', () => {
    const sentence = 'Pakistan has offered troops & support for the mission. ';
    const long = sentence.repeat(80).trim();
    const { wire } = render(reply({ quotes: [passage({ quote: long })] }));
    const section = wire.find((b) => b.text?.text.startsWith('>'))!;
    expect(section.text!.text.length).toBeLessThanOrEqual(SLACK_LIMITS.sectionText);
    const shown = quotesOf(wire)[0]!.quote;
    expect(shown.endsWith('mission. …')).toBe(true);
    expect(long.startsWith(shown.slice(0, -2))).toBe(true);
  });

  it('keeps a long list within 50 blocks and 3,000 characters a block', () => {
    const lines = Array.from({ length: 2000 }, (_, i) => `Story ${i} · Publisher <${i}> · https://example.com/${i} · 20 paragraphs`);
    const { wire } = render(reply({ command: 'sources', echo: undefined, heading: 'Many stories', lines }), { shareCommandText: 'sources' });
    expect(wire.length).toBeLessThanOrEqual(SLACK_LIMITS.blocks);
    for (const text of textsOf(wire)) expect(text.length).toBeLessThanOrEqual(SLACK_LIMITS.sectionText);
    expect(wire.at(-1)!.type).toBe('actions');
    expect(textsOf(wire).some((t) => t.endsWith('…'))).toBe(true);
  });

  it('gives a plain-text fallback with the quote and its citation', () => {
    const answer = bot.run('ask', { question: 'How many troops has Pakistan sent to UN peacekeeping missions?' });
    const { text } = render(answer);
    expect(unescape(text)).toContain(answer.quotes[0]!.quote);
    expect(text).toContain(`¶${answer.quotes[0]!.paragraph}`);
    expect(text).not.toMatch(/^>/m);
  });

  it('adds a share button carrying the command text, and says who shared without pinging them', () => {
    const { wire } = render(reply(), { shareCommandText: 'ask who <!here>?' });
    expect(shareButtonOf(wire)).toEqual({ action_id: SHARE_ACTION_ID, value: 'ask who &lt;!here&gt;?' });
    const shared = render(reply(), { sharedBy: 'sharer' });
    expect(textsOf(shared.wire)[0]).toBe('Shared by sharer');
    // Even a user id is plain text: a <@U…> mention would ping in a public channel.
    expect(JSON.stringify(render(reply(), { sharedBy: 'U0SHARER' }))).not.toContain('<@U0SHARER>');
    expect(shareButtonOf(shared.wire)).toBeUndefined();
    expect(textsOf(render(reply(), { sharedBy: '<!channel>' }).wire)[0]).toBe('Shared by &lt;!channel&gt;');
  });

  it('keeps to Slack’s limits and never lets markup through, whatever the content', () => {
    const text = fc.string({ unit: fc.constantFrom('a', ' ', '.', '<', '>', '&', '!', '@', 'é', '\n'), maxLength: 5000 });
    fc.assert(
      fc.property(text, text, fc.array(text, { maxLength: 30 }), fc.array(text, { maxLength: 6 }), (heading, echo, lines, quotes) => {
        const message = renderSlackBlocks(reply({ heading, echo, lines, quotes: quotes.map((quote) => passage({ quote, title: heading })) }), { shareCommandText: echo });
        expect(message.blocks.length).toBeLessThanOrEqual(SLACK_LIMITS.blocks);
        expect(message.text.length).toBeLessThanOrEqual(SLACK_LIMITS.fallbackText);
        const wire = JSON.parse(JSON.stringify(message.blocks)) as WireBlock[];
        for (const t of textsOf(wire)) {
          expect(t.length).toBeLessThanOrEqual(SLACK_LIMITS.sectionText);
          expect(t.replace(/^>/gm, '')).not.toMatch(/[<>]/);
        }
        expect(message.text).not.toMatch(/[<>]/);
      }),
      { numRuns: 60 },
    );
  });

  it('cuts the last of too many line sections on the text, not its escapes, so no entity is left half', () => {
    // 60 lines that each fill a section once escaped: more than the 50 blocks, so the last section kept is cut.
    for (const unit of ['<', 'a<', '&', 'ab&>']) {
      const message = render(reply({ echo: undefined, lines: Array.from({ length: 60 }, () => unit.repeat(3000)) }));
      const texts = textsOf(message.wire);
      expect(message.blocks.length).toBeLessThanOrEqual(SLACK_LIMITS.blocks);
      expect(texts.at(-1)).toMatch(/\n…$/);
      for (const t of texts) {
        expect(t.length).toBeLessThanOrEqual(SLACK_LIMITS.sectionText);
        expect(t, unit).not.toMatch(/&(?!(?:amp|lt|gt);)/);
      }
    }
  });
});
