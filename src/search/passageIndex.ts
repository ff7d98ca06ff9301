import SearchableMap from 'minisearch/SearchableMap';
import type { Corpus, CorpusDocument, Passage } from '../corpus/types.ts';
import { buildAcronymTable, type AcronymTable } from '../text/acronyms.ts';
import { indexTerms, rememberTerm, type Term } from '../text/analyze.ts';
import { LongFormLookup } from '../text/longFormLookup.ts';
import { analyzePassage, analyzeText, passageTerms, sentenceTermRanges, type AnalyzedText, type IndexedPassage } from './analyzePassage.ts';
import { ParagraphSearch } from './paragraphSearch.ts';

export type { IndexedPassage, IndexedSentence } from './analyzePassage.ts';

/**
 * Paragraph texts kept analyzed (per-sentence terms and facts) for reranking: the candidates of the last few
 * hundred questions (30 each). Beyond it the least recently used are analyzed again when asked for
 * (about 0.1 ms each), so memory does not grow with the corpus. Keyed by text, so paragraphs that repeat
 * one another (a wire story in several outlets) are analyzed once.
 */
export const ANALYZED_CACHE_SIZE = 4096;

/** Where a paragraph of the index comes from. */
interface PassageRef {
  document: CorpusDocument;
  passage: Passage;
}

/** Everything a PassageIndex holds beside its MiniSearch index, as plain data (see writeIndexFile). */
export interface PassageIndexState {
  /** Per document (in corpus order), the id of its first paragraph; the others follow. */
  firstIds: [docId: string, firstId: number][];
  nextId: number;
  documentFrequency: [string, number][];
  vocabulary: [string, string, number][];
  names: [string, number][];
  lowered: [string, number][];
  acronyms: [string, string][];
  /** Sentence-level statistics (see PassageIndex.sentences). */
  sentences: { count: number; terms: number; frequency: [string, number][] };
}

/** Sentence-level statistics of the corpus, for BM25 over sentences (sentenceBm25): kept up to date at indexing. */
export interface SentenceStatistics {
  /** Sentences indexed. */
  count: number;
  /** Index terms over all sentences (their mean length is terms / count). */
  terms: number;
  /** Sentences holding each index term. */
  frequency: Map<string, number>;
}

/**
 * The searchable form of a corpus: a MiniSearch index over paragraphs (body and document title), the
 * document frequencies, the vocabulary for typo repair and the names. What reranking needs per sentence is
 * analyzed on demand for the candidates (see analyzePassage), so indexing is one pass of tokenizing and
 * stemming per paragraph and memory holds no per-sentence copy of the corpus. Documents can be added and
 * removed (MiniSearch add/discard), so a changed corpus re-indexes only its changed stories.
 */
export class PassageIndex {
  readonly search: ParagraphSearch;
  /** Paragraphs holding each index term. */
  readonly documentFrequency = new Map<string, number>();
  /** Folded surface word → index term, for variants and typo tolerance on what the corpus really contains. */
  readonly vocabulary = new Map<string, string>();
  /** Words written capitalized somewhere in the corpus, not at a sentence's start (names), folded → paragraphs writing them so. */
  readonly names = new Map<string, number>();
  /** How many sentences hold each term, and how long sentences are: BM25's statistics at the sentence level. */
  readonly sentences: SentenceStatistics = { count: 0, terms: 0, frequency: new Map() };
  /** Words written in lower case somewhere, folded → paragraphs writing them so (to tell "Egypt" from "Security"). */
  readonly #lowered = new Map<string, number>();
  #acronyms: AcronymTable = new Map();
  #longForms: LongFormLookup | undefined;
  #vocabularyCount = new Map<string, number>();
  #fuzzyVocabulary: SearchableMap<string> | undefined;
  #refs = new Map<number, PassageRef>();
  #firstIds = new Map<string, number>();
  #documents = new Map<string, CorpusDocument>();
  #nextId = 0;
  #analyzed = new Map<string, AnalyzedText>();

  /** Indexes a corpus; or, with a saved state and MiniSearch index (see writeIndexFile), restores the index of exactly that corpus. */
  constructor(corpus: Corpus, saved?: { state: PassageIndexState; search: ParagraphSearch }) {
    if (saved) {
      this.search = saved.search;
      this.#restore(corpus, saved.state);
      return;
    }
    this.search = new ParagraphSearch();
    for (const document of corpus.documents) this.#add(document);
    this.#acronyms = buildAcronymTable(this.#texts());
  }

  /** Acronyms the corpus defines or implies, with their long forms. */
  get acronyms(): AcronymTable {
    return this.#acronyms;
  }

  /** The acronyms the corpus has, found by their long forms in a text; built on first use, again after an update. */
  get longForms(): LongFormLookup {
    this.#longForms ??= new LongFormLookup(this.#acronyms, (short) => this.has(short));
    return this.#longForms;
  }

  /** Number of paragraphs indexed. */
  get size(): number {
    return this.#refs.size;
  }

