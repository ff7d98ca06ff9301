import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ParagraphSearch } from '../../src/search/paragraphSearch.ts';

// A small vocabulary with a skewed frequency (word i drawn with weight ~1/(i+1)): a few common terms that
// early termination may skip, and rare ones that decide the top.
const WORDS = Array.from({ length: 40 }, (_, i) => `w${i}`);
const zipfWord = fc.integer({ min: 0, max: 999 }).map((n) => WORDS[Math.min(WORDS.length - 1, Math.floor(40 ** (n / 1000)) - 1)]!);
// Speaker terms (resolveSpeakers): most paragraphs have none.
const speakerWords = fc.oneof({ weight: 3, arbitrary: fc.constant<string[]>([]) }, { weight: 1, arbitrary: fc.uniqueArray(zipfWord, { minLength: 1, maxLength: 3 }) });
const paragraph = fc.record({ text: fc.array(zipfWord, { minLength: 1, maxLength: 30 }), title: fc.array(zipfWord, { maxLength: 4 }), speaker: speakerWords });
const query = fc.uniqueArray(fc.tuple(zipfWord, fc.double({ min: 0.05, max: 1, noNaN: true })), { minLength: 1, maxLength: 8, selector: ([w]) => w });

function indexOf(paragraphs: { text: string[]; title: string[]; speaker?: string[] }[]): ParagraphSearch {
  const search = new ParagraphSearch();
  paragraphs.forEach((p, id) => search.add({ id, text: p.text.join(' '), title: p.title.join(' '), speaker: (p.speaker ?? []).join(' ') }));
  return search;
}

/** The speaker field's boost in these tests (any positive weight: top() must match MiniSearch for every field). */
const SPEAKER_BOOST = 0.5;

/** MiniSearch's own search with the same weights and boosts: what top() must reproduce. */
function exhaustive(search: ParagraphSearch, weights: Map<string, number>, titleBoost: number, limit: number) {
  return search
    .search([...weights.keys()].join(' '), { boostTerm: (term) => weights.get(term) ?? 1, boost: { text: 1, title: titleBoost, speaker: SPEAKER_BOOST }, combineWith: 'OR', prefix: false, fuzzy: false })
    .slice(0, limit)
    .map((hit) => hit.score);
}

describe('ParagraphSearch.top', () => {
  it('returns the scores of MiniSearch search, best first, for any corpus, query and limit (early termination loses nothing)', () => {
    fc.assert(
      fc.property(fc.array(paragraph, { minLength: 1, maxLength: 120 }), query, fc.integer({ min: 1, max: 12 }), fc.double({ min: 0.01, max: 1, noNaN: true }), (paragraphs, terms, limit, titleBoost) => {
        const search = indexOf(paragraphs);
        const weights = new Map(terms);
        const top = search.top(weights, { text: 1, title: titleBoost, speaker: SPEAKER_BOOST }, limit);
        const expected = exhaustive(search, weights, titleBoost, limit);
        expect(top.map((r) => r.score)).toHaveLength(expected.length);
        top.forEach((r, i) => expect(r.score).toBeCloseTo(expected[i]!, 9));
        // Every id returned has the score MiniSearch gives it.
        const all = new Map(search.search([...weights.keys()].join(' '), { boostTerm: (t) => weights.get(t) ?? 1, boost: { text: 1, title: titleBoost, speaker: SPEAKER_BOOST }, prefix: false, fuzzy: false }).map((h) => [h.id as number, h.score]));
        for (const r of top) expect(r.score).toBeCloseTo(all.get(r.id)!, 9);
      }),
      { numRuns: 300 },
    );
  });

  it('leaves out discarded paragraphs and counts document frequency without them, as MiniSearch does once vacuumed', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(paragraph, { minLength: 2, maxLength: 60 }), query, fc.array(fc.nat(), { maxLength: 20 }), async (paragraphs, terms, drops) => {
        const search = indexOf(paragraphs);
        const dropped = new Set(drops.map((n) => n % paragraphs.length));
        if (dropped.size === paragraphs.length) dropped.delete(0);
        for (const id of dropped) search.discard(id);
        const weights = new Map(terms);
        const top = search.top(weights, { text: 1, title: 0.3, speaker: SPEAKER_BOOST }, 10);
        for (const r of top) expect(dropped.has(r.id)).toBe(false);
        // MiniSearch's own search on a discarded-from index scores with the stale count until it meets the
        // discarded postings; vacuumed, it is exact, and top() must have given that already.
        await search.vacuum({ batchSize: 10_000, batchWait: 0 });
        const vacuumed = search.top(weights, { text: 1, title: 0.3, speaker: SPEAKER_BOOST }, 10);
        expect(vacuumed.map((r) => r.id)).toEqual(top.map((r) => r.id));
        const expected = exhaustive(search, weights, 0.3, 10);
        expect(top.map((r) => r.score)).toHaveLength(expected.length);
        top.forEach((r, i) => expect(r.score).toBeCloseTo(expected[i]!, 9));
      }),
      { numRuns: 150 },
    );
  });

  it('breaks ties by the lower id, and returns nothing for terms the index lacks or a limit of 0', () => {
    const search = indexOf([{ text: ['a', 'b'], title: [] }, { text: ['a', 'b'], title: [] }, { text: ['c'], title: [] }]);
    expect(search.top(new Map([['a', 1]]), { text: 1 }, 5).map((r) => r.id)).toEqual([0, 1]);
    expect(search.top(new Map([['zzz', 1]]), { text: 1 }, 5)).toEqual([]);
    expect(search.top(new Map([['a', 1]]), { text: 1 }, 0)).toEqual([]);
  });
});

