// Fuzz: renderSlackBlocks with hostile replies (a hostile corpus and hostile users): no live mention or link
// survives, & < > are escaped, every text fits Slack's limits, quotes stay verbatim, a fallback text is always there.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderSlackBlocks, type RenderOptions } from '../../src/adapters/slack/renderSlackBlocks.ts';
import { apologyReply } from '../../src/bot/bot.ts';
import { anyText, crowdedReply, hostilePiece, hostileReply, SLACK_MENTIONS } from './hostileInput.ts';
import { slackProblems, slackQuoteProblems } from './platformChecks.ts';

const renderOptions: fc.Arbitrary<RenderOptions> = fc.record(
  {
    shareCommandText: anyText,
    // Slack gives the sharer's name; a user id, a mention or hostile text must come out as plain text all the same.
    sharedBy: fc.oneof(fc.constantFrom('U0ASKER', 'W12345', 'sharer'), fc.constantFrom(...SLACK_MENTIONS), hostilePiece),
  },
  { requiredKeys: [] },
);

describe('renderSlackBlocks under hostile replies', () => {
  it('escapes every mention and link, keeps to Slack’s limits and quotes verbatim', () => {
    fc.assert(
      fc.property(hostileReply, renderOptions, (reply, options) => {
        const message = renderSlackBlocks(reply, options);
        expect([...slackProblems(message), ...slackQuoteProblems(message, reply)]).toEqual([]);
      }),
      // 200 runs: cutting 20,000-character texts at a sentence costs up to a second each (see the report).
      { numRuns: 200 },
    );
  });

  it('keeps a reply with hundreds of lines and dozens of quotes within 50 blocks and every text limit', () => {
    fc.assert(
      fc.property(crowdedReply, renderOptions, (reply, options) => {
        const message = renderSlackBlocks(reply, options);
        expect([...slackProblems(message), ...slackQuoteProblems(message, reply)]).toEqual([]);
      }),
      // Each run renders ~100 long lines: few runs, and no shrinking of such big inputs (it would take minutes).
      { numRuns: 25, endOnFailure: true },
    );
  });

  it('renders the apology for any command name safely', () => {
    fc.assert(
      fc.property(anyText, (command) => {
        expect(slackProblems(renderSlackBlocks(apologyReply(command)))).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });

  it('shows every Slack mention in a quote, a heading, a line and the echo as text, never as markup', () => {
    for (const mention of SLACK_MENTIONS) {
      const passage = { doc: 'd', title: mention, paragraph: 1, quote: `Quoted ${mention} text.`, score: 1, source: mention };
      const message = renderSlackBlocks({ command: 'ask', heading: mention, echo: mention, lines: [mention], quotes: [passage], refused: false, json: null }, { shareCommandText: mention });
      expect(slackProblems(message), mention).toEqual([]);
      expect(JSON.stringify(message)).not.toContain(mention);
    }
  });
});
