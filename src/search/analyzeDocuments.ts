import { splitSentences } from '../corpus/splitSentences.ts';
import type { CorpusDocument, Sentence } from '../corpus/types.ts';
import { findAcronymDefinitions, inferAcronymsInto, noInferredAcronyms, type InferredAcronyms } from '../text/acronyms.ts';
import { indexTerms, type Term } from '../text/analyze.ts';
import { findNameRuns } from '../text/entities.ts';
import { passageTerms, sentenceTermRanges } from './analyzePassage.ts';
import { documentThemes } from './documentThemes.ts';
import { resolveSpeakers, type ResolvedSpeaker, type SpeakerInput } from './resolveSpeakers.ts';

/**
 * Paragraphs analyzed at a time: the analysis of a slice (its term counts as flat arrays) is merged into the index
 * and dropped before the next, so the transient arrays stay a few megabytes whatever the corpus size, while a
 * slice is still large enough that merging (and, from a worker, posting) costs little per paragraph.
 */
export const ANALYSIS_SLICE_PARAGRAPHS = 2000;

/** A document as indexing reads it: its title and its paragraphs' text, nothing else (cheap to send to a worker). */
export interface DocumentText {
  title: string;
  paragraphs: string[];
}

/** What indexing reads of a document. */
export function documentText(document: CorpusDocument): DocumentText {
  return { title: document.title, paragraphs: document.passages.map((p) => p.text) };
}

/** Sentence-level statistics of the corpus, for BM25 over sentences (sentenceBm25). */
export interface SentenceStatistics {
  /** Sentences indexed. */
  count: number;
  /** Index terms over all sentences (their mean length is terms / count). */
  terms: number;
  /** Sentences holding each index term. */
  frequency: Map<string, number>;
}

/**
 * What indexing learns from a run of consecutive documents, as plain data (structured-cloneable, so a worker can
 * compute it): each paragraph's term counts for MiniSearch, and the corpus tables. Runs analyzed apart and merged
 * in corpus order (PassageIndex.fromAnalyses) give exactly the index of one pass over all of them.
 */
export interface DocumentsAnalysis {
  /** The distinct index terms, in the order indexing first meets them (a paragraph's body, then its title). */
  terms: string[];
  /** Per paragraph, its body's distinct terms and counts: flat [termIndex, count, ...] pairs of all paragraphs. */
  bodyPairs: Uint32Array;
  /** Per paragraph, where its pairs end in bodyPairs (in pairs). */
  bodyEnds: Uint32Array;
  /** Per document, its title's distinct terms and counts, as bodyPairs. */
  titlePairs: Uint32Array;
  titleEnds: Uint32Array;
  /** Per paragraph, the terms of the people it refers to without naming them (speakers), each counted once, as bodyPairs. */
  speakerPairs: Uint32Array;
  speakerEnds: Uint32Array;
  /** Paragraphs per document. */
  paragraphCounts: Uint32Array;
  /** Per document, its themes (see documentThemes). */
  themes: string[][];
  /** Paragraphs holding each index term, in first-seen order. */
  documentFrequency: Map<string, number>;
  /** Folded word → index term of its first occurrence, and the paragraphs holding the word. */
  vocabulary: Map<string, string>;
  vocabularyCount: Map<string, number>;
  /** Folded word → paragraphs writing it capitalized not at a sentence's start (names). */
  names: Map<string, number>;
  /** Folded word → paragraphs writing it in lower case. */
  lowered: Map<string, number>;
  sentences: SentenceStatistics;
  /** Acronyms formed from the names (see inferAcronyms), before the ambiguous ones are left out. */
  inferred: InferredAcronyms;
  /** Acronyms the texts define, in text order (a later definition wins). */
  definitions: [string, string][];
  /** The people paragraphs refer to without naming them (resolveSpeakers): [paragraph of this analysis, speakers]. */
  speakers: [paragraph: number, speakers: ResolvedSpeaker[]][];
}

/** A growable list of unsigned 32-bit integers (the pairs of a large corpus run to millions). */
class UintList {
  #items = new Uint32Array(1024);
  length = 0;

