// Arbitraries of hostile text for the fuzz suite: random Unicode, very long input, and payloads that mix
// Markdown, Slack and Discord mention syntax, HTML entities, control characters and emoji.
import fc from 'fast-check';
import type { BotReply } from '../../commands/reply.ts';
import type { CitedPassage } from '../../src/search/types.ts';

/** Slack's special mentions and link syntax: each would notify someone or link if it reached Slack unescaped. */
export const SLACK_MENTIONS = [
  '<!everyone>',
  '<!channel>',
  '<!here>',
  '<@U123>',
  '<@U0ASKER|asker>',
  '<@W123ABC>',
  '<#C123>',
  '<#C123|general>',
  '<!subteam^S1>',
  '<!subteam^S1|@team>',
  '<!date^1392734382^{date_num}|Feb 18>',
  '<https://evil.example/|click me>',
  '<mailto:a@evil.example|mail>',
] as const;

/** Discord's mention syntax: users, roles, channels, @everyone and @here, plus other angle-bracket markup. */
const DISCORD_MENTIONS = ['@everyone', '@here', '<@123>', '<@!123>', '<@&456>', '<#789>', '</isf ask:600000000000000001>', '<t:1700000000:R>', '<:isf:123>'] as const;

const MARKDOWN = ['*', '_', '~', '`', '```', '>', '> ', '>>>', '#', '# ', '## ', '[', ']', '(', ')', '**bold**', '__under__', '~~gone~~', '||spoiler||', '[link](https://evil.example)', '\\', '|', '-# ', '* '];
const HTML = ['&lt;', '&gt;', '&amp;', '&', '<', '>', '&lt;!everyone&gt;', '&lt;@U123&gt;', '&#60;', '&amp;lt;', '<b>', '</b>', '<script>'];
const CONTROL = ['\u0000', '\u0007', '\u0008', '\u001b[2J', '\u001b]0;pwned\u0007', '\u001b]8;;https://evil.example\u0007', '\r', '\r\n', '\n', '\n\n', '\t', '\u000b', '\u007f', '\u0085', '\u009b', '\u200b', '\u200e', '\u202e', '\u2028', '\u2029', '\ufeff'];
const EMOJI = ['😀', '👨‍👩‍👧‍👦', '🇵🇰', '🏳️‍🌈', 'é', 'e\u0301', 'ﷺ', '𝕏', '\ud83d', '\ude00', '\ud800', '\udfff'];
const WORDS = ['Pakistan', 'troops', 'ISF', 'Gaza', 'Rubio', 'how many', 'who', 'when', '?', '.', '. ', ' ', 'U.N.', '200,000', 'Islamabad', 'Security Council', 'status', 'ask', 'search', 'help', '/isf'];

/** One hostile fragment: a mention, Markdown, an entity, a control character, an emoji, a story word, or random Unicode. */
export const hostilePiece: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...SLACK_MENTIONS, ...DISCORD_MENTIONS) },
  { weight: 2, arbitrary: fc.constantFrom(...MARKDOWN) },
  { weight: 2, arbitrary: fc.constantFrom(...HTML) },
  { weight: 2, arbitrary: fc.constantFrom(...CONTROL) },
  { weight: 1, arbitrary: fc.constantFrom(...EMOJI) },
  { weight: 3, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
);

/** Text built from hostile fragments (up to 40). */
export const hostileText: fc.Arbitrary<string> = fc.array(hostilePiece, { maxLength: 40 }).map((pieces) => pieces.join(''));

/** Text of `min` to `max` UTF-16 units: a hostile fragment repeated, cut anywhere (even inside a surrogate pair). */
function repeatedText(min: number, max: number): fc.Arbitrary<string> {
  return fc.tuple(fc.array(hostilePiece, { minLength: 1, maxLength: 12 }), fc.integer({ min, max })).map(([pieces, length]) => {
    const unit = pieces.join('') || 'x';
    return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
  });
}

