import MiniSearch, { type Options } from 'minisearch';
import type { DocumentsAnalysis } from './analyzeDocuments.ts';
import { SavedTermMap, type PackedTerms, type TermPostings } from './savedTermMap.ts';
import { runToEnd, runWithPauses, sliceCounter, type SlicedTask } from './slicedTask.ts';

/**
 * What MiniSearch indexes for one paragraph: its index terms, its document title's and those of the people it refers
 * to without naming them (resolveSpeakers; '' when none), each joined by spaces.
 */
export interface IndexedFields {
  id: number;
  text: string;
  title: string;
  speaker: string;
}

/** BM25+ parameters of the paragraph index (MiniSearch's defaults, named here since retrieval computes with them). */
export const BM25_PARAMS = { k: 1.2, b: 0.75, d: 0.5 };

/**
 * Documents whose ids and field lengths are restored between two pauses in fromSavedHeadSliced: 20,000 map
 * sets take a few milliseconds, where the whole head of a 100,000-paragraph index took 86-191 ms (issue 13).
 */
const HEAD_DOCUMENTS_PER_SLICE = 20_000;

/** The MiniSearch options of the paragraph index: fields hold index terms already, joined by spaces. */
export const MINISEARCH_OPTIONS: Options<IndexedFields> = {
  idField: 'id',
  fields: ['text', 'title', 'speaker'],
  tokenize: (text: string) => (text === '' ? [] : text.split(' ')),
  processTerm: (term: string) => term,
  searchOptions: { bm25: BM25_PARAMS },
};

/** A paragraph retrieval scored: its id and MiniSearch's BM25+ score for the query (times the query terms it holds). */
export interface ScoredParagraph {
  id: number;
  score: number;
}

/** MiniSearch's index without the term tree: document ids, field lengths and counters (see savedHead). */
export interface SavedHead {
  documentCount: number;
  nextId: number;
  dirtCount: number;
  fieldIds: Record<string, number>;
  averageFieldLength: number[];
  /** Flat [shortId, id, shortId, id, ...]. */
  documentIds: Uint32Array;
  /** Flat [shortId, length of field 0, length of field 1, ...] per document, fields in fieldIds order. */
  fieldLength: Uint32Array;
}

/** Most numbers packedTerms packs: its offsets are 32-bit. */
const MAX_PACKED_WORDS = 0xffff_ffff;

/** Posting lists and bounds of one query term, gathered once per search. */
interface QueryTerm {
  term: string;
  weight: number;
  /** Per field searched: postings, BM25 idf, field boost and average length. */
  fields: { postings: Map<number, number>; idf: number; boost: number; avgLength: number; fieldId: number }[];
  /** Largest score the term can add to one paragraph. */
  bound: number;
}

/**
 * MiniSearch over paragraphs (its subclass, through the protected members MiniSearch exposes for that), with
 * two things MiniSearch does not do at scale:
 *
 * - `top(k)` retrieval that costs little on a large corpus: query terms are taken rarest first (highest score
 *   bound), and once the k-th best score seen is out of reach of what the remaining, common terms could add,
 *   those terms are only looked up for the paragraphs already found (MaxScore early termination). The top k are
 *   the same paragraphs with the same scores as MiniSearch's own `search` (BM25+ per field, summed, times the
 *   number of query terms matched), without walking every posting of "said" or "year".
 * - saving its term tree packed into arrays of numbers (`packedTerms`) and loading it back lazily
 *   (`restoreTerms`): a term's postings become MiniSearch's maps when a search first looks it up.
 */
export class ParagraphSearch extends MiniSearch<IndexedFields> {
  /** Reused per search: score and matched-term count per short id, and which short ids were touched. */
  #scores = new Float64Array(0);
  #matched = new Uint16Array(0);
  /** Per short id, the term that last counted it as matched (a stamp per term: no set per term of several fields). */
  #countedBy = new Uint32Array(0);
  #termStamp = 0;
  /** Scratch of #kthLowerBound: the final scores of the paragraphs touched. */
  #values = new Float64Array(0);
  /**
   * MiniSearch's field lengths (the same arrays as its _fieldLength map) by short id, for the BM25 of every posting
   * walked without a map lookup each. A paragraph's lengths never change once added; short ids are not reused
   * (removeAll, which starts them again, clears this too), and a discarded paragraph's postings are skipped.
   */
  #fieldLengths: number[][] = [];