  /** The paragraph with this MiniSearch id, analyzed for reranking (its text's analysis cached for the most recent ones). */
  passage(id: number): IndexedPassage {
    const ref = this.#refs.get(id);
    if (!ref) throw new Error(`PassageIndex: no paragraph with id ${id}`);
    const { text } = ref.passage;
    let analyzed = this.#analyzed.get(text);
    if (analyzed) {
      // Map order is insertion order: re-inserting marks it most recently used.
      this.#analyzed.delete(text);
    } else {
      analyzed = analyzeText(ref.passage);
      if (this.#analyzed.size >= ANALYZED_CACHE_SIZE) this.#analyzed.delete(this.#analyzed.keys().next().value!);
    }
    this.#analyzed.set(text, analyzed);
    return analyzePassage(ref.document, ref.passage, analyzed);
  }

  /** BM25 inverse document frequency of an index term over paragraphs (unknown terms get the highest). */
  idf(term: string): number {
    const n = this.size;
    const df = this.documentFrequency.get(term) ?? 0;
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  /** BM25 inverse sentence frequency of an index term (unknown terms get the highest). */
  sentenceIdf(term: string): number {
    const n = this.sentences.count;
    const sf = this.sentences.frequency.get(term) ?? 0;
    return Math.log(1 + (n - sf + 0.5) / (sf + 0.5));
  }

  /** The vocabulary as a radix tree for fuzzy lookups, built on first use (only misspelt questions need it). */
  get fuzzyVocabulary(): SearchableMap<string> {
    this.#fuzzyVocabulary ??= SearchableMap.from(this.vocabulary);
    return this.#fuzzyVocabulary;
  }

  /** A name the corpus never writes in lower case ("Egypt", not "Security"): a question may type it so. */
  isProperName(word: string): boolean {
    return this.names.has(word) && !this.#lowered.has(word);
  }

  /** Whether any paragraph contains the index term. */
  has(term: string): boolean {
    return this.documentFrequency.has(term);
  }

  /**
   * Brings the index to a new corpus by re-indexing only the documents that differ: `changed` names the
   * ids of documents whose content changed (others are matched by id and kept). The corpus given becomes
   * the source of every paragraph.
   */
  update(corpus: Corpus, changed: ReadonlySet<string>): void {
    const next = new Map(corpus.documents.map((d) => [d.id, d]));
    for (const [id, document] of [...this.#documents]) {
      if (!next.has(id) || changed.has(id)) this.#remove(document);
    }
    for (const document of corpus.documents) {
      const known = this.#documents.get(document.id);
      if (known) this.#rebind(document);
      else this.#add(document);
    }
    this.#fuzzyVocabulary = undefined;
    this.#longForms = undefined;
    this.#acronyms = buildAcronymTable(this.#texts());
  }

  /** The index beside MiniSearch's as plain data, for writeIndexFile. */
  toState(): PassageIndexState {
    return {
      firstIds: [...this.#firstIds],
      nextId: this.#nextId,
      documentFrequency: [...this.documentFrequency],
      vocabulary: [...this.vocabulary].map(([word, term]) => [word, term, this.#vocabularyCount.get(word) ?? 1]),
      names: [...this.names],
      lowered: [...this.#lowered],
      acronyms: [...this.#acronyms],
      sentences: { count: this.sentences.count, terms: this.sentences.terms, frequency: [...this.sentences.frequency] },
    };
  }

  #texts(): string[] {
    return [...this.#refs.values()].map((r) => r.passage.text);
  }

  #add(document: CorpusDocument): void {
    const title = countTerms(indexTerms(document.title));
    this.#firstIds.set(document.id, this.#nextId);
    this.#documents.set(document.id, document);
    for (const passage of document.passages) {
      const id = this.#nextId++;
      this.#refs.set(id, { document, passage });
      const termCounts = new Map<string, number>();
      const seenWords = new Set<string>();
      const seenNames = new Set<string>();
      const seenLowered = new Set<string>();
      const openers = sentenceOpeners(passage);
      const all = passageTerms(passage);
      this.#countSentences(passage, all, 1);
      for (const t of all) {
        const count = termCounts.get(t.term);
        termCounts.set(t.term, (count ?? 0) + 1);
        if (count === undefined) this.documentFrequency.set(t.term, (this.documentFrequency.get(t.term) ?? 0) + 1);
        if (!seenWords.has(t.normal)) {
          seenWords.add(t.normal);
          if (!this.vocabulary.has(t.normal)) this.vocabulary.set(t.normal, t.term);
          this.#vocabularyCount.set(t.normal, (this.#vocabularyCount.get(t.normal) ?? 0) + 1);
        }
        if (t.capitalized && !openers.has(t.offset) && !seenNames.has(t.normal)) {
          seenNames.add(t.normal);
          this.names.set(t.normal, (this.names.get(t.normal) ?? 0) + 1);
        }
        if (!t.capitalized && !t.acronym && !seenLowered.has(t.normal)) {
          seenLowered.add(t.normal);
          this.#lowered.set(t.normal, (this.#lowered.get(t.normal) ?? 0) + 1);
        }
      }
      this.search.addParagraph(id, { text: termCounts, title });
    }
  }

  #remove(document: CorpusDocument): void {
    const first = this.#firstIds.get(document.id)!;
    const decrement = (map: Map<string, unknown>, counts: Map<string, number>, key: string) => {
      const left = (counts.get(key) ?? 1) - 1;
      if (left > 0) counts.set(key, left);
      else {
        counts.delete(key);
        map.delete(key);
      }
    };
    document.passages.forEach((passage, i) => {
      const id = first + i;
      const seenTerms = new Set<string>();
      const seenWords = new Set<string>();
      const seenNames = new Set<string>();
      const seenLowered = new Set<string>();
      const openers = sentenceOpeners(passage);
      const all = passageTerms(passage);
      this.#countSentences(passage, all, -1);
      for (const t of all) {
        if (!seenTerms.has(t.term)) {
          seenTerms.add(t.term);
          decrement(this.documentFrequency, this.documentFrequency, t.term);
        }
        if (!seenWords.has(t.normal)) {
          seenWords.add(t.normal);
          decrement(this.vocabulary, this.#vocabularyCount, t.normal);
        }
        if (t.capitalized && !openers.has(t.offset) && !seenNames.has(t.normal)) {
          seenNames.add(t.normal);
          decrement(this.names, this.names, t.normal);
        }
        if (!t.capitalized && !t.acronym && !seenLowered.has(t.normal)) {
          seenLowered.add(t.normal);
          decrement(this.#lowered, this.#lowered, t.normal);
        }
      }
      this.search.discard(id);
      this.#refs.delete(id);
    });
    this.#firstIds.delete(document.id);
    this.#documents.delete(document.id);
  }

  /** Adds (sign 1) or removes (-1) a paragraph's sentences to the sentence statistics. */
  #countSentences(passage: Passage, terms: readonly Term[], sign: 1 | -1): void {
    const stats = this.sentences;
    // The last sentence each term was counted in: one map per paragraph instead of a set per sentence.
    const countedIn = new Map<string, number>();
    sentenceTermRanges(passage, terms).forEach(([from, to], sentence) => {
      stats.count += sign;
      stats.terms += sign * (to - from);
      for (let i = from; i < to; i++) {
        const term = terms[i]!.term;
        if (countedIn.get(term) === sentence) continue;
        countedIn.set(term, sentence);
        const left = (stats.frequency.get(term) ?? 0) + sign;
        if (left > 0) stats.frequency.set(term, left);
        else stats.frequency.delete(term);
      }
    });
  }

  /** Points the paragraphs of an unchanged document at its object in the new corpus. */
  #rebind(document: CorpusDocument): void {
    const first = this.#firstIds.get(document.id)!;
    this.#documents.set(document.id, document);
    document.passages.forEach((passage, i) => {
      this.#refs.set(first + i, { document, passage });
    });
  }

  #restore(corpus: Corpus, state: PassageIndexState): void {
    const byId = new Map(corpus.documents.map((d) => [d.id, d]));
    for (const [docId, first] of state.firstIds) {
      const document = byId.get(docId);
      if (!document) throw new Error(`PassageIndex: the saved index has a document ${docId} the corpus lacks`);
      this.#firstIds.set(docId, first);
      this.#documents.set(docId, document);
      document.passages.forEach((passage, i) => this.#refs.set(first + i, { document, passage }));
    }
    this.#nextId = state.nextId;
    for (const [term, df] of state.documentFrequency) this.documentFrequency.set(term, df);
    for (const [word, term, count] of state.vocabulary) {
      this.vocabulary.set(word, term);
      this.#vocabularyCount.set(word, count);
      // An acronym's term is the word itself ("us" for US), not what termOf gives the word: only stems are known.
      if (term !== word) rememberTerm(word, term);
    }
    for (const [name, count] of state.names) this.names.set(name, count);
    for (const [word, count] of state.lowered) this.#lowered.set(word, count);
    this.sentences.count = state.sentences.count;
    this.sentences.terms = state.sentences.terms;
    for (const [term, count] of state.sentences.frequency) this.sentences.frequency.set(term, count);
    this.#acronyms = new Map(state.acronyms);
  }
}

/** How many times each term occurs. */
function countTerms(terms: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const term of terms) counts.set(term, (counts.get(term) ?? 0) + 1);
  return counts;
}

/** Offsets of the first word of each sentence: a capital there says nothing about a name. */
function sentenceOpeners(passage: Passage): Set<number> {
  const openers = new Set<number>();
  for (const s of passage.sentences) {
    const first = /[\p{L}\p{N}]/u.exec(s.text);
    if (first) openers.add(s.start + first.index);
  }
  return openers;
}