/** The analysis form of documents given as term lists (what analyzeDocuments gives for their words): terms in first-seen order, counts as flat pairs. */
function analysisOf(documents: { title: string[]; paragraphs: string[][]; speakers?: string[][] }[]) {
  const terms: string[] = [];
  const indexOfTerm = (term: string) => (terms.includes(term) ? terms.indexOf(term) : terms.push(term) - 1);
  const pairsOf = (words: string[], into: number[]) => {
    const counts = new Map<string, number>();
    for (const w of words) counts.set(w, (counts.get(w) ?? 0) + 1);
    for (const [term, count] of counts) into.push(indexOfTerm(term), count);
  };
  const body: number[] = [];
  const bodyEnds: number[] = [];
  const title: number[] = [];
  const titleEnds: number[] = [];
  const speaker: number[] = [];
  const speakerEnds: number[] = [];
  for (const document of documents) {
    document.paragraphs.forEach((words, i) => {
      pairsOf(words, body);
      bodyEnds.push(body.length / 2);
      if (i === 0) {
        pairsOf(document.title, title);
        titleEnds.push(title.length / 2);
      }
      // A paragraph's fields in MiniSearch's order: body, title, speaker.
      pairsOf(document.speakers?.[i] ?? [], speaker);
      speakerEnds.push(speaker.length / 2);
    });
  }
  return {
    terms,
    bodyPairs: Uint32Array.from(body),
    bodyEnds: Uint32Array.from(bodyEnds),
    titlePairs: Uint32Array.from(title),
    titleEnds: Uint32Array.from(titleEnds),
    speakerPairs: Uint32Array.from(speaker),
    speakerEnds: Uint32Array.from(speakerEnds),
    paragraphCounts: Uint32Array.from(documents, (d) => d.paragraphs.length),
  };
}

describe('ParagraphSearch.addAnalyzed', () => {
  it('builds exactly the index MiniSearch add builds from the same terms (postings, field lengths, averages), in one or several runs', () => {
    const document = fc
      .record({ title: fc.array(zipfWord, { maxLength: 4 }), paragraphs: fc.array(paragraph, { minLength: 1, maxLength: 5 }) })
      .map((d) => ({ title: d.title, paragraphs: d.paragraphs.map((p) => p.text), speakers: d.paragraphs.map((p) => p.speaker) }));
    fc.assert(
      fc.property(fc.array(document, { minLength: 1, maxLength: 20 }), fc.integer({ min: 1, max: 20 }), (documents, cut) => {
        const paragraphs = documents.flatMap((d) => d.paragraphs.map((text, i) => ({ text, title: d.title, speaker: d.speakers[i] })));
        const added = new ParagraphSearch();
        const first = documents.slice(0, cut);
        added.addAnalyzed(0, analysisOf(first));
        added.addAnalyzed(first.reduce((n, d) => n + d.paragraphs.length, 0), analysisOf(documents.slice(cut)));
        expect(JSON.parse(JSON.stringify(added))).toEqual(JSON.parse(JSON.stringify(indexOf(paragraphs))));
        expect(() => added.addAnalyzed(0, analysisOf(documents.slice(0, 1)))).toThrow(/duplicate/);
      }),
      { numRuns: 150 },
    );
  });
});

describe('ParagraphSearch field lengths kept by short id', () => {
  it('score an index built with addAnalyzed as MiniSearch scores it, and are dropped by removeAll', () => {
    fc.assert(
      fc.property(fc.array(paragraph, { minLength: 1, maxLength: 60 }), fc.array(paragraph, { minLength: 1, maxLength: 60 }), query, (before, after, terms) => {
        const search = new ParagraphSearch();
        search.addAnalyzed(0, analysisOf(before.map((p) => ({ title: p.title, paragraphs: [p.text], speakers: [p.speaker] }))));
        const weights = new Map(terms);
        const scores = (s: ParagraphSearch) => s.top(weights, { text: 1, title: 0.3, speaker: SPEAKER_BOOST }, 10).map((r) => r.score);
        const expected = exhaustive(search, weights, 0.3, 10);
        expect(scores(search)).toHaveLength(expected.length);
        scores(search).forEach((score, i) => expect(score).toBeCloseTo(expected[i]!, 9));
        // Short ids start again after removeAll: lengths kept from the paragraphs before would score the new ones.
        search.removeAll();
        after.forEach((p, id) => search.add({ id, text: p.text.join(' '), title: p.title.join(' '), speaker: p.speaker.join(' ') }));
        expect(scores(search)).toEqual(scores(indexOf(after)));
      }),
      { numRuns: 150 },
    );
  });
});