  constructor() {
    super(MINISEARCH_OPTIONS);
  }

  /**
   * The `limit` best paragraphs for index terms with weights (each term's score multiplied by its weight, as
   * MiniSearch's boostTerm) and field boosts, best first; ties go to the lower id.
   */
  top(termWeights: ReadonlyMap<string, number>, boosts: Readonly<Record<string, number>>, limit: number): ScoredParagraph[] {
    const terms = this.#queryTerms(termWeights, boosts);
    if (terms.length === 0 || limit <= 0) return [];
    terms.sort((a, b) => b.bound - a.bound);
    this.#ensureScratch();
    const scores = this.#scores;
    const matched = this.#matched;
    const touched: number[] = [];
    // Bound of what terms i.. could still add, and the count of them (the quality factor's growth).
    const restBound = new Float64Array(terms.length + 1);
    for (let i = terms.length - 1; i >= 0; i--) restBound[i] = restBound[i + 1]! + terms[i]!.bound;
    let i = 0;
    for (; i < terms.length; i++) {
      const rest = terms.length - i;
      if (touched.length >= limit && restBound[i]! * rest < this.#kthLowerBound(touched, limit)) break;
      this.#addTermFully(terms[i]!, touched);
    }
    if (i < terms.length) {
      // Early termination: a paragraph none of terms 0..i-1 holds scores below the k-th seen; the remaining
      // terms are looked up for the paragraphs found that could still reach it.
      const threshold = this.#kthLowerBound(touched, limit);
      const rest = terms.length - i;
      for (const shortId of touched) {
        if ((scores[shortId]! + restBound[i]!) * (matched[shortId]! + rest) < threshold) continue;
        for (let j = i; j < terms.length; j++) this.#addTermFor(terms[j]!, shortId);
      }
    }
    const best = this.#best(touched, limit);
    for (const shortId of touched) {
      scores[shortId] = 0;
      matched[shortId] = 0;
    }
    return best;
  }

  /**
   * Adds analyzed paragraphs (ids from `firstId` on, in order) as `add({ id, text, title })` would with the same
   * terms, from each field's term counts: one lookup in the term tree per distinct term of the analysis instead of
   * one per word, and no joining and splitting of terms that MiniSearch's tokenizer would undo. Field lengths are
   * distinct terms, as MiniSearch counts them.
   */
  addAnalyzed(
    firstId: number,
    analysis: Pick<DocumentsAnalysis, 'terms' | 'bodyPairs' | 'bodyEnds' | 'titlePairs' | 'titleEnds' | 'speakerPairs' | 'speakerEnds' | 'paragraphCounts'>,
  ): void {
    // Fetched in the order indexing first meets the terms, so the tree grows as it would paragraph by paragraph.
    const data = analysis.terms.map((term) => this._index.fetch(term, () => new Map()));
    const textField = this._fieldIds.text!;
    const titleField = this._fieldIds.title!;
    const speakerField = this._fieldIds.speaker!;
    let id = firstId;
    let paragraph = 0;
    analysis.paragraphCounts.forEach((count, document) => {
      const titleFrom = document === 0 ? 0 : analysis.titleEnds[document - 1]!;
      const titleTo = analysis.titleEnds[document]!;
      for (let i = 0; i < count; i++, paragraph++) {
        const bodyFrom = paragraph === 0 ? 0 : analysis.bodyEnds[paragraph - 1]!;
        const shortId = this.#newDocument(id++);
        const lengths = this._fieldLength.get(shortId)!;
        this.#addField(shortId, textField, lengths, data, analysis.bodyPairs, bodyFrom, analysis.bodyEnds[paragraph]!);
        this.#addField(shortId, titleField, lengths, data, analysis.titlePairs, titleFrom, titleTo);
        // Every paragraph has the field, empty when it refers to nobody (as add() with speaker ''): saved lengths stay one per field.
        const speakerFrom = paragraph === 0 ? 0 : analysis.speakerEnds[paragraph - 1]!;
        this.#addField(shortId, speakerField, lengths, data, analysis.speakerPairs, speakerFrom, analysis.speakerEnds[paragraph]!);
      }
    });
  }

  #newDocument(id: number): number {
    if (this._idToShortId.has(id)) throw new Error(`MiniSearch: duplicate ID ${id}`);
    const shortId = this._nextId++;
    this._idToShortId.set(id, shortId);
    this._documentIds.set(shortId, id);
    this._documentCount += 1;
    const lengths: number[] = [];
    this._fieldLength.set(shortId, lengths);
    this.#fieldLengths[shortId] = lengths;
    return shortId;
  }

