import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/app/buildIndex.ts';
import { PassageIndex } from '../../src/search/passageIndex.ts';
import { manyStories } from '../search/ranking/tinyIndex.ts';

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
