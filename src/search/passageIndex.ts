import SearchableMap from 'minisearch/SearchableMap';
import type { Corpus, CorpusDocument } from '../corpus/types.ts';
import { absorbInferred, acronymTable, buildAcronymTable, noInferredAcronyms, type AcronymTable, type InferredAcronyms } from '../text/acronyms.ts';
import { rememberTerm } from '../text/analyze.ts';
import { LongFormLookup } from '../text/longFormLookup.ts';
import { analyzeDocuments, documentSlices, documentText, type DocumentsAnalysis, type SentenceStatistics } from './analyzeDocuments.ts';
import { analyzePassage, analyzeText, type AnalyzedText, type IndexedPassage } from './analyzePassage.ts';
import { ParagraphSearch } from './paragraphSearch.ts';
import type { ResolvedSpeaker } from './resolveSpeakers.ts';
import { runToEnd, runWithPauses, sliceCounter, type SlicedTask } from './slicedTask.ts';

export type { IndexedPassage, IndexedSentence } from './analyzePassage.ts';
export type { SentenceStatistics } from './analyzeDocuments.ts';

/**
 * Paragraph texts kept analyzed (per-sentence terms and facts) for reranking: the candidates of the last few
 * hundred questions (30 each). Beyond it the least recently used are analyzed again when asked for
 * (about 0.1 ms each), so memory does not grow with the corpus. Keyed by text, so paragraphs that repeat
 * one another (a wire story in several outlets) are analyzed once.
 */
export const ANALYZED_CACHE_SIZE = 4096;

/**
 * Map entries set between two pauses when an index is restored or its fuzzy vocabulary built in slices (a
 * serving process, see restoreSliced): at 100,000 paragraphs the whole restore held the main thread 80-267 ms
 * in one task (issue 13); 20,000 sets of a string key take a few milliseconds.
 */
const ENTRIES_PER_SLICE = 20_000;

/** Everything a PassageIndex holds beside its MiniSearch index, as plain data (see writeIndexFile). */
export interface PassageIndexState {
  /** Per document (in corpus order), the id of its first paragraph and its number of paragraphs; the others follow. */
  firstIds: [docId: string, firstId: number, paragraphs: number][];
  nextId: number;
  documentFrequency: [string, number][];
  vocabulary: [string, string, number][];
  names: [string, number][];
  lowered: [string, number][];
  acronyms: [string, string][];
  /** Sentence-level statistics (see PassageIndex.sentences). */
  sentences: { count: number; terms: number; frequency: [string, number][] };
  /** Per paragraph id, the people it refers to without naming them (resolveSpeakers); only paragraphs that do. */
  speakers: [id: number, speakers: ResolvedSpeaker[]][];
  /** Per document id, its themes (documentThemes); only documents that have some. */
  themes: [docId: string, themes: string[]][];
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
  /** The document of each paragraph id (its passage is found by its offset from the document's first id). */
  #refs = new Map<number, CorpusDocument>();
  #firstIds = new Map<string, number>();
  #documents = new Map<string, CorpusDocument>();
  #nextId = 0;
  #analyzed = new Map<string, AnalyzedText>();
  #speakers = new Map<number, ResolvedSpeaker[]>();
  /** Per document id, its themes (documentThemes); only documents that have some. */
  #themes = new Map<string, ReadonlySet<string>>();

