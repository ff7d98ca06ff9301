import { describe, expect, it } from 'vitest';
import { scoredCandidates, tinyIndex } from './tinyIndex.ts';

// "Eastwick" is rare (one paragraph); "fish", "crews" and "harbour" are common.
const index = tinyIndex({
  port: {
    title: 'Portvale port',
    paragraphs: [
      'Crews fish from the harbour. Crews fish in spring.',
      'Crews from Eastwick sail out.',
      'The harbour crews fish daily.',
      'Crews fish at the harbour at dawn.',
    ],
  },
  ferries: { title: 'Ferries', paragraphs: ['Ferries leave the harbour hourly.'] },
});

describe('coverage and rareMissing (IDF-aware coverage)', () => {
  it('marks the paragraph lacking the question’s rarest word, however many common words it holds', () => {
    const scored = scoredCandidates(index, 'Do the harbour crews from Eastwick fish?');
    expect(scored.get('port#1')!.features.rareMissing).toBe(1);
    expect(scored.get('port#2')!.features.rareMissing).toBeLessThan(1);
    expect(scored.get('port#2')!.features.coverage).toBeGreaterThan(0);
  });

  it('is 0 when the paragraph holds every question word the corpus has', () => {
    const scored = scoredCandidates(index, 'Do harbour crews fish?');
    expect(scored.get('port#3')!.features.rareMissing).toBe(0);
    expect(scored.get('port#3')!.features.coverage).toBeCloseTo(1);
  });
});

describe('article prior', () => {
  it('gives every candidate of a document the share of the question its candidates and title hold together', () => {
    const scored = scoredCandidates(index, 'Which ferries leave from the Portvale harbour?');
    // The port article holds "harbour" in its paragraphs and "Portvale" in its title; the ferries one lacks "Portvale".
    expect(scored.get('port#1')!.features.article).toBeCloseTo(scored.get('port#3')!.features.article);
    expect(scored.get('ferries#1')!.features.article).toBeLessThan(1);
    expect(scored.get('ferries#1')!.features.coverage).toBeGreaterThan(scored.get('port#1')!.features.coverage);
  });
});
