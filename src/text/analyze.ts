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

/** Index terms of the folded words seen so far (lemma and stem looked up once per distinct word); bounded like the stem cache. */
const MAX_TERMS = 200_000;
const terms = new Map<string, string>();

/** The index term for a folded word: lemma, then stem ("sent" → "send", "troops" → "troop"). */
export function termOf(normal: string): string {
  let term = terms.get(normal);
  if (term === undefined) {
    term = stemWord(Object.hasOwn(LEMMAS, normal) ? LEMMAS[normal]! : normal);
    if (terms.size >= MAX_TERMS) terms.clear();
    terms.set(normal, term);
  }
  return term;
}

/**
 * Records the index term a saved index already holds for a folded word (its vocabulary), so that termOf does not
 * lemmatize and stem the corpus's words again after a warm start: the first questions analyze their candidates'
 * paragraphs, every word of which would otherwise go through the Porter stemmer once more.
 */
export function rememberTerm(normal: string, term: string): void {
  if (terms.size < MAX_TERMS) terms.set(normal, term);
}

/**
 * Turns word tokens into index terms in order: stop words dropped (acronyms such as US kept),
 * lemmatized and stemmed. Hyphenated compounds also yield their joined form ("cease-fire" → "ceasefire").
 */
export function termsOfTokens(text: string, tokens: WordToken[], stopWords: ReadonlySet<string> = STOP_WORDS): Term[] {
  const terms: Term[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const previous = tokens[i - 1];
    if (previous && text[token.offset - 1] === '-' && previous.offset + previous.surface.length === token.offset - 1 && /^\p{L}/u.test(token.normal) && /^\p{L}/u.test(previous.normal)) {
      const joined = previous.normal + token.normal;
      terms.push({ ...previous, surface: `${previous.surface}${token.surface}`, normal: joined, term: termOf(joined), compound: true });
    }
    if (!token.acronym && (stopWords.has(token.normal) || (token.normal.length < 2 && !token.numeric))) continue;
    // Tokens are fresh objects of this call: extending them in place spares an allocation per word.
    const term = token as Term;
    term.term = token.acronym ? token.normal : termOf(token.normal);
    terms.push(term);
  }
  return terms;
}

/** Analyzes text into index terms in order (see termsOfTokens). */
export function analyzeText(text: string, stopWords: ReadonlySet<string> = STOP_WORDS): Term[] {
  return termsOfTokens(text, tokenizeWords(text), stopWords);
}

/** Just the index terms of a text, in order. */
export function indexTerms(text: string): string[] {
  return analyzeText(text).map((t) => t.term);
}
