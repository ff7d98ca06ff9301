import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/corpus/splitSentences.ts';
import { resolveSpeakers, SPEAKER_REACH_PARAGRAPHS } from '../../src/search/resolveSpeakers.ts';
import { findNameRuns } from '../../src/text/entities.ts';
import { verdictsOfStory } from './verdicts.ts';

/** The speakers resolved in an invented story's paragraphs, as "name @ sentence indexes" per paragraph. */
function resolved(paragraphs: string[]): string[][] {
  const input = paragraphs.map((text) => ({ text, sentences: splitSentences(text), runs: findNameRuns(text) }));
  return resolveSpeakers(input).map((speakers) => speakers.map((s) => `${s.name} @ ${s.sentences.join(',')}`));
}

// An invented council story: a councillor named in full once, then by surname, "she said" and a running quote.
const COUNCIL = [
  'Lagos state councillor Adaeze Okafor voted against the water levy on Tuesday, and the council suspended it.',
  'Speaking in Ikeja, Okafor thanked the farmers for their patience with the council. She said the levy would return once the pipes were repaired.',
  '“We owe the farmers a clear timetable before anyone pays again,” she said.',
  '“Nobody should pay for water that never arrives.” The repairs are expected to take six weeks.',
  "The council's treasurer, Bayo Adeyemi, said the levy raised 40 million naira last year.",
];

describe('resolveSpeakers', () => {
  it('resolves "she said" to the person named before, by the fullest name the story gave', () => {
    const speakers = resolved(COUNCIL);
    expect(speakers[1]).toEqual(['Adaeze Okafor @ 1']);
    expect(speakers[2]).toEqual(['Adaeze Okafor @ 0']);
  });

  it('gives a paragraph that opens with a quote and names nobody to the last speaker', () => {
    expect(resolved(COUNCIL)[3]).toEqual(['Adaeze Okafor @ 0']);
  });

  it('leaves alone what names its speaker, and a paragraph without speech', () => {
    const speakers = resolved(COUNCIL);
    expect(speakers[0]).toEqual([]);
    expect(speakers[4]).toEqual([]);
  });

  it('resolves a title written short to the person it was written before', () => {
    const speakers = resolved([
      'Finance Minister Ana Ruiz presented the budget to parliament on Monday.',
      'The Finance Minister said the deficit would halve by 2026.',
    ]);
    expect(speakers[1]).toEqual(['Finance Minister Ana Ruiz @ 0']);
  });

  it('takes the person, not the country, the sentence before names for "he"', () => {
    const speakers = resolved(['Speaking in Oslo, Jonas Berg thanked Norway for its offer. He said more details were needed.']);
    expect(speakers[0]).toEqual(['Jonas Berg @ 1']);
  });

  it('does not give scare quotes a speaker, nor a quote more than the reach after its speaker', () => {
    const quiet = Array.from({ length: SPEAKER_REACH_PARAGRAPHS }, () => 'The harvest was late this year.');
    const speakers = resolved([
      'Mayor Ines Duarte said the market would reopen.',
      ...quiet,
      '“The stalls are ready.”',
      'Traders call the new hall a “glass box”, and prices have risen.',
    ]);
    expect(speakers.slice(1).flat()).toEqual([]);
  });
});

describe('ranking and verifying with resolved speakers', () => {
  const { answeredFrom } = verdictsOfStory('council.md', { title: 'Council pauses the water levy', published: '2024-05-07' }, COUNCIL);

  it('ranks first the quote "she said" gives the person asked about', () => {
    expect(answeredFrom('what does okafor think the council owes the farmers?').paragraph).toBe(3);
  });

  it('accepts a running quote as what the named speaker said', () => {
    const answer = answeredFrom('what did okafor say about paying for water');
    expect(answer.paragraph).toBe(4);
    expect(answer.quote).toContain('Nobody should pay for water');
  });
});