  push(value: number): void {
    if (this.length === this.#items.length) {
      const grown = new Uint32Array(this.#items.length * 2);
      grown.set(this.#items);
      this.#items = grown;
    }
    this.#items[this.length++] = value;
  }

  /** The items as a typed array of their own (transferable). */
  toArray(): Uint32Array {
    return this.#items.slice(0, this.length);
  }
}

/** Counts one more paragraph for a key. */
function bump(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

/**
 * Analyzes documents for indexing in one pass per paragraph: its words are tokenized and stemmed once (terms
 * memoised per distinct word, see termOf) and its sentences split once; both serve the term counts, the tables
 * and the sentence statistics. Nothing of it is kept on the documents: their sentences are split again, and
 * cached, only for the paragraphs a question reranks.
 */
export function analyzeDocuments(documents: readonly DocumentText[]): DocumentsAnalysis {
  const termIndex = new Map<string, number>();
  const terms: string[] = [];
  const bodyPairs = new UintList();
  const bodyEnds = new UintList();
  const titlePairs = new UintList();
  const titleEnds = new UintList();
  const speakerPairs = new UintList();
  const speakerEnds = new UintList();
  const paragraphCounts = new UintList();
  const documentFrequency = new Map<string, number>();
  const vocabulary = new Map<string, string>();
  const vocabularyCount = new Map<string, number>();
  const names = new Map<string, number>();
  const lowered = new Map<string, number>();
  const sentences: SentenceStatistics = { count: 0, terms: 0, frequency: new Map() };
  const inferred = noInferredAcronyms();
  const definitions: [string, string][] = [];
  const speakers: [number, ResolvedSpeaker[]][] = [];
  const themes: string[][] = [];
  let paragraphsBefore = 0;
  const indexOf = (term: string): number => {
    let at = termIndex.get(term);
    if (at === undefined) {
      termIndex.set(term, (at = terms.length));
      terms.push(term);
    }
    return at;
  };
  const pushCounts = (list: UintList, counts: Map<string, number>): void => {
    for (const [term, count] of counts) {
      list.push(indexOf(term));
      list.push(count);
    }
  };

  for (const document of documents) {
    const title = new Map<string, number>();
    for (const term of indexTerms(document.title)) title.set(term, (title.get(term) ?? 0) + 1);
    const speakerInputs: SpeakerInput[] = [];
    const bodyTerms: ReadonlySet<string>[] = [];
    document.paragraphs.forEach((text, i) => {
      const split = splitSentences(text);
      const runs = findNameRuns(text);
      speakerInputs.push({ text, sentences: split, runs });
      const all = passageTerms(text);
      countSentences(sentences, split, all);
      const counts = new Map<string, number>();
      const seenWords = new Set<string>();
      const seenNames = new Set<string>();
      const seenLowered = new Set<string>();
      const openers = sentenceOpeners(split);
      for (const t of all) {
        const count = counts.get(t.term);
        counts.set(t.term, (count ?? 0) + 1);
        if (count === undefined) bump(documentFrequency, t.term);
        if (!seenWords.has(t.normal)) {
          seenWords.add(t.normal);
          if (!vocabulary.has(t.normal)) vocabulary.set(t.normal, t.term);
          bump(vocabularyCount, t.normal);
        }
        if (t.capitalized && !openers.has(t.offset) && !seenNames.has(t.normal)) {
          seenNames.add(t.normal);
          bump(names, t.normal);
        }
        if (!t.capitalized && !t.acronym && !seenLowered.has(t.normal)) {
          seenLowered.add(t.normal);
          bump(lowered, t.normal);
        }
      }
      pushCounts(bodyPairs, counts);
      bodyTerms.push(new Set(counts.keys()));
      bodyEnds.push(bodyPairs.length / 2);
      // The title's terms enter the index with the document's first paragraph, after its body's.
      if (i === 0) {
        pushCounts(titlePairs, title);
        titleEnds.push(titlePairs.length / 2);
      }
      inferAcronymsInto(inferred, text, runs);
      for (const definition of findAcronymDefinitions(text)) definitions.push(definition);
    });
    resolveSpeakers(speakerInputs).forEach((resolved, i) => {
      if (resolved.length > 0) speakers.push([paragraphsBefore + i, resolved]);
      // Only what the paragraph does not write itself: "Rubio" after "Rubio said" adds nothing to find it by.
      const unwritten = resolved.flatMap((r) => r.terms).filter((term) => !bodyTerms[i]!.has(term));
      pushCounts(speakerPairs, new Map(unwritten.map((term) => [term, 1])));
      speakerEnds.push(speakerPairs.length / 2);
    });
    themes.push(documentThemes(bodyTerms));
    paragraphsBefore += document.paragraphs.length;
    paragraphCounts.push(document.paragraphs.length);
  }
  return {
    terms,
    bodyPairs: bodyPairs.toArray(),
    bodyEnds: bodyEnds.toArray(),
    titlePairs: titlePairs.toArray(),
    titleEnds: titleEnds.toArray(),
    speakerPairs: speakerPairs.toArray(),
    speakerEnds: speakerEnds.toArray(),
    paragraphCounts: paragraphCounts.toArray(),
    themes,
    documentFrequency,
    vocabulary,
    vocabularyCount,
    names,
    lowered,
    sentences,
    inferred,
    definitions,
    speakers,
  };
}

/** Consecutive runs of items holding about `limit` paragraphs each (an item, a document, is never cut). */
export function* slices<T>(items: readonly T[], paragraphsOf: (item: T) => number, limit: number): Generator<T[]> {
  let slice: T[] = [];
  let count = 0;
  for (const item of items) {
    slice.push(item);
    count += paragraphsOf(item);
    if (count >= limit) {
      yield slice;
      slice = [];
      count = 0;
    }
  }
  if (slice.length > 0) yield slice;
}

/** A corpus's documents in slices of about ANALYSIS_SLICE_PARAGRAPHS paragraphs, the unit of analysis. */
export function documentSlices(documents: readonly CorpusDocument[]): Generator<CorpusDocument[]> {
  return slices(documents, (d) => d.passages.length, ANALYSIS_SLICE_PARAGRAPHS);
}

/** Adds a paragraph's sentences to the sentence statistics (a term counts once per sentence). */
function countSentences(stats: SentenceStatistics, sentences: readonly Sentence[], terms: readonly Term[]): void {
  // The last sentence each term was counted in: one map per paragraph instead of a set per sentence.
  const countedIn = new Map<string, number>();
  sentenceTermRanges(sentences, terms).forEach(([from, to], sentence) => {
    stats.count += 1;
    stats.terms += to - from;
    for (let i = from; i < to; i++) {
      const term = terms[i]!.term;
      if (countedIn.get(term) === sentence) continue;
      countedIn.set(term, sentence);
      bump(stats.frequency, term);
    }
  });
}

/** Offsets of the first word of each sentence: a capital there says nothing about a name. */
function sentenceOpeners(sentences: readonly Sentence[]): Set<number> {
  const openers = new Set<number>();
  for (const s of sentences) {
    const first = /[\p{L}\p{N}]/u.exec(s.text);
    if (first) openers.add(s.start + first.index);
  }
  return openers;
}
