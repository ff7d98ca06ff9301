import SearchableMap from 'minisearch/SearchableMap';

/** MiniSearch's postings of one term: per field id, the term's frequency per short document id. */
export type TermPostings = Map<number, Map<number, number>>;

/** MiniSearch's term tree packed for saving (see ParagraphSearch.packedTerms): sorted terms and their postings in one array. */
export interface PackedTerms {
  /** The terms in code-unit order (Array.prototype.sort's), so that a term is found by binary search. */
  terms: readonly string[];
  /** Term i's postings are packed[starts[i]] up to packed[starts[i + 1]]; terms.length + 1 entries. */
  starts: Uint32Array;
  /** Per field of a term: the field id, the number of postings n, then n pairs (short id, frequency). */
  packed: Uint32Array;
}

/** No saved terms (what a SavedTermMap keeps once all of them are in its tree). */
const NO_TERMS: PackedTerms = { terms: [], starts: new Uint32Array(1), packed: new Uint32Array(0) };

/** The postings of packed[from] up to packed[to], as MiniSearch's maps (in the order they were saved). */
function unpackPostings(packed: Uint32Array, from: number, to: number): TermPostings {
  const fields: TermPostings = new Map();
  let at = from;
  while (at < to) {
    const fieldId = packed[at]!;
    const end = at + 2 + 2 * packed[at + 1]!;
    if (end > to) throw new Error('saved index: a term\'s postings run past its end');
    const postings = new Map<number, number>();
    for (let i = at + 2; i < end; i += 2) postings.set(packed[i]!, packed[i + 1]!);
    fields.set(fieldId, postings);
    at = end;
  }
  return fields;
}

/**
 * MiniSearch's term tree (a SearchableMap) over a saved index's packed terms, each term moved into the tree with
 * its postings unpacked into MiniSearch's maps the first time it is looked up. Restoring every term up front cost
 * a second start at 100,000 paragraphs 0.3 s of map inserts and most of its 0.8 s of garbage collection, where a
 * question looks up a dozen terms. Whatever needs the whole tree (iteration, size, prefix and fuzzy lookups)
 * moves every remaining term in first, in sorted order; add, discard and vacuum work as on MiniSearch's own tree.
 */
export class SavedTermMap extends SearchableMap<TermPostings> {
  /** The saved terms; let go once every one is settled, so the file's bytes they view can be freed. */
  #saved: PackedTerms;
  /** Per saved term, 1 once it is in the tree or was deleted: from then on the tree alone answers for it. */
  readonly #settled: Uint8Array;
  #unsettled: number;

  constructor(saved: PackedTerms) {
    super();
    if (saved.starts.length !== saved.terms.length + 1 || saved.starts[saved.terms.length]! > saved.packed.length) throw new Error('saved index: term offsets do not match the postings');
    this.#saved = saved;
    this.#settled = new Uint8Array(saved.terms.length);
    this.#unsettled = saved.terms.length;
  }

  /** Saved terms not yet moved into the tree. */
  get unsettledCount(): number {
    return this.#unsettled;
  }

  /** The saved position of a term not yet in the tree, or -1. */
  #find(term: string): number {
    if (this.#unsettled === 0) return -1;
    const { terms } = this.#saved;
    let low = 0;
    let high = terms.length - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const at = terms[middle]!;
      if (at === term) return this.#settled[middle] === 0 ? middle : -1;
      if (at < term) low = middle + 1;
      else high = middle - 1;
    }
    return -1;
  }

  #settle(position: number): TermPostings {
    const { terms, starts, packed } = this.#saved;
    const postings = unpackPostings(packed, starts[position]!, starts[position + 1]!);
    this.#markSettled(position);
    super.set(terms[position]!, postings);
    return postings;
  }

  #markSettled(position: number): void {
    this.#settled[position] = 1;
    this.#unsettled -= 1;
    if (this.#unsettled === 0) this.#saved = NO_TERMS;
  }

  /** Marks a saved term as decided by the tree without unpacking it (it is being replaced or deleted). */
  #forget(term: string): void {
    const position = this.#find(term);
    if (position !== -1) this.#markSettled(position);
  }

  #settleAll(): void {
    for (let position = 0; this.#unsettled > 0 && position < this.#settled.length; position++) if (this.#settled[position] === 0) this.#settle(position);
  }

  override get(key: string): TermPostings | undefined {
    const found = super.get(key);
    if (found !== undefined) return found;
    const position = this.#find(key);
    return position === -1 ? undefined : this.#settle(position);
  }

  override has(key: string): boolean {
    return super.has(key) || this.#find(key) !== -1;
  }

  override fetch(key: string, initial: () => TermPostings): TermPostings {
    return this.get(key) ?? super.fetch(key, initial);
  }

  override set(key: string, value: TermPostings): SearchableMap<TermPostings> {
    this.#forget(key);
    return super.set(key, value);
  }

  override update(key: string, fn: (value: TermPostings | undefined) => TermPostings): SearchableMap<TermPostings> {
    this.get(key);
    return super.update(key, fn);
  }

  override delete(key: string): void {
    this.#forget(key);
    super.delete(key);
  }

  override clear(): void {
    this.#settled.fill(1);
    this.#unsettled = 0;
    this.#saved = NO_TERMS;
    super.clear();
  }

  override get size(): number {
    this.#settleAll();
    return super.size;
  }

  override entries(): ReturnType<SearchableMap<TermPostings>['entries']> {
    this.#settleAll();
    return super.entries();
  }

  override keys(): ReturnType<SearchableMap<TermPostings>['keys']> {
    this.#settleAll();
    return super.keys();
  }

  override values(): ReturnType<SearchableMap<TermPostings>['values']> {
    this.#settleAll();
    return super.values();
  }

  override [Symbol.iterator](): ReturnType<SearchableMap<TermPostings>['entries']> {
    return this.entries();
  }

  override atPrefix(prefix: string): SearchableMap<TermPostings> {
    this.#settleAll();
    return super.atPrefix(prefix);
  }

  override fuzzyGet(key: string, maxEditDistance: number): ReturnType<SearchableMap<TermPostings>['fuzzyGet']> {
    this.#settleAll();
    return super.fuzzyGet(key, maxEditDistance);
  }
}