  /** One field of a new paragraph: its distinct terms' counts, pairs [from, to) of flat (term index, count) pairs. */
  #addField(shortId: number, fieldId: number, lengths: number[], data: Map<number, Map<number, number>>[], pairs: Uint32Array, from: number, to: number): void {
    const size = to - from;
    lengths[fieldId] = size;
    // MiniSearch's running average of the field's length over the documents indexed.
    const count = this._documentCount - 1;
    this._avgFieldLength[fieldId] = ((this._avgFieldLength[fieldId] ?? 0) * count + size) / (count + 1);
    for (let at = from * 2; at < to * 2; at += 2) {
      const termData = data[pairs[at]!]!;
      let postings = termData.get(fieldId);
      if (!postings) termData.set(fieldId, (postings = new Map()));
      postings.set(shortId, pairs[at + 1]!);
    }
  }

  /** MiniSearch's index without its term tree, as plain data (see packedTerms for the terms). */
  savedHead(): SavedHead {
    const documentIds = new Uint32Array(2 * this._documentIds.size);
    let at = 0;
    for (const [shortId, id] of this._documentIds) {
      documentIds[at++] = shortId;
      documentIds[at++] = id as number;
    }
    const fields = Object.keys(this._fieldIds).length;
    const fieldLength = new Uint32Array((fields + 1) * this._fieldLength.size);
    at = 0;
    for (const [shortId, lengths] of this._fieldLength) {
      fieldLength[at++] = shortId;
      for (let field = 0; field < fields; field++) fieldLength[at++] = lengths[field] ?? 0;
    }
    return {
      documentCount: this._documentCount,
      nextId: this._nextId,
      dirtCount: this._dirtCount,
      fieldIds: this._fieldIds,
      averageFieldLength: this._avgFieldLength,
      documentIds,
      fieldLength,
    };
  }

  /**
   * The term tree packed for saving (see SavedTermMap): its terms sorted, the offsets of their postings, and the
   * postings themselves in chunks of about `chunkWords` numbers, for writing out a chunk at a time. The tree is
   * read at the call; the chunks are packed from that reading.
   */
  packedTerms(chunkWords: number): { terms: string[]; starts: Uint32Array; chunks: Generator<Uint32Array> } {
    const entries = [...this._index].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    const starts = new Uint32Array(entries.length + 1);
    let words = 0;
    entries.forEach(([, fields], i) => {
      starts[i] = words;
      for (const postings of fields.values()) words += 2 + 2 * postings.size;
      if (words > MAX_PACKED_WORDS) throw new Error('MiniSearch: too many postings to pack');
    });
    starts[entries.length] = words;
    return { terms: entries.map(([term]) => term), starts, chunks: packChunks(entries, chunkWords) };
  }

  /** An index restored from savedHead(), empty of terms until restoreTerms fills them in. */
  static fromSavedHead(head: SavedHead): ParagraphSearch {
    const search = new ParagraphSearch();
    runToEnd(search.#restoreHead(head, Infinity));
    return search;
  }

  /**
   * fromSavedHead, `documentsPerSlice` documents at a time with `pause()` awaited between them: at 100,000
   * paragraphs the head's maps held a serving thread 86-191 ms in one task (issue 13).
   */
  static async fromSavedHeadSliced(head: SavedHead, pause: () => Promise<unknown>, documentsPerSlice = HEAD_DOCUMENTS_PER_SLICE): Promise<ParagraphSearch> {
    const search = new ParagraphSearch();
    await runWithPauses(search.#restoreHead(head, documentsPerSlice), pause);
    return search;
  }

  *#restoreHead(head: SavedHead, documentsPerSlice: number): SlicedTask {
    this._documentCount = head.documentCount;
    this._nextId = head.nextId;
    this._dirtCount = head.dirtCount;
    this._fieldIds = head.fieldIds;
    this._avgFieldLength = head.averageFieldLength;
    const fields = Object.keys(head.fieldIds).length;
    const slice = sliceCounter(documentsPerSlice);
    for (let at = 0; at + 1 < head.documentIds.length; at += 2) {
      this._documentIds.set(head.documentIds[at]!, head.documentIds[at + 1]!);
      this._idToShortId.set(head.documentIds[at + 1]!, head.documentIds[at]!);
      if (slice()) yield;
    }
    for (let at = 0; at + fields < head.fieldLength.length; at += fields + 1) {
      const lengths: number[] = [];
      for (let field = 0; field < fields; field++) lengths.push(head.fieldLength[at + 1 + field]!);
      this._fieldLength.set(head.fieldLength[at]!, lengths);
      this.#fieldLengths[head.fieldLength[at]!] = lengths;
      if (slice()) yield;
    }
  }

  /**
   * Gives an index made by fromSavedHead the saved terms of packedTerms; each term's postings are unpacked into
   * MiniSearch's maps when first looked up (SavedTermMap), so a start that answers one question unpacks a dozen.
   */
  restoreTerms(saved: PackedTerms): void {
    if (this._index.size !== 0) throw new Error('MiniSearch: saved terms go into an empty index');
    // MiniSearch's bundle carries its own copy of SearchableMap (the subpath export is another): the same class,
    // used only through its methods, but two declarations to the type checker.
    this._index = new SavedTermMap(saved) as unknown as typeof this._index;
  }

  #queryTerms(termWeights: ReadonlyMap<string, number>, boosts: Readonly<Record<string, number>>): QueryTerm[] {
    const { k, d } = BM25_PARAMS;
    const terms: QueryTerm[] = [];
    for (const [term, weight] of termWeights) {
      const data = this._index.get(term);
      if (!data || weight <= 0) continue;
      const fields: QueryTerm['fields'] = [];
      let bound = 0;
      for (const [field, boost] of Object.entries(boosts)) {
        const fieldId = this._fieldIds[field];
        const postings = fieldId === undefined ? undefined : data.get(fieldId);
        if (!postings || fieldId === undefined || boost <= 0) continue;
        const matching = this.#liveCount(postings);
        const idf = Math.log(1 + (this._documentCount - matching + 0.5) / (matching + 0.5));
        fields.push({ postings, idf, boost, avgLength: this._avgFieldLength[fieldId]!, fieldId });
        // BM25+'s term part approaches d + (k + 1) as the frequency grows: no paragraph scores more.
        bound += weight * boost * idf * (d + k + 1);
      }
      if (fields.length > 0) terms.push({ term, weight, fields, bound });
    }
    return terms;
  }

  /** Paragraphs in a posting list that are still in the index (MiniSearch's discard leaves them until vacuum). */
  #liveCount(postings: Map<number, number>): number {
    if (this._dirtCount === 0) return postings.size;
    let live = 0;
    for (const shortId of postings.keys()) if (this._documentIds.has(shortId)) live += 1;
    return live;
  }

  /** MiniSearch's removeAll; without documents it starts short ids again, so the field lengths kept by short id go too. */
  override removeAll(documents?: readonly IndexedFields[]): void {
    if (documents === undefined) {
      this.#fieldLengths = [];
      super.removeAll();
    } else super.removeAll(documents);
  }

  #termScore(field: QueryTerm['fields'][number], shortId: number, frequency: number): number {
    const { k, b, d } = BM25_PARAMS;
    // A paragraph MiniSearch's own add() indexed is only in its map.
    const length = (this.#fieldLengths[shortId] ?? this._fieldLength.get(shortId)!)[field.fieldId]!;
    return field.boost * field.idf * (d + (frequency * (k + 1)) / (frequency + k * (1 - b + (b * length) / field.avgLength)));
  }

  #addTermFully(term: QueryTerm, touched: number[]): void {
    const scores = this.#scores;
    const matched = this.#matched;
    const countedBy = this.#countedBy;
    const dirty = this._dirtCount > 0;
    // A term holds for a paragraph when any of its fields does; counted once for the quality factor.
    const stamp = this.#nextTermStamp();
    for (const field of term.fields) {
      for (const [shortId, frequency] of field.postings) {
        if (dirty && !this._documentIds.has(shortId)) continue;
        if (matched[shortId] === 0) touched.push(shortId);
        scores[shortId]! += term.weight * this.#termScore(field, shortId, frequency);
        if (countedBy[shortId] !== stamp) {
          countedBy[shortId] = stamp;
          matched[shortId]! += 1;
        }
      }
    }
  }

  #addTermFor(term: QueryTerm, shortId: number): void {
    let found = false;
    for (const field of term.fields) {
      const frequency = field.postings.get(shortId);
      if (frequency === undefined) continue;
      this.#scores[shortId]! += term.weight * this.#termScore(field, shortId, frequency);
      found = true;
    }
    if (found) this.#matched[shortId]! += 1;
  }

  /** The k-th largest final score among the touched so far: what a paragraph must beat to enter the top k. */
  #kthLowerBound(touched: readonly number[], limit: number): number {
    if (touched.length < limit) return 0;
    // Into a scratch array kept between calls: this runs once per query term, over every paragraph touched so far.
    if (this.#values.length < touched.length) this.#values = new Float64Array(Math.max(touched.length, 2 * this.#values.length));
    const values = this.#values;
    for (let i = 0; i < touched.length; i++) values[i] = this.#scores[touched[i]!]! * this.#matched[touched[i]!]!;
    return kthLargest(values, touched.length, limit);
  }

  #best(touched: readonly number[], limit: number): ScoredParagraph[] {
    const threshold = this.#kthLowerBound(touched, limit);
    const best: { shortId: number; score: number }[] = [];
    for (const shortId of touched) {
      const score = this.#scores[shortId]! * this.#matched[shortId]!;
      if (score >= threshold) best.push({ shortId, score });
    }
    best.sort((a, b) => b.score - a.score || (this._documentIds.get(a.shortId) as number) - (this._documentIds.get(b.shortId) as number));
    return best.slice(0, limit).map((r) => ({ id: this._documentIds.get(r.shortId) as number, score: r.score }));
  }

  #ensureScratch(): void {
    if (this.#scores.length >= this._nextId) return;
    this.#scores = new Float64Array(this._nextId);
    this.#matched = new Uint16Array(this._nextId);
    this.#countedBy = new Uint32Array(this._nextId);
    this.#termStamp = 0;
  }

  /** A stamp no short id holds yet (after 2³² - 1 terms the marks are cleared and stamps start again). */
  #nextTermStamp(): number {
    if (this.#termStamp === 0xffff_ffff) {
      this.#countedBy.fill(0);
      this.#termStamp = 0;
    }
    return ++this.#termStamp;
  }
}

