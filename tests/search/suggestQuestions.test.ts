import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/loadCorpus.ts';
import { createEngine } from '../../src/search/createEngine.ts';
import type { Engine } from '../../src/search/engine.ts';
import { PassageIndex } from '../../src/search/passageIndex.ts';
import { MAX_SUGGESTION_LENGTH, mineTopics, suggestionTopics } from '../../src/search/suggestQuestions.ts';
import { makeTempCorpus } from '../support/tempCorpus.ts';
import { removeTempDirs } from '../support/tempDir.ts';
import { readStoryFile, storyEngine, type StoryFile } from '../support/storyEngine.ts';

let engine: Engine;
let file: StoryFile;

beforeAll(async () => {
  engine = await storyEngine();
  file = await readStoryFile();
});

afterAll(removeTempDirs);

/** The topic a suggestion asks about ("What does the story say about X?" → X). */
function topicOf(suggestion: string): string | undefined {
  return /^What (?:does the story say about|happened (?:in|on)) (.+)\?$/.exec(suggestion)?.[1];
}

describe('suggestQuestions', () => {
  it('suggests questions about names and dates of the corpus when nothing is typed', () => {
    const suggestions = engine.suggestQuestions('');
    expect(suggestions.length).toBeGreaterThan(3);
    const story = file.paragraphs.join('\n');
    for (const suggestion of suggestions) {
      const topic = topicOf(suggestion);
      expect(topic, suggestion).toBeDefined();
      expect(story).toContain(topic);
      expect(topic).toMatch(/^[\p{Lu}\d]/u);
    }
  });

  it('puts the most mentioned name first', () => {
    const [first] = engine.suggestQuestions('');
    const count = (name: string) => file.paragraphs.join(' ').split(name).length - 1;
    const topic = topicOf(first!)!;
    for (const other of engine.suggestQuestions('').map(topicOf)) expect(count(topic)).toBeGreaterThanOrEqual(count(other!));
  });

  it('includes a question about Rubio for "rub"', () => {
    expect(engine.suggestQuestions('rub').some((s) => s !== 'rub' && s.includes('Rubio'))).toBe(true);
  });

  it('matches the start of any word of a name, ignoring case and accents', () => {
    expect(engine.suggestQuestions('andr').some((s) => s.includes('Tahir Hussain Andrabi'))).toBe(true);
    expect(engine.suggestQuestions('ÍSLAM').some((s) => s.includes('Islamabad'))).toBe(true);
  });

  it('offers what was typed first, so the user can ask it as it is', () => {
    expect(engine.suggestQuestions('How many troops')[0]).toBe('How many troops');
  });

  it('respects the limit', () => {
    expect(engine.suggestQuestions('', 3)).toHaveLength(3);
    expect(engine.suggestQuestions('').length).toBeLessThanOrEqual(10);
  });

  it('keeps every suggestion within 100 characters, whatever is typed (property)', () => {
    expect(MAX_SUGGESTION_LENGTH).toBe(100);
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (typed) => {
        const suggestions = engine.suggestQuestions(typed);
        expect(new Set(suggestions).size).toBe(suggestions.length);
        for (const s of suggestions) expect(s.length).toBeLessThanOrEqual(MAX_SUGGESTION_LENGTH);
      }),
      { numRuns: 200 },
    );
  });

  it('leaves out names too long for a suggestion', async () => {
    const longName = Array.from({ length: 20 }, (_, i) => `Name${String.fromCharCode(65 + i)}`).join(' ');
    const dir = await makeTempCorpus({ 'long.md': `The envoy met ${longName} and Rubio in the capital on Monday.` });
    const corpus = await loadCorpus(dir);
    expect(mineTopics(corpus).names).toContain(longName);
    const suggestions = createEngine(corpus).suggestQuestions('');
    expect(suggestions.some((s) => s.includes('Rubio'))).toBe(true);
    for (const s of suggestions) expect(s.length).toBeLessThanOrEqual(MAX_SUGGESTION_LENGTH);
  });
});

describe('suggestion topics mined elsewhere (a reload mines them in its worker)', () => {
  it('give the same suggestions as the engine mining them on first use', () => {
    const index = new PassageIndex(engine.corpus);
    const mined = createEngine(engine.corpus, { index, topics: suggestionTopics(engine.corpus, (word) => index.isProperName(word)) });
    for (const typed of ['', 'Pak', 'UN vote', '2025']) expect(mined.suggestQuestions(typed)).toEqual(engine.suggestQuestions(typed));
  });

  it('are what the engine suggests from when it is given them', () => {
    const given = createEngine(engine.corpus, { topics: { names: ['Zanzibar Ferry'], dates: [] } });
    expect(given.suggestQuestions('Zanz')).toContain('What does the story say about Zanzibar Ferry?');
    expect(engine.suggestQuestions('Zanz')).not.toContain('What does the story say about Zanzibar Ferry?');
  });
});

describe('mineTopics', () => {
  it('finds names and dates of the shipped story, without possessive endings', () => {
    const { names, dates } = mineTopics(engine.corpus);
    expect(names).toEqual(expect.arrayContaining(['Rubio', 'Tahir Hussain Andrabi', 'UN Security Council']));
    expect(names.some((n) => /['’]s$/.test(n))).toBe(false);
    expect(dates).toEqual(expect.arrayContaining(['November 17', 'December 20, 2025']));
  });
});

describe('mineTopics at the start of a sentence or a quotation', () => {
  it('keeps a first word the corpus writes as a name elsewhere, and drops one it writes in lower case or only first', async () => {
    const dir = await makeTempCorpus({
      'openers.md': 'Saudi envoys met in Riyadh. Officials said: “Regarding Egypt, we wait.” Later the Saudi envoys left for Cairo, regarding it as safe.',
    });
    const corpus = await loadCorpus(dir);
    const suggestions = createEngine(corpus).suggestQuestions('', 20);
    expect(suggestions).toContain('What does the story say about Egypt?');
    expect(suggestions).toContain('What does the story say about Saudi?');
    expect(suggestions.some((s) => /Regarding|Later|Officials/.test(s))).toBe(false);
  });
});
