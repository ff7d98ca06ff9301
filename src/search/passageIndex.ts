import MiniSearch from 'minisearch';
import SearchableMap from 'minisearch/SearchableMap';
import type { Corpus, CorpusDocument, Passage } from '../corpus/types.ts';
import { buildAcronymTable, type AcronymTable } from '../text/acronyms.ts';
import { indexTerms, termsOfTokens } from '../text/analyze.ts';
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
}

/** BM25 parameters of the paragraph index (MiniSearch's BM25+). */
export const BM25_PARAMS = { k: 1.2, b: 0.75, d: 0.5 };

/**
 * The searchable form of a corpus: a MiniSearch index over paragraphs (body and document title),
 * plus what reranking needs: terms and facts per sentence, document frequencies, the vocabulary for typo repair.
 */
export class PassageIndex {
  readonly search: MiniSearch<{ id: number }>;
  readonly passages: IndexedPassage[] = [];
  readonly documentFrequency = new Map<string, number>();
  /** Folded surface word → index term, for variants and typo tolerance on what the corpus really contains. */
  readonly vocabulary = new Map<string, string>();
  #fuzzyVocabulary: SearchableMap<string> | undefined;
  /** Words written capitalized somewhere in the corpus (names), folded. */
  readonly names = new Set<string>();
  readonly acronyms: AcronymTable;

  constructor(corpus: Corpus) {
    for (const document of corpus.documents) {
      for (const passage of document.passages) this.passages.push(this.#analyzePassage(document, passage));
    }
    this.acronyms = buildAcronymTable(this.passages.map((p) => p.passage.text));
    const titleTerms = new Map(corpus.documents.map((d) => [d.id, indexTerms(d.title).join(' ')]));
    this.search = new MiniSearch<{ id: number }>({
      idField: 'id',
      fields: ['text', 'title'],
      extractField: (doc, field) => {
        if (field === 'id') return doc.id as unknown as string;
        const indexed = this.passages[doc.id]!;
        return field === 'title' ? titleTerms.get(indexed.document.id)! : indexed.terms.join(' ');
      },
      tokenize: (text) => (text === '' ? [] : text.split(' ')),
      processTerm: (term) => term,
      searchOptions: { bm25: BM25_PARAMS },
    });
    this.search.addAll(this.passages.map((_, id) => ({ id })));
  }

  /** Number of paragraphs indexed. */
  get size(): number {
    return this.passages.length;
  }

  /** BM25 inverse document frequency of an index term over paragraphs (unknown terms get the highest). */
  idf(term: string): number {
    const n = this.passages.length;
    const df = this.documentFrequency.get(term) ?? 0;
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  /** The vocabulary as a radix tree for fuzzy lookups, built on first use (only misspelt questions need it). */
  get fuzzyVocabulary(): SearchableMap<string> {
    this.#fuzzyVocabulary ??= SearchableMap.from(this.vocabulary);
    return this.#fuzzyVocabulary;
  }

  /** Whether any paragraph contains the index term. */
  has(term: string): boolean {
    return this.documentFrequency.has(term);
  }

  #analyzePassage(document: CorpusDocument, passage: Passage): IndexedPassage {
    const tokens = tokenizeWords(passage.text);
    const all = termsOfTokens(passage.text, tokens);
    for (const t of all) {
      if (!this.vocabulary.has(t.normal)) this.vocabulary.set(t.normal, t.term);
      if (t.capitalized) this.names.add(t.normal);
    }
    const terms = all.map((t) => t.term);
    const termSet = new Set(terms);
    for (const term of termSet) this.documentFrequency.set(term, (this.documentFrequency.get(term) ?? 0) + 1);
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
    return { passage, document, terms, termSet, sentences };
  }
}