describe('ParagraphSearch saved packed and restored lazily', () => {
  it('restores an index that scores every query as the original, with add and discard still working', () => {
    fc.assert(
      fc.property(fc.array(paragraph, { minLength: 1, maxLength: 80 }), query, fc.integer({ min: 1, max: 7 }), (paragraphs, terms, chunkWords) => {
        const original = indexOf(paragraphs);
        if (paragraphs.length > 1) original.discard(0);
        const head = original.savedHead();
        const restored = ParagraphSearch.fromSavedHead({ ...head, documentIds: head.documentIds.slice(), fieldLength: head.fieldLength.slice() });
        const packed = original.packedTerms(chunkWords);
        const chunks = [...packed.chunks];
        const words = chunks.reduce((sum, chunk) => sum + chunk.length, 0);
        expect(words).toBe(packed.starts[packed.terms.length]);
        expect([...packed.terms]).toEqual([...packed.terms].sort());
        const all = new Uint32Array(words);
        chunks.reduce((at, chunk) => (all.set(chunk, at), at + chunk.length), 0);
        restored.restoreTerms({ terms: packed.terms, starts: packed.starts, packed: all });
        const weights = new Map(terms);
        // Scored before anything needs the whole tree: only the query's terms are unpacked.
        expect(restored.top(weights, { text: 1, title: 0.3, speaker: SPEAKER_BOOST }, 10)).toEqual(original.top(weights, { text: 1, title: 0.3, speaker: SPEAKER_BOOST }, 10));
        expect(restored.termCount).toBe(original.termCount);
        // Every posting back (the tree's order follows insertion, so terms are sorted).
        const plain = (search: ParagraphSearch) => {
          const json = JSON.parse(JSON.stringify(search)) as { index: [string, unknown][] };
          return { ...json, index: json.index.sort(([a], [b]) => (a < b ? -1 : 1)) };
        };
        expect(plain(restored)).toEqual(plain(original));
        expect(restored.documentCount).toBe(original.documentCount);
        expect(restored.top(weights, { text: 1, title: 0.3, speaker: SPEAKER_BOOST }, 10)).toEqual(original.top(weights, { text: 1, title: 0.3, speaker: SPEAKER_BOOST }, 10));
        expect(exhaustive(restored, weights, 0.3, 10)).toEqual(exhaustive(original, weights, 0.3, 10));
        const next = paragraphs.length;
        for (const search of [original, restored]) search.add({ id: next, text: terms.map(([w]) => w).join(' '), title: '', speaker: '' });
        expect(restored.top(weights, { text: 1, title: 0.3, speaker: SPEAKER_BOOST }, 10)).toEqual(original.top(weights, { text: 1, title: 0.3, speaker: SPEAKER_BOOST }, 10));
      }),
      { numRuns: 150 },
    );
  });

  it('adds, discards and vacuums on a restored index whose terms are not yet unpacked, as on the original', async () => {
    fc.assert(
      fc.property(fc.array(paragraph, { minLength: 2, maxLength: 60 }), query, (paragraphs, terms) => {
        const restoredOf = (search: ParagraphSearch) => {
          const packed = search.packedTerms(1 << 10);
          const all = Uint32Array.from([...packed.chunks].flatMap((chunk) => [...chunk]));
          const restored = ParagraphSearch.fromSavedHead(search.savedHead());
          restored.restoreTerms({ terms: packed.terms, starts: packed.starts, packed: all });
          return restored;
        };
        const original = indexOf(paragraphs);
        const restored = restoredOf(original);
        const weights = new Map(terms);
        const next = paragraphs.length;
        for (const search of [original, restored]) {
          search.discard(1);
          search.add({ id: next, text: terms.map(([w]) => w).join(' '), title: 'w0', speaker: '' });
        }
        expect(restored.top(weights, { text: 1, title: 0.5, speaker: SPEAKER_BOOST }, 10)).toEqual(original.top(weights, { text: 1, title: 0.5, speaker: SPEAKER_BOOST }, 10));
        expect(restored.has(next)).toBe(true);
      }),
      { numRuns: 100 },
    );
    const original = indexOf([{ text: ['w1', 'w2'], title: [] }, { text: ['w2', 'w3'], title: ['w1'] }]);
    const packed = original.packedTerms(4);
    const restored = ParagraphSearch.fromSavedHead(original.savedHead());
    restored.restoreTerms({ terms: packed.terms, starts: packed.starts, packed: Uint32Array.from([...packed.chunks].flatMap((c) => [...c])) });
    for (const search of [original, restored]) search.discard(0);
    await Promise.all([original.vacuum(), restored.vacuum()]);
    expect(JSON.parse(JSON.stringify(restored))).toEqual(JSON.parse(JSON.stringify(original)));
  });
});