/** The k-th largest (1-based) of the first `count` values, by quickselect; reorders them. */
function kthLargest(values: Float64Array, count: number, k: number): number {
  let low = 0;
  let high = count - 1;
  const target = k - 1;
  while (low < high) {
    const pivot = values[(low + high) >> 1]!;
    let i = low;
    let j = high;
    while (i <= j) {
      while (values[i]! > pivot) i++;
      while (values[j]! < pivot) j--;
      if (i <= j) {
        const swap = values[i]!;
        values[i] = values[j]!;
        values[j] = swap;
        i++;
        j--;
      }
    }
    if (target <= j) high = j;
    else if (target >= i) low = i;
    else break;
  }
  return values[target]!;
}

/** The packed postings of sorted term entries (see PackedTerms), in chunks of about `chunkWords` numbers. */
function* packChunks(entries: readonly [string, TermPostings][], chunkWords: number): Generator<Uint32Array> {
  let chunk: number[] = [];
  for (const [, fields] of entries) {
    for (const [fieldId, postings] of fields) {
      chunk.push(fieldId, postings.size);
      for (const [shortId, frequency] of postings) chunk.push(shortId, frequency);
    }
    if (chunk.length >= chunkWords) {
      yield Uint32Array.from(chunk);
      chunk = [];
    }
  }
  if (chunk.length > 0) yield Uint32Array.from(chunk);
}
