import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { documentThemes } from '../../src/search/documentThemes.ts';
import { readIndexFile, writeIndexFile, type IndexHeader } from '../../src/search/indexFile.ts';
import { PassageIndex } from '../../src/search/passageIndex.ts';
import { termOf } from '../../src/text/analyze.ts';
import { makeTempDir, removeTempDirs } from '../support/tempDir.ts';
import { tinyCorpus } from './ranking/tinyIndex.ts';

afterEach(removeTempDirs);

const paragraphs = (count: number, holding: number, term: string) => Array.from({ length: count }, (_, i) => new Set(i < holding ? [term, `other${i}`] : [`other${i}`]));

describe('documentThemes', () => {
  it('keeps the terms of at least three paragraphs and a fifth of them', () => {
    expect(documentThemes(paragraphs(5, 3, 'budget'))).toEqual(['budget']);
    expect(documentThemes(paragraphs(5, 2, 'budget'))).toEqual([]);
    expect(documentThemes(paragraphs(20, 4, 'budget'))).toEqual(['budget']);
    expect(documentThemes(paragraphs(20, 3, 'budget'))).toEqual([]);
  });
});

// "ferry" stands in three of the four paragraphs of one story; the other story has one paragraph.
const STORIES = {
  ferries: {
    title: 'Island service',
    paragraphs: ['The ferry left at dawn.', 'A second ferry was delayed by fog.', 'Passengers waited on the pier.', 'The ferry company apologised.'],
  },
  market: { title: 'Market day', paragraphs: ['The ferry market sold fish and bread.'] },
};

describe('themes in the index', () => {
  const corpus = tinyCorpus(STORIES);
  const index = new PassageIndex(corpus);
  const themesOf = (built: PassageIndex) => Array.from({ length: built.size }, (_, id) => [...built.passage(id).themes]);

  it('gives every paragraph of a document its document\'s themes, found at indexing', () => {
    const ferry = termOf('ferry');
    expect(themesOf(index)).toEqual([[ferry], [ferry], [ferry], [ferry], []]);
  });

  it('keeps them in the saved index and drops them with their document', async () => {
    const path = join(await makeTempDir(), 'saved.index');
    const header: IndexHeader = { engine: 'test', corpusDir: corpus.dir, files: [], hashes: {}, problems: 0 };
    await writeIndexFile(path, header, corpus, index);
    expect(themesOf((await readIndexFile(path)).index)).toEqual(themesOf(index));
    const updated = new PassageIndex(corpus);
    updated.update(tinyCorpus({ market: STORIES.market }), new Set());
    expect(updated.toState().themes).toEqual([]);
  });
});
