import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeDocuments, slices } from '../../src/search/analyzeDocuments.ts';
import { indexTerms } from '../../src/text/analyze.ts';
import { PassageIndex } from '../../src/search/passageIndex.ts';
import { tinyCorpus } from './ranking/tinyIndex.ts';

const STORIES = {
  zoo: { title: 'Zoo news', paragraphs: ['The Gaza zoo keeps 42 zebras, its director Amal Haddad said on Monday. Mr. Haddad runs it.', 'The zoo reopened in November after repairs by the Gaza Zoo Trust (GZT).'] },
  port: { title: 'Port news', paragraphs: ['The port of Karachi handled 3 million containers in 2024, the Karachi Port Trust said.', 'Its new crane arrived from Shanghai. KPT paid for it.'] },
  talks: { title: 'Cease-fire talks', paragraphs: ['UN Security Council members met on the cease-fire. The UNSC vote is due.', 'THE TALKS ENDED LATE.', 'A second round starts in Geneva.'] },
  zoo2: { title: 'Zoo news (copy)', paragraphs: ['The Gaza zoo keeps 42 zebras, its director Amal Haddad said on Monday. Mr. Haddad runs it.', 'The Gaza Zoo Trust plans a new aviary.'] },
};

/** Everything an index holds, as plain data: its tables and MiniSearch's index. */
function contentOf(index: PassageIndex): unknown {
  return JSON.parse(JSON.stringify({ state: index.toState(), search: index.search, acronyms: [...index.acronyms] }));
}

describe('analyzeDocuments', () => {
  it('counts each paragraph once per term and each sentence once per term', () => {
    const text = 'Zebras, zebras everywhere. The zebras ate.';
    const analysis = analyzeDocuments([{ title: 'Zoo news', paragraphs: [text, 'Lions.'] }]);
    const zebra = indexTerms('zebras')[0]!;
    expect([...analysis.paragraphCounts]).toEqual([2]);
    expect(analysis.documentFrequency.get(zebra)).toBe(1);
    expect(analysis.sentences).toMatchObject({ count: 3 });
    expect(analysis.sentences.frequency.get(zebra)).toBe(2);
    // The first paragraph's distinct terms with their counts, as flat pairs, in the order of the text.
    const terms = indexTerms(text);
    const pairs = [...analysis.bodyPairs.slice(0, analysis.bodyEnds[0]! * 2)];
    expect(pairs.filter((_, i) => i % 2 === 0).map((i) => analysis.terms[i])).toEqual([...new Set(terms)]);
    expect(pairs.filter((_, i) => i % 2 === 1)).toEqual([...new Set(terms)].map((t) => terms.filter((u) => u === t).length));
    expect(pairs.filter((_, i) => i % 2 === 1)[0]).toBe(3);
  });

  it('leaves the documents unsplit: their sentences are split only when a question reads them', () => {
    const corpus = tinyCorpus(STORIES);
    new PassageIndex(corpus);
    const passage = corpus.documents[0]!.passages[0]!;
    expect(Object.getOwnPropertyDescriptor(passage, 'sentences')?.get).toBeTypeOf('function');
  });
});

describe('PassageIndex.fromAnalyses', () => {
  it('builds from analyses of runs of documents, cut anywhere, exactly the index of one pass', async () => {
    const corpus = tinyCorpus(STORIES);
    const expected = contentOf(new PassageIndex(corpus));
    const texts = corpus.documents.map((d) => ({ title: d.title, paragraphs: d.passages.map((p) => p.text) }));
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 6 }), async (size) => {
        const runs = [...slices(texts, (d) => d.paragraphs.length, size)].map((run) => analyzeDocuments(run));
        expect(contentOf(await PassageIndex.fromAnalyses(corpus, runs))).toEqual(expected);
      }),
    );
  });

  it('refuses analyses that do not cover the corpus', async () => {
    const corpus = tinyCorpus(STORIES);
    const first = analyzeDocuments([{ title: corpus.documents[0]!.title, paragraphs: corpus.documents[0]!.passages.map((p) => p.text) }]);
    await expect(PassageIndex.fromAnalyses(corpus, [first])).rejects.toThrow(/cover 1 of 4 documents/);
  });
});

describe('PassageIndex.update', () => {
  it('after removing and re-adding stories holds the tables an index built afresh holds', () => {
    const corpus = tinyCorpus(STORIES);
    const index = new PassageIndex(corpus);
    const port = { title: 'Port news', paragraphs: ['The port of Gwadar opened a terminal.'] };
    const changed = tinyCorpus({ ...STORIES, port });
    const kept = Object.fromEntries(Object.entries({ ...STORIES, port }).filter(([id]) => id !== 'talks'));
    index.update(changed, new Set(['port']));
    const fresh = new PassageIndex(changed);
    const sorted = (state: ReturnType<PassageIndex['toState']>) => ({
      documentFrequency: new Map(state.documentFrequency),
      vocabulary: new Map(state.vocabulary.map(([word, term, count]) => [word, [term, count]])),
      names: new Map(state.names),
      lowered: new Map(state.lowered),
      sentences: { ...state.sentences, frequency: new Map(state.sentences.frequency) },
    });
    expect(sorted(index.toState())).toEqual(sorted(fresh.toState()));
    const smaller = tinyCorpus(kept);
    index.update(smaller, new Set());
    expect(sorted(index.toState())).toEqual(sorted(new PassageIndex(smaller).toState()));
  });
});
