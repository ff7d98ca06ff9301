import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/app/buildIndex.ts';
import { PassageIndex } from '../../src/search/passageIndex.ts';
import { tinyCorpus } from '../search/ranking/tinyIndex.ts';

/** A corpus of many small stories, each with its own names, numbers and acronyms. */
function manyStories(count: number) {
  const documents: Record<string, { title: string; paragraphs: string[] }> = {};
  for (let i = 0; i < count; i++) {
    documents[`story-${String(i).padStart(3, '0')}`] = {
      title: `Harbour report ${i}`,
      paragraphs: [
        `The Port Authority of Town${i} (PAT${i % 7}) moved ${i * 13} containers, its chief Dana Lee${i} said. Mr. Lee${i} was pleased.`,
        `Cranes from Shanghai arrived in week ${i % 52}. THE UNION DID NOT AGREE.`,
        `The Harbour Safety Board met on Monday; the HSB vote is due.`,
      ],
    };
  }
  return tinyCorpus(documents);
}

function contentOf(index: PassageIndex): unknown {
  return JSON.parse(JSON.stringify({ state: index.toState(), search: index.search, acronyms: [...index.acronyms] }));
}

describe('buildIndex', () => {
  it('builds in a worker and this thread exactly the index one thread builds', async () => {
    const corpus = manyStories(120);
    const built = await buildIndex(corpus, { minParagraphsForWorker: 1 });
    expect(built.workerParagraphs).toBeGreaterThan(100);
    expect(contentOf(built.index)).toEqual(contentOf(new PassageIndex(corpus)));
  });

  it('keeps a small corpus on this thread', async () => {
    expect((await buildIndex(manyStories(10))).workerParagraphs).toBe(0);
  });

  it('analyzes everything here when the worker cannot start, with the same result', async () => {
    const corpus = manyStories(40);
    const built = await buildIndex(corpus, { minParagraphsForWorker: 1, workerEntry: new URL('./no-such-worker.mjs', import.meta.url) });
    expect(built.workerParagraphs).toBe(0);
    expect(contentOf(built.index)).toEqual(contentOf(new PassageIndex(corpus)));
  });
});
