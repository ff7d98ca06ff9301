import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/loadCorpus.ts';
import type { Passage } from '../../src/corpus/types.ts';
import { createEngine } from '../../src/search/createEngine.ts';
import type { Engine } from '../../src/search/engine.ts';
import { STORY_ID } from '../support/shippedStory.ts';
import { makeTempCorpus, story } from '../support/tempCorpus.ts';
import { removeTempDirs } from '../support/tempDir.ts';
import { expectCitedFromStory, expectWellFormedAnswer, readStoryFile, storyEngine, type StoryFile } from '../support/storyEngine.ts';

let engine: Engine;
let file: StoryFile;

beforeAll(async () => {
  engine = await storyEngine();
  file = await readStoryFile();
});

afterAll(removeTempDirs);

/** The number of the one paragraph of the story file that holds a fact. */
function paragraphHolding(fact: string): number {
  const found = file.paragraphs.flatMap((p, i) => (p.includes(fact) ? [i + 1] : []));
  expect(found, `paragraphs holding ${fact}`).toHaveLength(1);
  return found[0]!;
}

/** Asserts the answer's best passage is the paragraph holding the fact, quoted with the fact in it. */
function expectAnsweredWith(question: string, fact: string): void {
  const answer = engine.ask(question);
  expect(answer.answered, `${question} → ${answer.reason ?? ''}`).toBe(true);
  const [best] = answer.passages;
  expect(best!.paragraph).toBe(paragraphHolding(fact));
  expect(best!.quote).toContain(fact);
  expectWellFormedAnswer(answer, file);
}

const QUESTIONS = [
  'How many troops has Pakistan sent to UN missions?',
  'When did the Security Council approve the resolution?',
  'Who is the Foreign Office spokesperson?',
  'Which countries abstained in the Security Council vote?',
  'What did the Pakistani Foreign Office say about troop contributions?',
  'What is the ISF?',
  'Why is Pakistan cautious?',
  'What did Rubio say about Pakistan?',
  'What does India think?',
];

