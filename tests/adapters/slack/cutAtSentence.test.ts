import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cutAtSentence } from '../../../src/adapters/slack/cutAtSentence.ts';
import { escapedLength } from '../../../src/adapters/slack/escapeSlackText.ts';

describe('cutAtSentence', () => {
  it('returns text that fits unchanged', () => {
    expect(cutAtSentence('Short. Text.', 12)).toBe('Short. Text.');
  });

  it('cuts after the last whole sentence that fits and adds an ellipsis', () => {
    const text = 'The first sentence is here. The second one is here too. The third is longer than the room left.';
    const cut = cutAtSentence(text, 70);
    expect(cut).toBe('The first sentence is here. The second one is here too. …');
    expect(cut.length).toBeLessThanOrEqual(70);
  });

  it('does not end a sentence at an abbreviation', () => {
    const text = 'Troops came from the U.S. and from Pakistan, many of them, over many months. Then more came.';
    expect(cutAtSentence(text, 85)).toBe('Troops came from the U.S. and from Pakistan, many of them, over many months. …');
  });

  it('falls back to a word boundary when one sentence is longer than the room', () => {
    const cut = cutAtSentence('one two three four five six seven eight nine ten', 20);
    expect(cut).toBe('one two three four…');
  });

  it('cuts hard inside a word that is longer than the room', () => {
    expect(cutAtSentence('x'.repeat(50), 10)).toBe(`${'x'.repeat(9)}…`);
  });

  it('never splits a surrogate pair', () => {
    const cut = cutAtSentence('😀'.repeat(20), 10);
    expect(cut.endsWith('…')).toBe(true);
    expect(cut.slice(0, -1)).toBe('😀'.repeat(4));
  });

  it('keeps to the limit as measured after escaping, and what it keeps is a verbatim prefix', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'b', ' ', '.', '&', '<', '😀', '\n'), maxLength: 400 }), fc.integer({ min: 3, max: 300 }), (text, max) => {
        const cut = cutAtSentence(text, max, escapedLength);
        expect(escapedLength(cut)).toBeLessThanOrEqual(max);
        if (cut !== text) expect(text.startsWith(cut.replace(/ ?…$/, ''))).toBe(true);
      }),
    );
  });
});
