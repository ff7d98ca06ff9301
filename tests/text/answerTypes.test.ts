import { describe, expect, it } from 'vitest';
import { answerTypeFit, degreeWord, questionAnswerType, sentenceFacts } from '../../src/text/answerTypes.ts';
import { tokenizeWords } from '../../src/text/tokenize.ts';

const factsOf = (sentence: string) => sentenceFacts(sentence, tokenizeWords(sentence));

describe('questionAnswerType', () => {
  it.each([
    ['When did the Security Council approve the resolution?', 'date'],
    ['what year will operations begin', 'date'],
    ['On which date was the vote?', 'date'],
    ['How long ago was the cease-fire?', 'duration'],
    ['For how long will the force stay?', 'duration'],
    ['What is the ISF\'s budget?', 'number'],
    ["What's the number of the resolution?", 'number'],
    ['When many people are arrested, what tactic is used?', 'none'],
    ['What does he do when the vote fails?', 'none'],
    ['How many troops has Pakistan sent?', 'number'],
    ['How much money is involved?', 'number'],
    ['What percentage of troops?', 'number'],
    ['Who is the Foreign Office spokesperson?', 'name'],
    ['Whose offer did Rubio reaffirm?', 'name'],
    ['Which official spoke on Thursday?', 'name'],
    ['Where will the force deploy?', 'place'],
    ['Which countries abstained?', 'place'],
    ['Why is Pakistan cautious?', 'reason'],
    ['What is the reason for the delay?', 'reason'],
    ['What is the ISF?', 'none'],
    ['Tell me about Gaza', 'none'],
    ['What was the vote count in the Security Council?', 'number'],
    ['When large groups boycott a system, it can be considered?', 'none'],
    ['When protesters block a road, who arrests them?', 'name'],
    ["What is Veldmark's annual revenue?", 'number'],
    ['What was the fee for the licence?', 'number'],
    ['What interest rate is the bank charging on its loan?', 'number'],
    ['What is the time rate of change of electric charge?', 'none'],
    ['What was the loan used for?', 'none'],
  ] as const)('reads "%s" as asking for a %s', (question, type) => {
    expect(questionAnswerType(question)).toBe(type);
  });

  it('does not mistake words that contain question words for them', () => {
    expect(questionAnswerType('somewhere whenever somehow')).toBe('none');
  });
});

describe('sentenceFacts', () => {
  it('collects month names, numbers and names that do not open the sentence', () => {
    const facts = factsOf('The resolution was approved by the UN Security Council on November 17.');
    expect(facts.dates).toEqual(['november', '17']);
    expect(facts.numbers).toEqual(['17']);
    expect(facts.names).toEqual(['un', 'security', 'council']);
    expect(facts.givesReason).toBe(false);
  });

  it('counts a number of time units as a date ("10,000 years ago")', () => {
    expect(factsOf('The ice retreated 10,000 years ago.').dates).toContain('10000');
  });

  it('reads an ordinal before a time unit as a date ("the 20th century"), its suffix as no word', () => {
    expect(factsOf('It grew in the 20th century.').dates).toEqual(['20', 'century']);
    expect(factsOf('The vote was on the 3rd of May.').dates).toContain('3');
  });

  it('counts number words and years', () => {
    const facts = factsOf('Two hundred soldiers went in 2025.');
    expect(facts.numbers).toEqual(expect.arrayContaining(['two', 'hundred', '2025']));
    expect(facts.dates).toContain('2025');
  });

  it('takes a number written with a thousands separator for a count, never a year ("1,200 samples", not "in 1200")', () => {
    expect(factsOf('The agency tests about 1,200 samples a year.').dates).not.toContain('1200');
    expect(factsOf('The agency tests about 1,200 samples a year.').numbers).toContain('1200');
    expect(factsOf('The plant opened in 1998.').dates).toContain('1998');
  });

  it('sees a reason in "because" or "due to"', () => {
    expect(factsOf('It is a strong contender because of its past performance.').givesReason).toBe(true);
    expect(factsOf('Its ambivalence is possibly due to rivalries.').givesReason).toBe(true);
    expect(factsOf('Pakistan voted in favor.').givesReason).toBe(false);
  });
});

describe('answerTypeFit', () => {
  const facts = factsOf('The resolution was approved by the UN Security Council on November 17.');
  const counted = factsOf('Pakistan has sent more than 200,000 troops.');

  it('fits a sentence that holds a fact of the kind asked for', () => {
    expect(answerTypeFit('date', facts, new Set(['approved']))).toBe(1);
    expect(answerTypeFit('number', counted, new Set())).toBe(1);
    expect(answerTypeFit('name', facts, new Set())).toBe(1);
  });

  it('does not take a day of the month or a year for the amount a number question asks for', () => {
    expect(answerTypeFit('number', facts, new Set())).toBe(0);
    expect(answerTypeFit('number', factsOf('Operations begin in early 2026.'), new Set())).toBe(0);
  });

  it('does not fit when the only such fact is a word of the question itself', () => {
    expect(answerTypeFit('date', facts, new Set(['november', '17']))).toBe(0);
  });

  it('does not fit a reason question without a reason, nor a question of no particular type', () => {
    expect(answerTypeFit('reason', facts, new Set())).toBe(0);
    expect(answerTypeFit('none', facts, new Set())).toBe(0);
  });
});

describe('degreeWord', () => {
  it.each([
    ['How long did the debate go on?', 'long'],
    ['how old is the bridge', 'old'],
    ['How far is the zone from the capital?', 'far'],
    ['How long ago was it built?', 'long'],
  ])('reads the degree asked in %s', (question, word) => {
    expect(degreeWord(question)).toBe(word);
  });

  it.each(['How many troops will Pakistan send?', 'How much did it cost?', 'How did the council vote?', 'Who has the longest term?'])('reads none in %s', (question) => {
    expect(degreeWord(question)).toBeUndefined();
  });
});

describe('fractions in words', () => {
  it.each(['The shares have lost almost a third of their value.', 'Two thirds of the responses were in favour.', 'A quarter of the staff left.'])('reads a number in %s', (sentence) => {
    expect(factsOf(sentence).numbers.length).toBeGreaterThan(0);
  });

  it.each(['Sales rose in the third quarter.', 'It is the third-largest provider.'])('reads an ordinal, no number, in %s', (sentence) => {
    expect(factsOf(sentence).numbers).toEqual([]);
  });
});
