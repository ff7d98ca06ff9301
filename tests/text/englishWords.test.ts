import { describe, expect, it } from 'vitest';
import { closestOrdinaryWord, wordKind } from '../../src/text/englishWords.ts';

describe('wordKind', () => {
  it('knows ordinary English words, their plurals and verb forms', () => {
    for (const word of ['weather', 'football', 'troops', 'brokered', 'countries']) expect(wordKind(word), word).toBe('ordinary');
  });

  it('knows British spellings of ordinary words', () => {
    expect(wordKind('stabilisation')).toBe('ordinary');
  });

  it('knows common proper names', () => {
    for (const word of ['indonesia', 'pakistan']) expect(wordKind(word), word).toBe('name');
  });

  it('knows nothing of made-up words', () => {
    expect(wordKind('xqzvbl')).toBe('unknown');
  });
});

describe('closestOrdinaryWord', () => {
  it('finds the ordinary word a slip is of, and gives the same answer (or none) when asked again', () => {
    expect(closestOrdinaryWord('gaurentee')).toBe('guarantee');
    expect(closestOrdinaryWord('gaurentee')).toBe('guarantee');
    expect(closestOrdinaryWord('qqzzxxvv')).toBeUndefined();
    expect(closestOrdinaryWord('qqzzxxvv')).toBeUndefined();
  });
});
