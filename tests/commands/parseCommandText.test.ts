import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../commands/index.ts';
import { parseCommandText } from '../../commands/parseCommandText.ts';

const parse = (text: string) => {
  const { command, args } = parseCommandText(text);
  return { command: command.name, args };
};

describe('parseCommandText', () => {
  it('reads "/isf status" as status', () => {
    expect(parse('/isf status')).toEqual({ command: 'status', args: {} });
  });

  it('reads a command without the /isf prefix, or with "isf", or in capitals', () => {
    expect(parse('status')).toEqual({ command: 'status', args: {} });
    expect(parse('isf sources')).toEqual({ command: 'sources', args: {} });
    expect(parse('/ISF Status')).toEqual({ command: 'status', args: {} });
  });

  it('reads "ask why?" as ask with the question "why?"', () => {
    expect(parse('ask why?')).toEqual({ command: 'ask', args: { question: 'why?' } });
  });

  it('reads "/isf what is the ISF?" as ask with the whole text', () => {
    expect(parse('/isf what is the ISF?')).toEqual({ command: 'ask', args: { question: 'what is the ISF?' } });
  });

  it('reads unknown words as a question', () => {
    expect(parse('Pakistan troops Gaza')).toEqual({ command: 'ask', args: { question: 'Pakistan troops Gaza' } });
    expect(parse('/isf frobnicate now')).toEqual({ command: 'ask', args: { question: 'frobnicate now' } });
  });

  it('reads empty text as help', () => {
    expect(parse('')).toEqual({ command: 'help', args: {} });
    expect(parse('   ')).toEqual({ command: 'help', args: {} });
    expect(parse('/isf')).toEqual({ command: 'help', args: {} });
  });

  it('reads "search" with no terms as help', () => {
    expect(parse('search')).toEqual({ command: 'help', args: {} });
    expect(parse('/isf ask   ')).toEqual({ command: 'help', args: {} });
  });

  it('gives search its terms', () => {
    expect(parse('/isf search Security Council vote')).toEqual({ command: 'search', args: { terms: 'Security Council vote' } });
  });

  it('keeps a multi-line question whole', () => {
    expect(parse('ask first line\nsecond line')).toEqual({ command: 'ask', args: { question: 'first line\nsecond line' } });
  });

  it('does not take a word that only starts with isf for the prefix', () => {
    expect(parse('isfahan is a city')).toEqual({ command: 'ask', args: { question: 'isfahan is a city' } });
  });

  it('ignores extra words after a command without a text option', () => {
    expect(parse('status please')).toEqual({ command: 'status', args: {} });
  });

  it('always resolves to a known command, and a question is never empty (property)', () => {
    const prefix = fc.constantFrom('', '/isf ', 'isf ', '/ISF ', '  ');
    const word = fc.oneof(fc.constantFrom('status', 'ask', 'search', 'sources', 'help', 'Ask', ''), fc.string({ unit: 'grapheme', maxLength: 10 }));
    fc.assert(
      fc.property(prefix, word, fc.string({ unit: 'grapheme', maxLength: 60 }), (p, w, rest) => {
        const { command, args } = parseCommandText(`${p}${w} ${rest}`);
        expect(COMMANDS).toContain(command);
        for (const value of Object.values(args)) {
          expect(typeof value).toBe('string');
          expect((value as string).trim()).not.toBe('');
        }
      }),
      { numRuns: 200 },
    );
  });
});