describe('createEngine on the shipped story: answers', () => {
  it('answers how many troops Pakistan sent to UN missions from ¶13, quoting 200,000', () => {
    expect(paragraphHolding('200,000')).toBe(13);
    expectAnsweredWith('How many troops has Pakistan sent to UN missions?', '200,000');
  });

  it('answers when the Security Council approved the resolution from ¶10, quoting November 17', () => {
    expect(paragraphHolding('November 17')).toBe(10);
    expectAnsweredWith('When did the Security Council approve the resolution?', 'November 17');
  });

  it('answers who the Foreign Office spokesperson is from ¶7, quoting Tahir Hussain Andrabi', () => {
    expect(paragraphHolding('Tahir Hussain Andrabi')).toBe(7);
    expectAnsweredWith('Who is the Foreign Office spokesperson?', 'Tahir Hussain Andrabi');
  });

  it('answers which countries abstained, quoting China and Russia', () => {
    expectAnsweredWith('Which countries abstained in the Security Council vote?', 'China and Russia abstained');
  });

  it('answers what the Foreign Office stated, quoting that no final decision has been made', () => {
    expectAnsweredWith('What did the Pakistani Foreign Office say about troop contributions?', 'no final decision has been made');
  });

  it('answers which report the Foreign Office statement came from, quoting Dawn', () => {
    expectAnsweredWith('Which newspaper reported that no decision was made?', 'Dawn report');
  });

  it('answers what Moscow believes, quoting it', () => {
    expectAnsweredWith('What does Moscow believe about the ISF?', 'Moscow, which supports Hamas');
  });

  it('quotes every passage of every answer verbatim from its paragraph, with doc, title, ¶, source and published', () => {
    for (const question of QUESTIONS) {
      const answer = engine.ask(question);
      expect(answer.passages.length, question).toBeGreaterThan(0);
      expectWellFormedAnswer(answer, file);
    }
  });

  it('echoes the question it answered', () => {
    expect(engine.ask('What is the ISF?').question).toBe('What is the ISF?');
    expect(engine.ask('  What   is the ISF?\n').question).toBe('What is the ISF?');
  });

  it('lists at most three passages, best first, without repeating a paragraph', () => {
    for (const question of QUESTIONS) {
      const { passages } = engine.ask(question);
      expect(passages.length).toBeLessThanOrEqual(3);
      expect(new Set(passages.map((p) => p.paragraph)).size).toBe(passages.length);
    }
  });

  it('quotes one to three sentences, not the whole paragraph, when the paragraph has more than three sentences', async () => {
    const corpus = await loadCorpus(engine.corpus.dir);
    const passages = new Map(corpus.documents[0]!.passages.map((p) => [p.paragraph, p]));
    let checked = 0;
    for (const question of QUESTIONS) {
      // Search lists more passages than ask: both quote through the same sentence selection.
      for (const cited of [...engine.ask(question).passages, ...engine.search(question).passages]) {
        const passage: Passage = passages.get(cited.paragraph)!;
        const sentences = passage.sentences;
        // The quote is a run of whole sentences of the paragraph.
        const first = sentences.findIndex((s) => passage.text.startsWith(cited.quote, s.start));
        expect(first, cited.quote).toBeGreaterThanOrEqual(0);
        const last = sentences.findIndex((s) => s.end === sentences[first]!.start + cited.quote.length);
        expect(last, cited.quote).toBeGreaterThanOrEqual(first);
        expect(last - first + 1).toBeLessThanOrEqual(3);
        if (sentences.length > 3) expect(cited.quote).not.toBe(passage.text);
        if (sentences.length > 2 && cited.quote !== passage.text) checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(5);
  });
});

describe('createEngine on the shipped story: words written differently', () => {
  it('finds the ISF passages from the acronym', () => {
    const answer = engine.ask('What is the ISF?');
    expect(answer.answered).toBe(true);
    expect(answer.passages.length).toBeGreaterThan(0);
    for (const p of answer.passages) expect(file.paragraphs[p.paragraph - 1]).toMatch(/ISF|International Stabilization Force/);
    expect(answer.passages[0]!.paragraph).toBe(paragraphHolding('International Stabilization Force (ISF)'));
  });

  it('finds the ISF passages from the long form, including ones that only say "ISF"', () => {
    const answer = engine.ask('international stabilization force');
    expect(answer.answered).toBe(true);
    const paragraphs = answer.passages.map((p) => p.paragraph);
    expect(paragraphs).toContain(paragraphHolding('International Stabilization Force (ISF)'));
    const onlyAcronym = paragraphs.filter((n) => !/International Stabilization Force/i.test(file.paragraphs[n - 1]!));
    expect(onlyAcronym.length).toBeGreaterThan(0);
    for (const n of onlyAcronym) expect(file.paragraphs[n - 1]).toContain('ISF');
  });

  it('reads the British spelling "Stabilisation" as the story\'s "Stabilization"', () => {
    const answer = engine.ask('What is the International Stabilisation Force?');
    expect(answer.answered).toBe(true);
    expect(answer.passages[0]!.quote).toContain('International Stabilization Force');
  });

  it('tolerates a typo in a name: "pakistn" answers like "Pakistan"', () => {
    const right = engine.ask('How many troops has Pakistan sent to UN missions?');
    const typo = engine.ask('How many troops has pakistn sent to UN missions?');
    expect(typo.answered).toBe(true);
    expect(typo.passages[0]!.paragraph).toBe(right.passages[0]!.paragraph);
    expect(typo.passages[0]!.quote).toContain('200,000');
  });

  it('tolerates a typo in an ordinary word: "Concil" answers like "Council"', () => {
    const typo = engine.ask('When did the Security Concil approve the resolution?');
    expect(typo.answered).toBe(true);
    expect(typo.passages[0]!.quote).toContain('November 17');
  });

  it('finds "troops" when asked about soldiers', () => {
    const question = 'How many soldiers has Pakistan sent to UN peacekeeping missions?';
    const answer = engine.ask(question);
    expect(answer.answered).toBe(true);
    const best = file.paragraphs[answer.passages[0]!.paragraph - 1]!;
    expect(best).not.toMatch(/soldier/i);
    expect(answer.passages[0]!.quote).toContain('200,000 troops');
  });

  it('finds "soldiers" when asked about troops', () => {
    const paragraph = paragraphHolding('ambivalence on soldiers');
    const answer = engine.search('ambivalence troops');
    expect(answer.passages.map((p) => p.paragraph)).toContain(paragraph);
  });

  it('ignores letter case', () => {
    const lower = engine.ask('when did the security council approve the resolution?');
    expect(lower.answered).toBe(true);
    expect(lower.passages[0]!.quote).toContain('November 17');
  });
});

describe('createEngine: search, sources and options', () => {
  it('searches keywords without abstaining and cites verbatim', () => {
    const answer = engine.search('Security Council vote');
    expect(answer.answered).toBe(true);
    expect(answer.passages[0]!.paragraph).toBe(paragraphHolding('UN Security Council'));
    for (const p of answer.passages) expectCitedFromStory(p, file);
  });

  it('returns at most the asked number of search results', () => {
    expect(engine.search('Pakistan', 2).passages.length).toBeLessThanOrEqual(2);
    expect(engine.search('Pakistan').passages.length).toBeLessThanOrEqual(5);
    expect(engine.search('Pakistan').passages.length).toBeGreaterThan(2);
  });

  it('says why when a search has no words or nothing matches', () => {
    expect(engine.search('')).toMatchObject({ answered: false, passages: [], reason: expect.stringMatching(/words/) });
    expect(engine.search('zzzqqq')).toMatchObject({ answered: false, passages: [], reason: expect.stringContaining('zzzqqq') });
  });

  it('lists the one shipped document as its source, with 20 paragraphs', () => {
    expect(engine.sources()).toEqual([
      { doc: STORY_ID, title: file.front.title, source: file.front.source, published: file.front.published, paragraphs: 20 },
    ]);
    expect(engine.passageCount).toBe(20);
  });

  it('honours maxPassages', async () => {
    const one = createEngine(await loadCorpus(engine.corpus.dir), { maxPassages: 1 });
    expect(one.ask('What is the ISF?').passages).toHaveLength(1);
  });

  it('answers from the right document of a corpus of several', async () => {
    const dir = await makeTempCorpus({
      'harbour.md': story({ title: 'Harbour reopens', source: 'Portvale Gazette', published: '2024-06-01' }, [
        'The harbour of Portvale reopened on Monday after long repairs, officials confirmed.',
        'Mayor Elena Brisk said ferries will return to the harbour by July.',
      ]),
      'orchard.md': story({ title: 'Orchard harvest', published: '2023-09-10' }, [
        'Apple growers in Greendale reported a record harvest this autumn.',
        'Cooperative chair Tomas Reed said cider prices remain low.',
      ]),
    });
    const several = createEngine(await loadCorpus(dir));
    const answer = several.ask('Who is the cooperative chair in Greendale?');
    expect(answer.answered).toBe(true);
    expect(answer.passages[0]).toMatchObject({ doc: 'orchard', title: 'Orchard harvest', paragraph: 2, published: '2023-09-10' });
    expect(answer.passages[0]!.quote).toContain('Tomas Reed');
    expect(answer.passages[0]).not.toHaveProperty('source');
    const ferries = several.ask('When will ferries return to the harbour?');
    expect(ferries.passages[0]).toMatchObject({ doc: 'harbour', paragraph: 2, source: 'Portvale Gazette' });
    expect(several.passageCount).toBe(4);
  });
});
