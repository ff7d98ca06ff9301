import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { datePrecision, findDatePhrases, findNameRuns, isCalendarWord, isMonthWord, yearsIn } from '../../src/text/entities.ts';

describe('findNameRuns', () => {
  it('finds runs of capitalised words, with inner "of", and leaves out words capitalised only by the sentence start', () => {
    const runs = findNameRuns('How did the US Secretary of State Marco Rubio thank Pakistan?');
    expect(runs.map((r) => r.name)).toEqual(['US Secretary of State Marco Rubio', 'Pakistan']);
    expect(runs[0]!.determined).toBe(true);
    expect(runs[1]!.determined).toBe(false);
  });

  it('splits off a possessive and marks initials', () => {
    const runs = findNameRuns('Reservations are shown by China’s and Russia’s UN abstentions.');
    expect(runs.map((r) => [r.name, r.possessive, r.acronym])).toEqual([
      ['Reservations', '', false],
      ['China', '’s', false],
      ['Russia', '’s', false],
      ['UN', '', true],
    ]);
  });

  it("splits off every possessive ending ('s, ’s, a bare apostrophe) and keeps a name ending in s whole", () => {
    const runs = findNameRuns("Officials said Kansas and Texas' ports, the G7's envoy and Ulysses Grant’s B2B deal.");
    expect(runs.map((r) => [r.name, r.possessive, r.acronym])).toEqual([
      ['Officials', '', false],
      ['Kansas', '', false],
      ['Texas', "'", false],
      ['G7', "'s", true],
      ['Ulysses Grant', '’s', false],
      ['B2B', '', true],
    ]);
  });

  it('finds the same runs in a text of ASCII letters and digits as the Unicode reading does (property)', () => {
    // A lower-case word beyond ASCII at the end ends no run and starts none, but makes the reader use its Unicode patterns.
    const unicodeReading = (text: string) => findNameRuns(`${text} é`);
    const pieces = ['Gaza', 'UN', 'U.S.', 'of', 'the', 'and', 'Pakistan’s', "Texas'", 'co-op', 'McDonald', 'B2B', '42', 'Friday', 'what', 'A', 'x', ' ', ' ', '. ', '! ', ': ', ', ', '-', '.', "'", '’', '\n', '😀', '(', ')'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        expect(findNameRuns(text)).toEqual(unicodeReading(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('does not take calendar words or function words for names', () => {
    expect(findNameRuns('What happened on Friday in November?').map((r) => r.name)).toEqual([]);
    expect(findNameRuns('Is it true that I said so?').map((r) => r.name)).toEqual([]);
  });
});

describe('calendar words', () => {
  it('knows months in full and short, and weekdays, in any case', () => {
    expect(['november', 'nov', 'sept', 'may'].every(isMonthWord)).toBe(true);
    expect(isMonthWord('monday')).toBe(false);
    expect(['Friday', 'NOVEMBER', 'may'].every(isCalendarWord)).toBe(true);
    expect(['Nov', 'Pakistan', 'today'].some(isCalendarWord)).toBe(false);
  });
});

describe('dates', () => {
  it('finds date phrases as written', () => {
    expect(findDatePhrases('Approved on November 17 and again on December 20, 2025, with troops by early 2026.')).toEqual(['November 17', 'December 20, 2025', 'early 2026']);
    expect(findDatePhrases('Nothing dated here, not even 17 or 3000.')).toEqual([]);
  });

  it('tells how precisely a text dates something', () => {
    expect(datePrecision('The council voted on November 17.')).toBe('day');
    expect(datePrecision('It voted on 17 November.')).toBe('day');
    expect(datePrecision('It voted in November.')).toBe('month-or-year');
    expect(datePrecision('Troops may arrive in 2026.')).toBe('month-or-year');
    expect(datePrecision('Rubio spoke on Friday.')).toBe('weekday');
    expect(datePrecision('Rubio spoke.')).toBe('none');
  });

  it('lists the years a text writes', () => {
    expect(yearsIn('From 1999 to 2026, not 3100 or 12026.')).toEqual([1999, 2026]);
  });
});

describe('findNameRuns on long text', () => {
  it('reads sentence starts and articles from the text just before each word', () => {
    const text = `${'Rubio met the envoy. '.repeat(2000)}Then the Foreign Office spoke.`;
    const runs = findNameRuns(text);
    expect(runs).toHaveLength(2001);
    expect(runs.at(-1)).toMatchObject({ name: 'Foreign Office', determined: true });
    expect(runs[0]).toMatchObject({ name: 'Rubio', determined: false });
  });
});
