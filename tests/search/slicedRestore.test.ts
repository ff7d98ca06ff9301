import { join } from 'node:path';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import SearchableMap from 'minisearch/SearchableMap';
import { afterEach, describe, expect, it } from 'vitest';
import { readIndexBody, readIndexFile, writeIndexFile, type IndexHeader } from '../../src/search/indexFile.ts';
import { ParagraphSearch } from '../../src/search/paragraphSearch.ts';
import { PassageIndex } from '../../src/search/passageIndex.ts';
import { makeTempDir, removeTempDirs } from '../support/tempDir.ts';
import { manyStories } from './ranking/tinyIndex.ts';

function contentOf(index: PassageIndex): unknown {
  return JSON.parse(JSON.stringify({ state: index.toState(), search: index.search, acronyms: [...index.acronyms], size: index.size }));
}

/** A pause that counts how often it was awaited. */
function countingPause(): { pause: () => Promise<void>; count: () => number } {
  let pauses = 0;
  return { pause: () => ((pauses += 1), yieldToEventLoop()), count: () => pauses };
}

afterEach(removeTempDirs);

describe('restoring an index in slices (a serving thread pauses between them)', () => {
  const corpus = manyStories(60);
  const built = new PassageIndex(corpus);

  it('PassageIndex.restoreSliced restores the same index as the constructor, pausing between slices', async () => {
    const saved = () => ({ state: built.toState(), search: ParagraphSearch.fromSavedHead(built.search.savedHead()) });
    const { pause, count } = countingPause();
    const whole = new PassageIndex(corpus, saved());
    const sliced = await PassageIndex.restoreSliced(corpus, saved(), pause, 25);
    expect(contentOf(sliced)).toEqual(contentOf(whole));
    expect(sliced.passage(0).passage.text).toBe(whole.passage(0).passage.text);
    // 180 paragraphs and hundreds of table entries in slices of 25: many pauses.
    expect(count()).toBeGreaterThan(10);
  });

  it('ParagraphSearch.fromSavedHeadSliced restores the same head as fromSavedHead, pausing between slices', async () => {
    const { pause, count } = countingPause();
    const head = built.search.savedHead();
    const sliced = await ParagraphSearch.fromSavedHeadSliced(head, pause, 10);
    expect(JSON.parse(JSON.stringify(sliced))).toEqual(JSON.parse(JSON.stringify(ParagraphSearch.fromSavedHead(head))));
    expect(sliced.savedHead()).toEqual(head);
    expect(count()).toBeGreaterThanOrEqual(Math.floor((2 * corpus.documents.flatMap((d) => d.passages).length) / 10) - 1);
  });

  it('buildFuzzyVocabulary builds the same tree as the fuzzy vocabulary built on first use', async () => {
    const { pause, count } = countingPause();
    const index = new PassageIndex(corpus);
    await index.buildFuzzyVocabulary(pause, 50);
    expect([...index.fuzzyVocabulary.entries()]).toEqual([...SearchableMap.from(built.vocabulary).entries()]);
    expect(count()).toBe(Math.floor(built.vocabulary.size / 50));
    const word = [...built.vocabulary.keys()].find((w) => w.length >= 8)!;
    const typo = word.slice(0, 2) + word[3] + word[2] + word.slice(4);
    expect([...index.fuzzyVocabulary.fuzzyGet(typo, 2).keys()]).toEqual([...built.fuzzyVocabulary.fuzzyGet(typo, 2).keys()]);
  });

  it('readIndexBody reads, without its header, the corpus and index readIndexFile reads (sliced or not)', async () => {
    const path = join(await makeTempDir(), 'saved.index');
    const header: IndexHeader = { engine: 'test', corpusDir: corpus.dir, files: [], hashes: {}, problems: 0 };
    await writeIndexFile(path, header, corpus, built);
    const full = await readIndexFile(path);
    expect(full.header).toEqual(header);
    for (const sliced of [false, true]) {
      const body = await readIndexBody(path, corpus.dir, { sliced });
      expect(body).not.toHaveProperty('header');
      expect(body.corpus.dir).toBe(corpus.dir);
      expect(body.corpus.documents.map((d) => d.id)).toEqual(full.corpus.documents.map((d) => d.id));
      expect(contentOf(body.index)).toEqual(contentOf(full.index));
    }
  });
});
