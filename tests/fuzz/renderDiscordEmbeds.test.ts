// Fuzz: renderDiscordEmbeds with hostile replies: no payload allows a mention to ping, and every payload keeps to
// Discord's limits (content 2,000; 10 embeds; title 256, description 4,096, footer 2,048; 6,000 in all; valid URLs).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderApology, renderDiscordEmbeds } from '../../src/adapters/discord/renderDiscordEmbeds.ts';
import { apologyReply } from '../../src/bot/bot.ts';
import { anyText, crowdedReplyWith, escapableText, hostileReplyWith, hostileText } from './hostileInput.ts';
import { discordProblems } from './platformChecks.ts';

// Quotes, titles and sources run up to 20,000 characters; the heading, echo and lines (which the renderer escapes
// with discord.js's quadratic escapeMarkdown before it cuts them) up to 2,500: see escapableText.
const hostileReply = hostileReplyWith(escapableText);
const crowdedReply = crowdedReplyWith(hostileText);

describe('renderDiscordEmbeds under hostile replies', () => {
  it('allows no mention and keeps to Discord’s limits', () => {
    fc.assert(
      fc.property(hostileReply, (reply) => {
        expect(discordProblems(renderDiscordEmbeds(reply))).toEqual([]);
      }),
      { numRuns: 300 },
    );
    // 300 runs spend most of their time in discord.js's escapeMarkdown (its lookbehinds make it quadratic in a line's
    // length: 2,500 plain letters take 0.3 s): ~10 s alone, over 20 s on a loaded 2-core machine. Not a speed check.
  }, 90_000);

  it('keeps a reply with hundreds of lines and dozens of quotes within the limits', () => {
    fc.assert(
      fc.property(crowdedReply, (reply) => {
        expect(discordProblems(renderDiscordEmbeds(reply))).toEqual([]);
      }),
      // Each run renders ~100 long lines: few runs, and no shrinking of such big inputs (it would take minutes).
      { numRuns: 40, endOnFailure: true },
    );
  });

  it('renders the apology for any command name safely', () => {
    fc.assert(
      fc.property(anyText, (command) => {
        expect(discordProblems(renderApology(apologyReply(command)))).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });
});
