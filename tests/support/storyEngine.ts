import { expect } from 'vitest';
import { loadCorpus } from '../../src/corpus/loadCorpus.ts';
import { createEngine } from '../../src/search/createEngine.ts';
import type { Engine } from '../../src/search/engine.ts';
import type { Answer, CitedPassage } from '../../src/search/types.ts';
import { CORPUS_DIR } from './paths.ts';
import { STORY_ID, storyFrontMatter, storyParagraphs } from './shippedStory.ts';

let engine: Promise<Engine> | undefined;

/** The engine of the shipped corpus, built once per test file. */
export function storyEngine(): Promise<Engine> {
  engine ??= loadCorpus(CORPUS_DIR).then((corpus) => createEngine(corpus));
  return engine;
}

/** What the story file says, read without the loader: paragraphs and front matter. */
export interface StoryFile {
  paragraphs: string[];
  front: Record<string, string>;
}

/** Reads the shipped story file independently of the loader. */
export async function readStoryFile(): Promise<StoryFile> {
  return { paragraphs: await storyParagraphs(), front: await storyFrontMatter() };
}

/** Asserts a cited passage quotes its paragraph of the story file verbatim and carries the full citation. */
export function expectCitedFromStory(passage: CitedPassage, story: StoryFile): void {
  expect(passage.doc).toBe(STORY_ID);
  expect(passage.title).toBe(story.front.title);
  expect(passage.source).toBe(story.front.source);
  expect(passage.published).toBe(story.front.published);
  expect(Number.isInteger(passage.paragraph)).toBe(true);
  expect(passage.paragraph).toBeGreaterThanOrEqual(1);
  expect(passage.paragraph).toBeLessThanOrEqual(story.paragraphs.length);
  expect(passage.quote.trim()).not.toBe('');
  expect(story.paragraphs[passage.paragraph - 1]).toContain(passage.quote);
  expect(typeof passage.score).toBe('number');
  expect(Number.isFinite(passage.score)).toBe(true);
}

/** Asserts the invariants every answer keeps, whatever the question. */
export function expectWellFormedAnswer(answer: Answer, story: StoryFile): void {
  expect(typeof answer.question).toBe('string');
  expect(typeof answer.answered).toBe('boolean');
  expect(Array.isArray(answer.passages)).toBe(true);
  if (answer.answered) {
    expect(answer).not.toHaveProperty('reason');
    expect(answer.passages.length).toBeGreaterThan(0);
    for (const p of answer.passages) expect(p).not.toHaveProperty('related');
  } else {
    expect(typeof answer.reason).toBe('string');
    expect(answer.reason!.trim()).not.toBe('');
    for (const p of answer.passages) expect(p.related).toBe(true);
  }
  for (const passage of answer.passages) expectCitedFromStory(passage, story);
  const scores = answer.passages.map((p) => p.score);
  expect(scores).toEqual([...scores].sort((a, b) => b - a));
}
