import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/loadCorpus.ts';
import { createEngine } from '../../src/search/createEngine.ts';
import type { Engine } from '../../src/search/engine.ts';
import { makeTempCorpus, story } from '../support/tempCorpus.ts';
import { removeTempDirs } from '../support/tempDir.ts';
import { verdictsOf } from './verdicts.ts';

// A tiny synthetic wire story: speech with its speaker in different places, a capital for its country, a report
// with no reporter, an ordinal century, and a role beside a name.
const SUMMIT = [
  'Foreign minister Lena Varga opened the Tallinn summit on Tuesday, saying, “Our ports must stay open to trade.”',
  'The summit was first held in the 19th century, when the Baltic ports formed a league.',
  'Norway and Finland sent delegations. Oslo reportedly believes the league favours larger ports.',
  'Varga thanked the delegations. “We owe our neighbours a clear answer on tariffs,” she said.',
  'According to a Baltic Times report, no final decision has been made on tariffs.',
  'Harbour workers from Riga, whose union backs the league, joined the opening march.',
  'The league previously sent 300 inspectors to the ports of Riga.',
  'The host committee, chaired by President Ari Lahti, met the delegations from Norway and Finland.',
];

let engine: Engine;

beforeAll(async () => {
  const dir = await makeTempCorpus({ 'summit.md': story({ title: 'Baltic ports summit opens in Tallinn', published: '2024-05-14' }, SUMMIT) });
  engine = createEngine(await loadCorpus(dir));
});

afterAll(removeTempDirs);

const { answeredFrom, refusal } = verdictsOf(() => engine);

describe('speech by the named speaker', () => {
  it('answers when the speaker is the subject before the quote', () => {
    expect(answeredFrom('What did Lena Varga say at the summit?').paragraph).toBe(1);
  });

  it('answers when "she said" follows a sentence that names the speaker', () => {
    expect(answeredFrom('What did Varga say about tariffs?').paragraph).toBe(4);
  });

  it('finds a country where its capital speaks for it, an adverb in the question aside', () => {
    expect(answeredFrom('What does Norway probably think about the league?').paragraph).toBe(3);
  });

  it('refuses speech by someone who is only mentioned beside it', () => {
    expect(refusal('What did Finland say about the league?')).toBe("The story doesn't report anything Finland said.");
  });

  it('refuses when the speaker is quoted but not about the topic asked', () => {
    expect(refusal('What did Varga say about Riga?')).toBe("The story doesn't report anything Varga said about Riga.");
  });
});

describe('what a question asks for', () => {
  it('refuses a person the corpus has only as a word of the same stem (a report, no reporter)', () => {
    expect(refusal('What is the name of the Baltic Times reporter?')).toBe("The story doesn't mention a Baltic Times reporter.");
  });

  it('reads an ordinal century as a date', () => {
    expect(answeredFrom('In what century was the summit first held?').quote).toContain('19th century');
  });

  it('needs no match for a word that only names the kind of answer', () => {
    answeredFrom("whats varga's job title again");
  });

  it('reads a predicate after "who is" as no attribute to look up', () => {
    expect(answeredFrom('who is more supportive of the league, as harbour workers').paragraph).toBe(6);
  });
});

describe('premises the story does not bear out', () => {
  it('refuses a question about an event the story says has not happened', () => {
    expect(refusal('When will the league make a final decision on tariffs?')).toBe("The story doesn't say when: the closest passage says “no final decision has been made”.");
  });

  it('refuses a question about what is to come when the only figure is past', () => {
    expect(refusal('How many inspectors will the league send to Riga?')).toBe("The story doesn't say how many for what is to come: the closest figure is about the past.");
    expect(answeredFrom('How many inspectors did the league send to Riga?').quote).toContain('300 inspectors');
  });

  it('refuses a role of a name when the role stands beside another name only', () => {
    expect(refusal('Who is the president of Norway?')).toBe("The story doesn't say who the president of Norway is.");
  });
});

describe('names and times written another way', () => {
  let science: Engine;
  beforeAll(async () => {
    const dir = await makeTempCorpus({
      'computing.md': story({ title: 'Early computing', published: '2020-01-01' }, [
        'Alan Turing described an abstract machine in 1936.',
        'The Turing machine became the standard model of computation in the 1980s courses.',
        'Gandhi led the salt march in 1930, a campaign of civil disobedience.',
        'Frost damage occurs when water in the leaves freezes.',
      ]),
    });
    science = createEngine(await loadCorpus(dir));
  });
  const { answeredFrom: answered } = verdictsOf(() => science);

  it('holds a full name where the paragraph drops the first name after the first mention', () => {
    expect(answered('What became the standard model attributed to Alan Turing?').paragraph).toBe(2);
  });

  it('repairs a name with a letter typed in the wrong place', () => {
    expect(answered('What march did Ghandi lead?').paragraph).toBe(3);
  });

  it('reads a decade by its last two digits as the full year', () => {
    expect(answered('Which model was standard in the 80s courses?').paragraph).toBe(2);
  });

  it('answers a present-tense "when" with the circumstances', () => {
    expect(answered('When does frost damage occur?').paragraph).toBe(4);
  });

  it('still refuses a surname the corpus never mentions', () => {
    expect(science.ask('What did Alan Kay describe?').answered).toBe(false);
  });
});
