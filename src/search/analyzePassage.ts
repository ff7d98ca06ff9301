import type { CorpusDocument, Passage, Sentence } from '../corpus/types.ts';
import { indexTerms, termOf, termsOfTokens, type Term } from '../text/analyze.ts';
import { sentenceFacts, type SentenceFacts } from '../text/answerTypes.ts';
import { tokenizeWords } from '../text/tokenize.ts';
import type { ResolvedSpeaker } from './resolveSpeakers.ts';

/** A sentence ready for scoring: its index terms in order and the facts it holds. */
export interface IndexedSentence {
  text: string;
  start: number;
  end: number;
  /** Where its terms are in the paragraph's: terms[from..to) (to exclusive). */
  from: number;
  to: number;
  terms: string[];
  facts: SentenceFacts;
}

/** A paragraph ready for scoring, with its document. */
export interface IndexedPassage {
  passage: Passage;
  document: CorpusDocument;
  terms: string[];
  /** Each distinct term → where it stands in `terms`, ascending (so a query's few terms are looked up, not the paragraph's many). */
  termPositions: ReadonlyMap<string, readonly number[]>;
  sentences: IndexedSentence[];
  /** Index terms of the document's title (one set per document, shared by its paragraphs). */
  titleTerms: ReadonlySet<string>;
  /** Index terms standing in many of the document's paragraphs, as indexing found them (documentThemes; one set per document). */
  themes: ReadonlySet<string>;
  /** The people its sentences refer to without naming them, resolved at indexing from the paragraphs before (resolveSpeakers). */
  speakers: readonly ResolvedSpeaker[];
}

const titleTermsOf = new WeakMap<CorpusDocument, ReadonlySet<string>>();

/** The index terms of a paragraph's text in order, with how each word was written (what indexing needs). */
export function passageTerms(text: string): Term[] {
  return termsOfTokens(text, tokenizeWords(text));
}

/** Where each of a paragraph's sentences has its terms among the paragraph's terms (in order, as passageTerms gives them): [from, to). */
export function sentenceTermRanges(sentences: readonly Sentence[], terms: readonly Term[]): [from: number, to: number][] {
  let cursor = 0;
  return sentences.map((s) => {
    while (cursor < terms.length && terms[cursor]!.offset < s.start) cursor += 1;
    const from = cursor;
    while (cursor < terms.length && terms[cursor]!.offset < s.end) cursor += 1;
    return [from, cursor];
  });
}

/** What analysis finds in a paragraph's text alone: the same for every paragraph with that text. */
export type AnalyzedText = Pick<IndexedPassage, 'terms' | 'termPositions' | 'sentences'>;

/** What a paragraph's analysis takes from the index, since it depends on more than the paragraph's text. */
export interface IndexedContext {
  /** The people it refers to without naming them (resolveSpeakers); none by default. */
  speakers?: readonly ResolvedSpeaker[];
  /** Its document's themes (documentThemes); none by default. */
  themes?: ReadonlySet<string>;
}

const NO_THEMES: ReadonlySet<string> = new Set();

/**
 * Analyzes one paragraph for reranking: its terms, and per sentence its terms and facts (dates, numbers,
 * names). Done on demand for the candidates of a question, never for the whole corpus at indexing. With
 * `text`, the analysis of another paragraph with the same text is reused (a story republished or copied); speakers and
 * themes come from the index (`fromIndex`), since they depend on the other paragraphs.
 */
export function analyzePassage(document: CorpusDocument, passage: Passage, text?: AnalyzedText, fromIndex: IndexedContext = {}): IndexedPassage {
  let titleTerms = titleTermsOf.get(document);
  if (!titleTerms) titleTermsOf.set(document, (titleTerms = new Set(indexTerms(document.title))));
  const { terms, termPositions, sentences } = text ?? analyzeText(passage);
  const { speakers = [], themes = NO_THEMES } = fromIndex;
  return { passage, document, terms, termPositions, sentences, titleTerms, themes, speakers };
}

/** The analysis of a paragraph's text (see analyzePassage). */
export function analyzeText(passage: Passage): AnalyzedText {
  const tokens = tokenizeWords(passage.text);
  const all = termsOfTokens(passage.text, tokens);
  const terms = all.map((t) => t.term);
  let tokenCursor = 0;
  const ranges = sentenceTermRanges(passage.sentences, all);
  const sentences = passage.sentences.map((s, i) => {
    const sentenceTokens = [];
    while (tokenCursor < tokens.length && tokens[tokenCursor]!.offset < s.end) {
      if (tokens[tokenCursor]!.offset >= s.start) sentenceTokens.push(tokens[tokenCursor]!);
      tokenCursor += 1;
    }
    const [from, to] = ranges[i]!;
    const sentenceTerms = terms.slice(from, to);
    return { text: s.text, start: s.start, end: s.end, from, to, terms: sentenceTerms, facts: sentenceFacts(s.text, sentenceTokens) };
  });
  return { terms, termPositions: termPositionsOf(terms), sentences };
}

/** Each distinct term of a sequence → its positions, ascending (terms in order of first appearance). */
export function termPositionsOf(terms: readonly string[]): Map<string, number[]> {
  const positions = new Map<string, number[]>();
  terms.forEach((term, i) => {
    const known = positions.get(term);
    if (known) known.push(i);
    else positions.set(term, [i]);
  });
  return positions;
}

/** Word terms of the sentences asked for so far; weak, so they go with the paragraph analyses that hold the sentences. */
const wordTermsOf = new WeakMap<IndexedSentence, readonly string[]>();

/**
 * The index term of every word of a sentence in order, stop words included, so that positions count the words as
 * written (how far apart a role and a name stand). Computed once per analyzed sentence, on first use.
 */
export function sentenceWordTerms(sentence: IndexedSentence): readonly string[] {
  let terms = wordTermsOf.get(sentence);
  if (!terms) wordTermsOf.set(sentence, (terms = tokenizeWords(sentence.text).map((t) => termOf(t.normal))));
  return terms;
}