/** Very long text, 10,000 to 20,000 UTF-16 units. */
const longText: fc.Arbitrary<string> = repeatedText(10_000, 20_000);

/** Any text the fuzz suite feeds in: hostile fragments, random graphemes, random code points, or very long text. */
export const anyText: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: hostileText },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 300 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 300 }) },
  { weight: 1, arbitrary: longText },
);

/**
 * Like anyText, but at most 2,500 units long (still past Discord's 2,000-character content limit): for the fields
 * the Discord renderer passes through discord.js's escapeMarkdown, which takes time quadratic in the length
 * (20,000 backticks: 12 s), so 20,000-unit text there measures that function, not the renderer's safety.
 */
export const escapableText: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: hostileText },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 300 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 300 }) },
  { weight: 1, arbitrary: repeatedText(1_900, 2_500) },
);

/** Short text for fields that are usually short (titles, sources), still hostile. */
const shortText: fc.Arbitrary<string> = fc.oneof({ weight: 4, arbitrary: hostileText }, { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) }, { weight: 1, arbitrary: longText });

/** URLs a hostile corpus might carry: valid web URLs, URLs with markup in them, other schemes, and junk. */
const anyUrl: fc.Arbitrary<string> = fc.oneof(
  fc.webUrl(),
  fc.constantFrom('https://evil.example/<!everyone>', 'https://evil.example/a|b>c', 'javascript:alert(1)', 'ftp://x.example/', 'https://', `https://x.example/${'a'.repeat(3000)}`),
  hostileText,
);

/** A cited passage whose every text comes from a hostile corpus. */
const hostilePassage: fc.Arbitrary<CitedPassage> = fc.record(
  {
    doc: shortText,
    title: shortText,
    paragraph: fc.integer({ min: 0, max: 1_000_000 }),
    quote: anyText,
    score: fc.double({ noNaN: true }),
    source: shortText,
    url: anyUrl,
    published: shortText,
    related: fc.constant(true as const),
  },
  { requiredKeys: ['doc', 'title', 'paragraph', 'quote', 'score'] },
);

const COMMAND_NAMES = ['status', 'ask', 'search', 'sources', 'help'];

/**
 * A BotReply built directly, with hostile text in every field (echo, heading, lines, quotes, citations); the
 * heading, echo and lines take `plainText` (default: anyText, up to 20,000 units).
 */
export function hostileReplyWith(plainText: fc.Arbitrary<string> = anyText): fc.Arbitrary<BotReply> {
  return fc.record(
    {
      command: fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...COMMAND_NAMES) }, { weight: 1, arbitrary: shortText }),
      heading: plainText,
      echo: plainText,
      lines: fc.array(plainText, { maxLength: 12 }),
      quotes: fc.array(hostilePassage, { maxLength: 6 }),
      refused: fc.boolean(),
      quotesAreRelated: fc.boolean(),
      json: fc.constant(null),
    },
    { requiredKeys: ['command', 'lines', 'quotes', 'refused', 'json'] },
  );
}

/** A BotReply with hostile text, up to 20,000 units, in every field. */
export const hostileReply: fc.Arbitrary<BotReply> = hostileReplyWith();

/**
 * A reply with very many lines and quotes, to push a renderer against its block and length limits; `lineText`
 * (default: hostile fragments or 1,000-3,200-unit runs, so the lines fill more than 50 Slack sections).
 */
export function crowdedReplyWith(lineText: fc.Arbitrary<string> = fc.oneof(hostileText, repeatedText(1_000, 3_200))): fc.Arbitrary<BotReply> {
  return fc.record({
    command: fc.constantFrom(...COMMAND_NAMES),
    heading: hostileText,
    echo: hostileText,
    lines: fc.array(lineText, { minLength: 40, maxLength: 150 }),
    quotes: fc.array(hostilePassage, { minLength: 4, maxLength: 30 }),
    refused: fc.boolean(),
    json: fc.constant(null),
  });
}

/** A crowded reply with long lines. */
export const crowdedReply: fc.Arbitrary<BotReply> = crowdedReplyWith();
