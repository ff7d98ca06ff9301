import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/loadCorpus.ts';
import { wordKind } from '../../src/text/englishWords.ts';
import { LEMMAS, SYNONYM_GROUPS } from '../../src/text/thesaurus.ts';
import { CORPUS_DIR } from '../support/paths.ts';

describe('thesaurus', () => {
  it('groups soldiers with troops', () => {
    expect(SYNONYM_GROUPS.some((g) => g.includes('troop') && g.includes('soldier'))).toBe(true);
  });

  it('writes every word in lower case', () => {
    for (const group of SYNONYM_GROUPS) for (const word of group) expect(word).toBe(word.toLowerCase());
    for (const [form, base] of Object.entries(LEMMAS)) {
      expect(form).toBe(form.toLowerCase());
      expect(base).toBe(base.toLowerCase());
    }
  });

  it('is general English: none of its words is a name from the shipped story', async () => {
    const corpus = await loadCorpus(CORPUS_DIR);
    const text = corpus.documents.flatMap((d) => d.passages.map((p) => p.text)).join(' ');
    // Capitalized words not opening a sentence that are not also ordinary words: Pakistan, Rubio, Andrabi, Gaza…
    const names = new Set(
      [...text.matchAll(/(?<=[\p{Ll},]\s)\p{Lu}\p{Ll}+/gu)].map((m) => m[0].toLowerCase()).filter((w) => wordKind(w) !== 'ordinary'),
    );
    expect(names.size).toBeGreaterThan(10);
    const words = [...SYNONYM_GROUPS.flat(), ...Object.keys(LEMMAS), ...Object.values(LEMMAS)];
    expect(words.filter((w) => names.has(w))).toEqual([]);
  });
});
