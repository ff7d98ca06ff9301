import { describe, expect, it } from 'vitest';
import { RELATED_WEIGHT } from '../../../src/search/analyzeQuestion.ts';
import { rankPassages } from '../../../src/search/rankPassages.ts';
import { queryOf, tinyIndex } from './tinyIndex.ts';

const index = tinyIndex({
  court: {
    title: 'Portvale',
    paragraphs: ['The harbour case went to court in Portvale last spring.', 'The harbour board met.', 'Portvale has a new ferry.'],
  },
});

const QUESTION = 'What about the harbour lawsuit?';

describe('related terms of a word the corpus lacks (WordNet noun synonyms)', () => {
  it('are kept apart from the word’s alternatives: the word stays missing', () => {
    const { question, query } = queryOf(index, QUESTION);
    const lawsuit = question.words.find((w) => w.surface === 'lawsuit')!;
    expect(lawsuit.missing).toBe(true);
    expect(lawsuit.alternatives.size).toBe(0);
    expect(lawsuit.related?.get('case')).toBe(RELATED_WEIGHT);
    expect([...query.relatedUses].map((id) => query.useTerms[id])).toEqual(['case']);
  });

  it('rank the paragraph that holds one first, but are no evidence for the verifier and the quote', () => {
    const { question } = queryOf(index, QUESTION);
    const ranked = rankPassages(index, question);
    // Without the related term the shorter second paragraph scores higher on "harbour" alone.
    expect(ranked[0]!.indexed.passage.paragraph).toBe(1);
    const lawsuit = question.words.findIndex((w) => w.surface === 'lawsuit');
    expect(ranked[0]!.wordWeights[lawsuit]).toBe(0);
    expect(ranked[0]!.sentenceWeights.every((w) => w[lawsuit] === 0)).toBe(true);
    expect(ranked[0]!.matched.map((w) => w.surface)).not.toContain('lawsuit');
    // The ranking features count it; the evidence's do not.
    expect(ranked[0]!.features.coverage).toBeGreaterThan(ranked[0]!.evidenceFeatures!.coverage);
    expect(ranked[0]!.coverage).toBeCloseTo(ranked[0]!.evidenceFeatures!.coverage);
  });

  it('are not looked up for a word the corpus has, nor for a name', () => {
    const { question, query } = queryOf(index, 'Did the Lawsuitville harbour case go to court?');
    expect(question.words.every((w) => w.related === undefined)).toBe(true);
    expect(query.relatedUses.size).toBe(0);
  });
});
