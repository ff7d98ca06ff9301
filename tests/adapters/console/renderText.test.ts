import { describe, expect, it } from 'vitest';
import { renderText } from '../../../src/adapters/console/renderText.ts';
import { RELATED_PASSAGES_NOTE, type BotReply } from '../../../commands/reply.ts';
import type { CitedPassage } from '../../../src/search/types.ts';

const passage = (overrides: Partial<CitedPassage> = {}): CitedPassage => ({
  doc: 'doc',
  title: 'A story',
  paragraph: 4,
  quote: 'A quoted sentence.',
  score: 1,
  source: 'Wire',
  published: '2025-12-20',
  ...overrides,
});

const reply = (overrides: Partial<BotReply> = {}): BotReply => ({ command: 'ask', lines: [], quotes: [], refused: false, json: {}, ...overrides });

describe('renderText', () => {
  it('prints the heading, the lines, then each quote with its citation under it', () => {
    const text = renderText(reply({ heading: 'Heading', lines: ['A line.'], quotes: [passage(), passage({ paragraph: 9, quote: 'Another.' })] }));
    expect(text).toBe(
      [
        'Heading',
        'A line.',
        '',
        '  │ A quoted sentence.',
        '    — ¶4 · doc',
        '      A story · Wire · 2025-12-20',
        '',
        '  │ Another.',
        '    — ¶9 · doc',
        '',
      ].join('\n'),
    );
  });

  it('adds the url to the full source when there is one', () => {
    expect(renderText(reply({ quotes: [passage({ url: 'https://example.com/s' })] }))).toContain('      A story · Wire · 2025-12-20 · https://example.com/s');
  });

  it('shows a full source only once across the replies of one session', () => {
    const shownSources = new Set<string>();
    expect(renderText(reply({ quotes: [passage()] }), { shownSources })).toContain('A story · Wire');
    const second = renderText(reply({ quotes: [passage({ paragraph: 5 }), passage({ doc: 'other', title: 'Other story' })] }), { shownSources });
    expect(second).not.toContain('A story');
    expect(second).toContain('— ¶5 · doc\n');
    expect(second).toContain('— ¶4 · other\n      Other story · Wire');
  });

  it('wraps at words to the width given, keeping each prefix, and not without one', () => {
    const quote = 'Pakistan has previously sent more than 200,000 troops to 41 UN peacekeeping missions, the most of any country.';
    const wrapped = renderText(reply({ heading: 'A heading that is long enough to wrap at thirty', quotes: [passage({ quote })] }), { width: 30 });
    for (const line of wrapped.split('\n')) expect(line.length).toBeLessThanOrEqual(30);
    const quoteLines = wrapped.split('\n').filter((l) => l.startsWith('  │ '));
    expect(quoteLines.length).toBeGreaterThan(3);
    expect(quoteLines.map((l) => l.slice(4)).join(' ')).toBe(quote);
    expect(renderText(reply({ quotes: [passage({ quote })] }))).toContain(`  │ ${quote}\n`);
  });

  it('says when the quotes are only related passages', () => {
    const text = renderText(reply({ refused: true, lines: ["The story doesn't mention X."], quotes: [passage({ related: true })], quotesAreRelated: true }));
    expect(text.split('\n').slice(0, 2)).toEqual(["The story doesn't mention X.", RELATED_PASSAGES_NOTE]);
  });

  it('indents every line of a quote that spans lines', () => {
    expect(renderText(reply({ quotes: [passage({ quote: 'line one\nline two' })] }))).toContain('  │ line one\n  │ line two');
  });

  it('replaces terminal control characters in lines and quotes', () => {
    const text = renderText(reply({ lines: ['red \u001b[31m text'], quotes: [passage({ quote: 'bell\u0007 and null\u0000' })] }));
    for (const control of ['\u0000', '\u0007', '\u001b']) expect(text).not.toContain(control);
    expect(text).toContain('red  [31m text');
  });
});
