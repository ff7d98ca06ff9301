import { describe, expect, it } from 'vitest';
import { phrasalSynonyms, verbSynonyms } from '../../src/text/verbSynonyms.ts';

describe('verbSynonyms (WordNet)', () => {
  it('gives the members of a verb’s synsets, from any inflected form', () => {
    expect(verbSynonyms('broadened')).toContain('widen');
    expect(verbSynonyms('surrender')).toContain('give up');
  });

  it('gives the troponyms of the first sense', () => {
    expect(verbSynonyms('mapped')).toContain('chart');
  });

  it('leaves out the far senses of a common verb', () => {
    expect(verbSynonyms('lead')).not.toContain('run');
  });

  it('gives nothing for a word that is no verb', () => {
    expect(verbSynonyms('harbourside')).toEqual([]);
  });
});

describe('phrasalSynonyms', () => {
  it.each([
    ['goes', 'up', 'rise'],
    ['stepped', 'down', 'resign'],
    ['pay', 'back', 'repay'],
    ['shut', 'down', 'close'],
  ])('gives a one-word verb for %s %s', (verb, particle, synonym) => {
    expect(phrasalSynonyms(verb, particle)).toContain(synonym);
  });

  it('gives the news sense of a phrasal verb WordNet lacks it for ("signed off" → "approve")', () => {
    expect(phrasalSynonyms('signed', 'off')).toContain('approve');
    expect(phrasalSynonyms('scaling', 'back')).toContain('reduce');
  });

  it('gives none for a pair WordNet has no phrasal verb for', () => {
    expect(phrasalSynonyms('board', 'up')).toEqual([]);
  });
});
