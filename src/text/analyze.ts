import { stemWord } from './stem.ts';
import { STOP_WORDS } from './stopWords.ts';
import { LEMMAS } from './thesaurus.ts';
import { tokenizeWords, type WordToken } from './tokenize.ts';

/** A meaningful word of a text: its index term (stem) and how it was written. */
export interface Term extends WordToken {
  /** The index term: the Porter stem of the word's lemma, or the lower-cased acronym or number. */
  term: string;
  /** The joined form of a hyphenated compound, emitted beside its parts. */
  compound?: true;
}

/** The index term for a folded word: lemma, then stem ("sent" → "send", "troops" → "troop"). */
export function termOf(normal: string): string {
  return stemWord(LEMMAS[normal] ?? normal);
}

/**
 * Analyzes text into index terms in order: tokenized, stop words dropped (acronyms such as US kept),
 * lemmatized and stemmed. Hyphenated compounds also yield their joined form ("cease-fire" → "ceasefire").
 */
export function analyzeText(text: string, stopWords: ReadonlySet<string> = STOP_WORDS): Term[] {
  const tokens = tokenizeWords(text);
  const terms: Term[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const previous = tokens[i - 1];
    if (previous && /^[\p{L}]/u.test(token.normal) && /^[\p{L}]/u.test(previous.normal) && text.slice(previous.offset + previous.surface.length, token.offset) === '-') {
      const joined = previous.normal + token.normal;
      terms.push({ ...previous, surface: `${previous.surface}${token.surface}`, normal: joined, term: termOf(joined), compound: true });
    }
    if (!token.acronym && (stopWords.has(token.normal) || token.normal.length < 2 && !token.numeric)) continue;
    terms.push({ ...token, term: token.acronym ? token.normal : termOf(token.normal) });
  }
  return terms;
}

/** Just the index terms of a text, in order. */
export function indexTerms(text: string): string[] {
  return analyzeText(text).map((t) => t.term);
}
