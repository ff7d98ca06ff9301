import MiniSearch from 'minisearch';
import SearchableMap from 'minisearch/SearchableMap';
import type { Corpus, CorpusDocument, Passage } from '../corpus/types.ts';
import { buildAcronymTable, type AcronymTable } from '../text/acronyms.ts';
import { analyzeText, indexTerms, type Term } from '../text/analyze.ts';

/** A sentence ready for scoring: its index terms in order. */
export interface IndexedSentence {
  text: string;
  start: number;
  end: number;
  terms: string[];
  termSet: ReadonlySet<string>;
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
 * plus what reranking needs: terms per sentence, document frequencies and the vocabulary for typo repair.
 */
export class PassageIndex {
  readonly search: MiniSearch<{ id: number }>;
  readonly passages: IndexedPassage[];
  readonly documentFrequency = new Map<string, number>();
  /** Folded surface word → index term, for typo tolerance on what the corpus really contains. */
  readonly vocabulary = new SearchableMap<string>();
  /** Words written capitalized somewhere in the corpus (names), folded. */
  readonly names = new Set<string>();
  readonly acronyms: AcronymTable;

  constructor(corpus: Corpus) {
    this.passages = [];
    for (const document of corpus.documents) {
      for (const passage of document.passages) this.passages.push(this.#analyzePassage(document, passage));
    }
    this.acronyms = buildAcronymTable(this.passages.map((p) => p.passage.text));
    const titleTerms = new Map(corpus.documents.map((d) => [d.id, indexTerms(d.title)]));
    this.search = new MiniSearch<{ id: number }>({
      idField: 'id',
      fields: ['text', 'title'],
      extractField: (doc, field) => {
        const indexed = this.passages[doc.id]!;
        if (field === 'id') return doc.id as unknown as string;
        return (field === 'title' ? titleTerms.get(indexed.document.id)! : indexed.terms).join(' ');
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

  /** Whether any paragraph contains the index term. */
  has(term: string): boolean {
    return this.documentFrequency.has(term);
  }

  #analyzePassage(document: CorpusDocument, passage: Passage): IndexedPassage {
    const all: Term[] = analyzeText(passage.text);
    for (const t of all) {
      if (!this.vocabulary.has(t.normal)) this.vocabulary.set(t.normal, t.term);
      if (t.capitalized) this.names.add(t.normal);
    }
    const terms = all.map((t) => t.term);
    const termSet = new Set(terms);
    for (const term of termSet) this.documentFrequency.set(term, (this.documentFrequency.get(term) ?? 0) + 1);
    const sentences = passage.sentences.map((s) => {
      const sentenceTerms = all.filter((t) => t.offset >= s.start && t.offset < s.end).map((t) => t.term);
      return { text: s.text, start: s.start, end: s.end, terms: sentenceTerms, termSet: new Set(sentenceTerms) };
    });
    return { passage, document, terms, termSet, sentences };
  }
}
