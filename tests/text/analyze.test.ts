import { describe, expect, it } from 'vitest';
import { analyzeText, indexTerms, rememberTerm, termOf } from '../../src/text/analyze.ts';

describe('termOf', () => {
  it('stems regular forms to one term', () => {
    expect(termOf('troops')).toBe(termOf('troop'));
    expect(termOf('abstained')).toBe(termOf('abstain'));
  });

  it('maps irregular forms to their base word before stemming', () => {
    expect(termOf('sent')).toBe(termOf('send'));
    expect(termOf('countries')).toBe(termOf('country'));
    expect(termOf('abstentions')).toBe(termOf('abstain'));
  });
});

describe('analyzeText', () => {
  it('drops stop words and keeps the meaningful words in order', () => {
    expect(indexTerms('Pakistan has sent the troops to the missions')).toEqual(['pakistan', termOf('send'), termOf('troop'), termOf('mission')]);
  });

  it('keeps acronyms even when they spell a stop word', () => {
    expect(indexTerms('the US and it')).toEqual(['us']);
    expect(indexTerms('the U.S. and the U.N.')).toEqual(['us', 'un']);
  });

  it('keeps numbers as facts, single digits included', () => {
    expect(indexTerms('200,000 troops to 41 missions in 7 years')).toEqual(['200000', termOf('troop'), '41', termOf('mission'), '7', termOf('year')]);
  });

  it('adds the joined form of a hyphenated word beside its parts', () => {
    const terms = analyzeText('an October cease-fire');
    expect(terms.map((t) => t.term)).toContain(termOf('ceasefire'));
    expect(terms.map((t) => t.term)).toContain(termOf('fire'));
    expect(terms.find((t) => t.compound)).toMatchObject({ normal: 'ceasefire', surface: 'ceasefire' });
  });

  it('lets "cease-fire" and "ceasefire" share a term', () => {
    expect(indexTerms('ceasefire')).toEqual([termOf('ceasefire')]);
    expect(indexTerms('cease-fire')).toContain(indexTerms('ceasefire')[0]);
  });

  it('accepts its own stop word list', () => {
    expect(indexTerms('what about Gaza')).toEqual(['gaza']);
    expect(analyzeText('what about Gaza', new Set()).map((t) => t.normal)).toEqual(['what', 'about', 'gaza']);
  });

  it('returns nothing for text without words', () => {
    expect(analyzeText('')).toEqual([]);
    expect(analyzeText('?!… 😀')).toEqual([]);
  });
});

describe('rememberTerm', () => {
  it('makes termOf give the term a saved index recorded for a word, without stemming it again', () => {
    // A made-up pair the stemmer would never give: only the remembered term can come back.
    rememberTerm('zorbling', 'zorbl-saved');
    expect(termOf('zorbling')).toBe('zorbl-saved');
  });
});
