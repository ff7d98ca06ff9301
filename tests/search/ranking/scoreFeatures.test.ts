import { describe, expect, it } from 'vitest';
import { scoredCandidates, tinyIndex } from './tinyIndex.ts';

const index = tinyIndex({
  harbour: {
    title: 'Portvale harbour',
    paragraphs: [
      'Portvale is a fishing town. The harbour reopened on March 3 after repairs.',
      'The harbour is busy. Crews from Eastwick fish there.',
      'Repairs of the harbour cost 4 million euros, the mayor said.',
    ],
  },
  eastwick: { title: 'Eastwick', paragraphs: ['Eastwick is a village near Portvale.', 'Eastwick crews fish near the harbour in spring.'] },
});

describe('scoreFeatures', () => {
  it('scores BM25 as a share of the best candidate’s', () => {
    const scored = [...scoredCandidates(index, 'When did the harbour reopen?').values()];
    expect(scored[0]!.features.bm25).toBe(1);
    for (const s of scored) expect(s.features.bm25).toBeLessThanOrEqual(1);
  });

  it('takes the sentence holding most of the question’s information as the best one', () => {
    const s = scoredCandidates(index, 'When did the harbour reopen?').get('harbour#1')!;
    expect(s.bestSentence).toBe(1);
    expect(s.features.sentence).toBeCloseTo(1);
    expect(s.sentenceShares[0]).toBe(0);
  });

  it('holds the window share at least as high as the best sentence’s', () => {
    const s = scoredCandidates(index, 'Which Eastwick crews fish in the busy harbour?').get('harbour#2')!;
    expect(s.features.window).toBeGreaterThan(s.features.sentence);
    expect(s.features.window).toBeCloseTo(s.coverage);
  });

  it('sets the answer-type feature when the best sentence holds the kind of fact asked for', () => {
    expect(scoredCandidates(index, 'When did the harbour reopen?').get('harbour#1')!.features.answerType).toBeGreaterThan(0);
    expect(scoredCandidates(index, 'How much did the harbour repairs cost?').get('harbour#3')!.features.answerType).toBeGreaterThan(0);
    expect(scoredCandidates(index, 'How much did the harbour repairs cost?').get('harbour#1')!.features.answerType).toBe(0);
  });

  it('scores the typed share: the largest share of a sentence holding the kind of fact asked for', () => {
    const speech = tinyIndex({
      council: {
        title: 'Town council',
        paragraphs: ['Mayor Dana Lee made remarks about the harbour budget, and her remarks were welcomed.', 'Speaking on Friday, Dana Lee thanked the crews.'],
      },
    });
    const scored = scoredCandidates(speech, 'What day did Dana Lee make these remarks?');
    const dated = scored.get('council#2')!;
    // The second paragraph's sentence holds a weekday and Dana Lee: its share counts; the first holds no day.
    expect(dated.features.typedShare).toBeGreaterThan(0);
    expect(dated.features.typedShare).toBeCloseTo(dated.sentenceShares[0]!);
    expect(scored.get('council#1')!.features.typedShare).toBe(0);
    // A question that asks for no kind of fact has none.
    for (const s of scoredCandidates(speech, 'Did Dana Lee thank the crews?').values()) expect(s.features.typedShare).toBe(0);
  });

  it('scores the share of the question’s names the paragraph holds', () => {
    const scored = scoredCandidates(index, 'Do crews from Eastwick fish in Portvale?');
    expect(scored.get('eastwick#1')!.features.names).toBe(1);
    expect(scored.get('harbour#2')!.features.names).toBe(0.5);
  });

  it('marks the first paragraph of a document naming all of a "who/what is X?" subject', () => {
    const scored = scoredCandidates(index, 'What is Eastwick?');
    expect(scored.get('eastwick#1')!.features.firstMention).toBe(1);
    expect(scored.get('eastwick#2')!.features.firstMention).toBe(0);
    expect(scored.get('harbour#2')!.features.firstMention).toBe(1);
    expect(scoredCandidates(index, 'Where do Eastwick crews fish?').get('eastwick#1')!.features.firstMention).toBe(0);
  });
});