  /** Indexes a corpus; or, with a saved state and MiniSearch index (see writeIndexFile), restores the index of exactly that corpus. */
  constructor(corpus: Corpus, saved?: { state: PassageIndexState; search: ParagraphSearch }) {
    if (saved) {
      this.search = saved.search;
      runToEnd(this.#restore(corpus, saved.state));
      return;
    }
    this.search = new ParagraphSearch();
    const acronyms: AcronymSources = noAcronymSources();
    for (const slice of documentSlices(corpus.documents)) this.#absorb(slice, analyzeDocuments(slice.map(documentText)), acronyms);
    this.#acronyms = acronymTable(acronyms.inferred, acronyms.definitions);
  }

  /**
   * Indexes a corpus from analyses of consecutive runs of its documents (analyzeDocuments, perhaps in workers),
   * given in corpus order: the same index as `new PassageIndex(corpus)`.
   */
  static async fromAnalyses(corpus: Corpus, analyses: AsyncIterable<DocumentsAnalysis> | Iterable<DocumentsAnalysis>): Promise<PassageIndex> {
    const index = new PassageIndex({ dir: corpus.dir, documents: [], problems: [] });
    const acronyms: AcronymSources = noAcronymSources();
    let next = 0;
    for await (const analysis of analyses) {
      const documents = corpus.documents.slice(next, next + analysis.paragraphCounts.length);
      next += documents.length;
      index.#absorb(documents, analysis, acronyms);
    }
    if (next !== corpus.documents.length) throw new Error(`PassageIndex: analyses cover ${next} of ${corpus.documents.length} documents`);
    index.#acronyms = acronymTable(acronyms.inferred, acronyms.definitions);
    return index;
  }

  /**
   * Restores the index of exactly `corpus` from its saved form, as the constructor does, `ENTRIES_PER_SLICE`
   * entries at a time with `pause()` awaited between them: a serving process keeps answering meanwhile.
   */
  static async restoreSliced(
    corpus: Corpus,
    saved: { state: PassageIndexState; search: ParagraphSearch },
    pause: () => Promise<unknown>,
    entriesPerSlice = ENTRIES_PER_SLICE,
  ): Promise<PassageIndex> {
    const index = new PassageIndex({ dir: corpus.dir, documents: [], problems: [] }, { state: EMPTY_STATE, search: saved.search });
    await runWithPauses(index.#restore(corpus, saved.state, entriesPerSlice), pause);
    return index;
  }

  /**
   * Builds the fuzzy vocabulary ahead of its first use, `ENTRIES_PER_SLICE` words at a time with `pause()`
   * awaited between them (the same tree as the getter builds in one go).
   */
  async buildFuzzyVocabulary(pause: () => Promise<unknown>, entriesPerSlice = ENTRIES_PER_SLICE): Promise<void> {
    if (this.#fuzzyVocabulary) return;
    const tree = new SearchableMap<string>();
    const slice = sliceCounter(entriesPerSlice);
    for (const [word, term] of this.vocabulary) {
      tree.set(word, term);
      if (slice()) await pause();
    }
    this.#fuzzyVocabulary ??= tree;
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
    const document = this.#refs.get(id);
    if (!document) throw new Error(`PassageIndex: no paragraph with id ${id}`);
    const passage = document.passages[id - this.#firstIds.get(document.id)!]!;
    const { text } = passage;
    let analyzed = this.#analyzed.get(text);
    if (analyzed) {
      // Map order is insertion order: re-inserting marks it most recently used.
      this.#analyzed.delete(text);
    } else {
      analyzed = analyzeText(passage);
      if (this.#analyzed.size >= ANALYZED_CACHE_SIZE) this.#analyzed.delete(this.#analyzed.keys().next().value!);
    }
    this.#analyzed.set(text, analyzed);
    return analyzePassage(document, passage, analyzed, { speakers: this.#speakers.get(id), themes: this.#themes.get(document.id) });
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
      firstIds: [...this.#firstIds].map(([docId, first]) => [docId, first, this.#documents.get(docId)!.passages.length]),
      nextId: this.#nextId,
      documentFrequency: [...this.documentFrequency],
      vocabulary: [...this.vocabulary].map(([word, term]) => [word, term, this.#vocabularyCount.get(word) ?? 1]),
      names: [...this.names],
      lowered: [...this.#lowered],
      acronyms: [...this.#acronyms],
      sentences: { count: this.sentences.count, terms: this.sentences.terms, frequency: [...this.sentences.frequency] },
      speakers: [...this.#speakers],
      themes: [...this.#themes].map(([docId, themes]) => [docId, [...themes]]),
    };
  }

  #texts(): string[] {
    return [...this.#refs].map(([id, document]) => document.passages[id - this.#firstIds.get(document.id)!]!.text);
  }

  #add(document: CorpusDocument): void {
    this.#absorb([document], analyzeDocuments([documentText(document)]), noAcronymSources());
  }

  /** Adds documents to the index from their analysis; the acronyms their texts give are added to `acronyms`. */
  #absorb(documents: readonly CorpusDocument[], analysis: DocumentsAnalysis, acronyms: AcronymSources): void {
    if (analysis.paragraphCounts.length !== documents.length) throw new Error('PassageIndex: an analysis of other documents');
    const firstId = this.#nextId;
    documents.forEach((document, d) => {
      this.#firstIds.set(document.id, this.#nextId);
      this.#documents.set(document.id, document);
      for (let i = 0; i < document.passages.length; i++) this.#refs.set(this.#nextId++, document);
      if (analysis.themes[d]!.length > 0) this.#themes.set(document.id, new Set(analysis.themes[d]));
    });
    this.search.addAnalyzed(firstId, analysis);
    addCounts(this.documentFrequency, analysis.documentFrequency);
    for (const [word, term] of analysis.vocabulary) if (!this.vocabulary.has(word)) this.vocabulary.set(word, term);
    addCounts(this.#vocabularyCount, analysis.vocabularyCount);
    addCounts(this.names, analysis.names);
    addCounts(this.#lowered, analysis.lowered);
    this.sentences.count += analysis.sentences.count;
    this.sentences.terms += analysis.sentences.terms;
    addCounts(this.sentences.frequency, analysis.sentences.frequency);
    for (const [paragraph, speakers] of analysis.speakers) this.#speakers.set(firstId + paragraph, speakers);
    absorbInferred(acronyms.inferred, analysis.inferred);
    for (const definition of analysis.definitions) acronyms.definitions.push(definition);
    this.#fuzzyVocabulary = undefined;
  }

  #remove(document: CorpusDocument): void {
    const first = this.#firstIds.get(document.id)!;
    const analysis = analyzeDocuments([documentText(document)]);
    subtractCounts(this.documentFrequency, analysis.documentFrequency);
    subtractCounts(this.#vocabularyCount, analysis.vocabularyCount, this.vocabulary);
    subtractCounts(this.names, analysis.names);
    subtractCounts(this.#lowered, analysis.lowered);
    this.sentences.count -= analysis.sentences.count;
    this.sentences.terms -= analysis.sentences.terms;
    subtractCounts(this.sentences.frequency, analysis.sentences.frequency);
    document.passages.forEach((_, i) => {
      this.search.discard(first + i);
      this.#refs.delete(first + i);
      this.#speakers.delete(first + i);
    });
    this.#firstIds.delete(document.id);
    this.#documents.delete(document.id);
    this.#themes.delete(document.id);
  }

  /** Points the paragraphs of an unchanged document at its object in the new corpus. */
  #rebind(document: CorpusDocument): void {
    const first = this.#firstIds.get(document.id)!;
    this.#documents.set(document.id, document);
    for (let i = 0; i < document.passages.length; i++) this.#refs.set(first + i, document);
  }

  /** Fills the index from its saved state, pausing (a yield) after every `entriesPerSlice` entries set. */
  *#restore(corpus: Corpus, state: PassageIndexState, entriesPerSlice = ENTRIES_PER_SLICE): SlicedTask {
    const slice = sliceCounter(entriesPerSlice);
    const byId = new Map(corpus.documents.map((d) => [d.id, d]));
    for (const [docId, first, paragraphs] of state.firstIds) {
      const document = byId.get(docId);
      if (!document) throw new Error(`PassageIndex: the saved index has a document ${docId} the corpus lacks`);
      this.#firstIds.set(docId, first);
      this.#documents.set(docId, document);
      // The saved count, not document.passages: a saved document's paragraphs are made when first asked for.
      for (let i = 0; i < paragraphs; i++) this.#refs.set(first + i, document);
      if (slice(paragraphs)) yield;
    }
    this.#nextId = state.nextId;
    for (const [term, df] of state.documentFrequency) {
      this.documentFrequency.set(term, df);
      if (slice()) yield;
    }
    for (const [word, term, count] of state.vocabulary) {
      this.vocabulary.set(word, term);
      this.#vocabularyCount.set(word, count);
      // An acronym's term is the word itself ("us" for US), not what termOf gives the word: only stems are known.
      if (term !== word) rememberTerm(word, term);
      if (slice()) yield;
    }
    for (const [name, count] of state.names) {
      this.names.set(name, count);
      if (slice()) yield;
    }
    for (const [word, count] of state.lowered) {
      this.#lowered.set(word, count);
      if (slice()) yield;
    }
    this.sentences.count = state.sentences.count;
    this.sentences.terms = state.sentences.terms;
    for (const [term, count] of state.sentences.frequency) {
      this.sentences.frequency.set(term, count);
      if (slice()) yield;
    }
    for (const [id, speakers] of state.speakers) this.#speakers.set(id, speakers);
    for (const [docId, themes] of state.themes) this.#themes.set(docId, new Set(themes));
    this.#acronyms = new Map(state.acronyms);
  }
}

/** The saved state of an empty index (what restoreSliced starts from). */
const EMPTY_STATE: PassageIndexState = { firstIds: [], nextId: 0, documentFrequency: [], vocabulary: [], names: [], lowered: [], acronyms: [], sentences: { count: 0, terms: 0, frequency: [] }, speakers: [], themes: [] };

/** Where the acronym table's pieces gather while documents are added in corpus order. */
interface AcronymSources {
  inferred: InferredAcronyms;
  definitions: [string, string][];
}

/** Acronym sources before any document is added. */
function noAcronymSources(): AcronymSources {
  return { inferred: noInferredAcronyms(), definitions: [] };
}


/** Adds counts per key (new keys in the order given). */
function addCounts(into: Map<string, number>, counts: ReadonlyMap<string, number>): void {
  for (const [key, count] of counts) into.set(key, (into.get(key) ?? 0) + count);
}

/** Takes counts per key away; a key left at none is deleted, from `alsoFrom` too. */
function subtractCounts(from: Map<string, number>, counts: ReadonlyMap<string, number>, alsoFrom?: Map<string, unknown>): void {
  for (const [key, count] of counts) {
    const left = (from.get(key) ?? count) - count;
    if (left > 0) from.set(key, left);
    else {
      from.delete(key);
      alsoFrom?.delete(key);
    }
  }
}
