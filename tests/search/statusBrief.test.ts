import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/loadCorpus.ts';
import type { Corpus } from '../../src/corpus/types.ts';
import { createEngine } from '../../src/search/createEngine.ts';
import type { Engine } from '../../src/search/engine.ts';
import { buildStatusBrief, latestDocument, STATUS_LINES } from '../../src/search/statusBrief.ts';
import { STORY_ID } from '../support/shippedStory.ts';
import { makeTempCorpus, story } from '../support/tempCorpus.ts';
import { removeTempDirs } from '../support/tempDir.ts';
import { expectCitedFromStory, readStoryFile, storyEngine, type StoryFile } from '../support/storyEngine.ts';

let engine: Engine;
let file: StoryFile;

beforeAll(async () => {
  engine = await storyEngine();
  file = await readStoryFile();
});

afterAll(removeTempDirs);

// Two small stories with no word in common, so every line shows which one it came from.
const HARBOUR = [
  'The harbour of Portvale reopened on Monday after months of repairs, harbour officials confirmed.',
  'Mayor Elena Brisk said ferries will dock again from July, once inspectors sign off on the new piers.',
  'Fishermen remain worried about higher mooring fees, according to the Portvale Gazette.',
  'Councillors expect to vote on those fees next month before the summer season begins.',
];
const ORCHARD = [
  'Apple growers across Greendale reported a record autumn harvest, their cooperative announced in September.',
  'Cooperative chair Tomas Reed stated that cider prices still remain stubbornly low for smallholders.',
  'Growers plan to expand exports to neighbouring provinces during 2025, Reed added.',
  'Frost damage was minimal thanks to a mild spring across every Greendale valley.',
];

/** Loads a temp corpus of the two stories with the given dates and file names. */
async function twoStories(harbour: { name: string; published?: string }, orchard: { name: string; published?: string }): Promise<Corpus> {
  const fields = (title: string, published?: string): Record<string, string> => ({ title, ...(published && { published }) });
  const dir = await makeTempCorpus({
    [harbour.name]: story(fields('Harbour reopens', harbour.published), HARBOUR),
    [orchard.name]: story(fields('Orchard harvest', orchard.published), ORCHARD),
  });
  return loadCorpus(dir);
}

/** Asserts every line of a brief is a verbatim quote of the given story, cited to it. */
function expectAllFrom(corpus: Corpus, doc: string, paragraphs: string[]): void {
  const brief = createEngine(corpus).status();
  expect(brief.doc).toBe(doc);
  expect(brief.lines.length).toBeGreaterThanOrEqual(STATUS_LINES.min);
  expect(brief.lines.length).toBeLessThanOrEqual(STATUS_LINES.max);
  for (const line of brief.lines) {
    expect(line.doc).toBe(doc);
    expect(paragraphs[line.paragraph - 1]).toContain(line.quote);
  }
}

describe('status brief of the shipped story', () => {
  it('has 3 to 6 lines', () => {
    const { lines } = engine.status();
    expect(lines.length).toBeGreaterThanOrEqual(3);
    expect(lines.length).toBeLessThanOrEqual(6);
  });

  it('quotes every line verbatim from its paragraph, with a full citation', () => {
    const brief = engine.status();
    expect(brief.doc).toBe(STORY_ID);
    expect(brief.title).toBe(file.front.title);
    for (const line of brief.lines) expectCitedFromStory(line, file);
  });

  it('quotes whole sentences, one per line, in story order, without repeating one', () => {
    const { lines } = engine.status();
    for (const line of lines) {
      expect(line.quote).toMatch(/^[\p{Lu}“"]/u);
      expect(line.quote).toMatch(/[.?!][”"]?$/u);
    }
    const positions = lines.map((l) => [l.paragraph, file.paragraphs[l.paragraph - 1]!.indexOf(l.quote)] as const);
    const sorted = [...positions].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    expect(positions).toEqual(sorted);
    expect(new Set(lines.map((l) => l.quote)).size).toBe(lines.length);
  });

  it('opens with the lead sentence of the story', () => {
    const [first] = engine.status().lines;
    expect(first!.paragraph).toBe(1);
    expect(file.paragraphs[0]!.startsWith(first!.quote)).toBe(true);
  });

  it('gives the same brief every time', () => {
    expect(engine.status()).toEqual(buildStatusBrief(engine.corpus));
  });
});

describe('status brief of a corpus of several stories', () => {
  it('is built from the most recently published story when it comes last', async () => {
    const corpus = await twoStories({ name: 'b-harbour.md', published: '2024-06-01' }, { name: 'a-orchard.md', published: '2023-09-10' });
    expectAllFrom(corpus, 'b-harbour', HARBOUR);
  });

  it('is built from the most recently published story when it comes first', async () => {
    const corpus = await twoStories({ name: 'a-harbour.md', published: '2024-06-01' }, { name: 'b-orchard.md', published: '2023-09-10' });
    expectAllFrom(corpus, 'a-harbour', HARBOUR);
  });

  it('compares full timestamps, not only days', async () => {
    const corpus = await twoStories(
      { name: 'a-harbour.md', published: '2024-06-01T08:00:00Z' },
      { name: 'b-orchard.md', published: '2024-06-01T17:30:00Z' },
    );
    expectAllFrom(corpus, 'b-orchard', ORCHARD);
  });

  it('prefers a dated story over one without a date', async () => {
    const corpus = await twoStories({ name: 'a-harbour.md', published: '2020-01-01' }, { name: 'b-orchard.md' });
    expectAllFrom(corpus, 'a-harbour', HARBOUR);
  });

  it('falls back to the last story when none is dated', async () => {
    const corpus = await twoStories({ name: 'a-harbour.md' }, { name: 'b-orchard.md', published: 'sometime' });
    expect(latestDocument(corpus).id).toBe('b-orchard');
    expectAllFrom(corpus, 'b-orchard', ORCHARD);
  });
});
