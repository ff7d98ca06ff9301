import type { CorpusDocument, Passage } from '../corpus/types.ts';
import { indexTerms, termsOfTokens, type Term } from '../text/analyze.ts';
import { sentenceFacts, type SentenceFacts } from '../text/answerTypes.ts';
import { tokenizeWords } from '../text/tokenize.ts';

/** A sentence ready for scoring: its index terms in order and the facts it holds. */
export interface IndexedSentence {
  text: string;
  start: number;
  end: number;
  terms: string[];
  termSet: ReadonlySet<string>;
  facts: SentenceFacts;
}

/** A paragraph ready for scoring, with its document. */
export interface IndexedPassage {
  passage: Passage;
  document: CorpusDocument;
  terms: string[];
  termSet: ReadonlySet<string>;
  sentences: IndexedSentence[];
  /** Index terms of the document's title (one set per document, shared by its paragraphs). */
  titleTerms: ReadonlySet<string>;
}

const titleTermsOf = new WeakMap<CorpusDocument, ReadonlySet<string>>();

/** The index terms of a paragraph in order, with how each word was written (what indexing needs). */
export function passageTerms(passage: Passage): Term[] {
  return termsOfTokens(passage.text, tokenizeWords(passage.text));
}

/**
 * Analyzes one paragraph for reranking: its terms, and per sentence its terms and facts (dates, numbers,
 * names). Done on demand for the candidates of a question, never for the whole corpus at indexing.
 */
export function analyzePassage(document: CorpusDocument, passage: Passage): IndexedPassage {
  const tokens = tokenizeWords(passage.text);
  const all = termsOfTokens(passage.text, tokens);
  const terms = all.map((t) => t.term);
  let tokenCursor = 0;
  let termCursor = 0;
  const sentences = passage.sentences.map((s) => {
    const sentenceTokens = [];
    while (tokenCursor < tokens.length && tokens[tokenCursor]!.offset < s.end) {
      if (tokens[tokenCursor]!.offset >= s.start) sentenceTokens.push(tokens[tokenCursor]!);
      tokenCursor += 1;
    }
    const sentenceTerms: string[] = [];
    while (termCursor < all.length && all[termCursor]!.offset < s.end) {
      if (all[termCursor]!.offset >= s.start) sentenceTerms.push(all[termCursor]!.term);
      termCursor += 1;
    }
    return { text: s.text, start: s.start, end: s.end, terms: sentenceTerms, termSet: new Set(sentenceTerms), facts: sentenceFacts(s.text, sentenceTokens) };
  });
  let titleTerms = titleTermsOf.get(document);
  if (!titleTerms) titleTermsOf.set(document, (titleTerms = new Set(indexTerms(document.title))));
  return { passage, document, terms, termSet: new Set(terms), sentences, titleTerms };
}
