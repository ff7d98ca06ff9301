import { describe, expect, it } from 'vitest';
import { verbSynonyms } from '../../src/text/verbSynonyms.ts';

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
