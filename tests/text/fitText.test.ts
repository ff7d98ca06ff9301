import fc from 'fast-check';
import { escapeMarkdown } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { escapedLength } from '../../src/adapters/slack/escapeSlackText.ts';
import { clipText, fitText } from '../../src/text/fitText.ts';

const graphemes = (text: string): string[] => [...new Intl.Segmenter('en', { granularity: 'grapheme' }).segment(text)].map((s) => s.segment);

describe('fitText', () => {
  it('returns text that fits unchanged', () => {
    expect(fitText('Short. Text.', 12)).toBe('Short. Text.');
  });

  it('cuts after the last whole sentence that fits and adds the cut mark', () => {
    const text = 'The first sentence is here. The second one is here too. The third is longer than the room left.';
    const cut = fitText(text, 70);
    expect(cut).toBe('The first sentence is here. The second one is here too. …');
    expect(cut.length).toBeLessThanOrEqual(70);
  });

  it('does not end a sentence at a title or an abbreviation: "Dr. Smith met the U.S. envoy"', () => {
    const text = 'Dr. Smith met the U.S. envoy in Islamabad on Monday. They spoke for an hour about the force.';
    // Room for "Dr. Smith met the U.S." and more, but not for the whole first sentence: no sentence end fits,
    // so the cut falls back to a word, never to "Dr." or "U.S." as if they ended a sentence.
    expect(fitText(text, 40)).toBe('Dr. Smith met the U.S. envoy in …');
    expect(fitText(text, 60)).toBe('Dr. Smith met the U.S. envoy in Islamabad on Monday. …');
  });

  it('treats a line break as the end of a sentence', () => {
    expect(fitText('First line without a stop\nSecond line that is far too long to keep', 40)).toBe('First line without a stop …');
  });

  it('falls back to a word boundary when one sentence is longer than the room', () => {
    expect(fitText('one two three four five six seven eight nine ten', 20)).toBe('one two three four …');
  });

  it('cuts hard inside a word that is longer than the room, with the platform’s own mark', () => {
    expect(fitText('x'.repeat(50), 10, { mark: '…' })).toBe(`${'x'.repeat(9)}…`);
  });

  it('never splits a flag, an emoji with a skin tone or a letter with its accent', () => {
    for (const unit of ['🇵🇰', '👍🏽', '👩‍👩‍👧', 'é']) {
      const text = unit.repeat(30);
      for (let max = 1; max <= 40; max++) {
        const cut = fitText(text, max, { mark: '…' });
        expect(cut.length).toBeLessThanOrEqual(max);
        const kept = cut.replace(/…$/, '');
        expect(graphemes(kept).every((g) => g === unit), `${unit} cut to ${max}: ${JSON.stringify(cut)}`).toBe(true);
      }
    }
  });

  it('keeps to the limit as measured after escaping, and what it keeps is a verbatim prefix', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'b', ' ', '.', '&', '<', '😀', '🇵🇰', '\n'), maxLength: 400 }), fc.integer({ min: 3, max: 300 }), (text, max) => {
        const cut = fitText(text, max, { measure: escapedLength });
        expect(escapedLength(cut)).toBeLessThanOrEqual(max);
        if (cut !== text) expect(text.startsWith(cut.replace(/ ?…$/, ''))).toBe(true);
      }),
    );
  });

  it('never cuts an unbreakable piece (an escape) in half', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', ' ', '*', '_', '.'), maxLength: 300 }), fc.integer({ min: 3, max: 200 }), (raw, max) => {
        const escaped = escapeMarkdown(raw);
        const cut = fitText(escaped, max, { unbreakable: /\\[\s\S]/g });
        expect(cut.length).toBeLessThanOrEqual(max);
        // An escape cut in half leaves a lone backslash just before the mark.
        if (cut !== escaped) expect(cut.replace(/ …$/, '')).not.toMatch(/(?<!\\)(?:\\\\)*\\$/);
      }),
    );
  });

  it('gives only the mark, or nothing, when the room is smaller than the mark', () => {
    expect(fitText('abcdef', 1)).toBe('…');
    expect(fitText('abcdef', 0)).toBe('');
  });
});

describe('clipText', () => {
  it('cuts at a grapheme boundary with no mark', () => {
    expect(clipText(`${'a'.repeat(99)}😀 Rubio`, 100)).toBe('a'.repeat(99));
    expect(clipText('🇵🇰🇵🇰', 7)).toBe('🇵🇰');
    expect(clipText('short', 100)).toBe('short');
  });
});
