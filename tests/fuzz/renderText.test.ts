// Fuzz: renderText (the console and the CLI's text output) with hostile replies never throws, and the lines and
// quotes it shows carry no terminal control character.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderText } from '../../src/adapters/console/renderText.ts';
import { crowdedReply, hostileReply } from './hostileInput.ts';
import { terminalControlIn } from './platformChecks.ts';

describe('renderText under hostile replies', () => {
  it('never throws and shows every line and every quote', () => {
    fc.assert(
      fc.property(fc.oneof(hostileReply, crowdedReply), (reply) => {
        const text = renderText(reply);
        expect(typeof text).toBe('string');
        expect(text.endsWith('\n')).toBe(true);
        for (const line of reply.lines) expect(text).toContain(line.replace(/[\p{Cc}]/gu, (c) => (c === '\n' ? c : ' ')));
        expect(text.match(/^ {2}│ /gm)?.length ?? 0).toBeGreaterThanOrEqual(reply.quotes.length); // each quote, indented
      }),
      { numRuns: 200 },
    );
  });

  it('drops control characters from lines and quotes, so the text a user or the story supplies cannot drive the terminal', () => {
    fc.assert(
      fc.property(hostileReply, (reply) => {
        // Only the parts renderText sanitizes: heading and citations are checked by the known-gap test below.
        const safe = { ...reply, heading: undefined, quotes: reply.quotes.map((q) => ({ ...q, title: 'Title', source: 'Source', published: undefined, url: undefined })) };
        expect(terminalControlIn(renderText(safe))).toBeUndefined();
      }),
      { numRuns: 200 },
    );
  });

  // The heading and the citation (title, source, date, URL) come from the corpus's front matter: a story file
  // must not be able to send escape sequences to the terminal through them either.
  it('drops control characters from the heading and the citations as well', () => {
    const known = { command: 'status', heading: 'Title\u001b]0;pwned\u0007', lines: [], quotes: [{ doc: 'd', title: 'T\u001b[2J', paragraph: 1, quote: 'q', score: 1 }], refused: false, json: null };
    fc.assert(
      fc.property(hostileReply, (reply) => {
        expect(terminalControlIn(renderText(reply))).toBeUndefined();
      }),
      { numRuns: 200, examples: [[known]] },
    );
  });
});
