import { describe, expect, it } from 'vitest';
import { askedTimeUnit, givesTimeCount } from '../../src/text/amounts.ts';
import { questionAnswerType, sentenceFacts } from '../../src/text/answerTypes.ts';
import { DATING_TIME_UNITS, TIME_UNITS } from '../../src/text/timeUnits.ts';
import { tokenizeWords } from '../../src/text/tokenize.ts';

const facts = (sentence: string) => sentenceFacts(sentence, tokenizeWords(sentence));

describe('TIME_UNITS, the one list of units of time', () => {
  it('holds each unit in the singular and the plural', () => {
    for (const unit of ['year', 'years', 'century', 'centuries', 'day', 'days', 'season', 'seasons', 'minute', 'seconds']) expect(TIME_UNITS.has(unit)).toBe(true);
  });

  it('is the unit a question counts, in the amount reader and the answer type alike', () => {
    expect(askedTimeUnit('For how many seasons did he play?')).toBe('seasons');
    expect(questionAnswerType('How many seasons did he play?')).toBe('duration');
    expect(questionAnswerType('How many goals did he score?')).toBe('number');
    expect(givesTimeCount('He played four seasons there.')).toBe(true);
  });

  it('dates by counts of days and longer, not by minutes or seconds', () => {
    expect(DATING_TIME_UNITS.has('hours')).toBe(true);
    expect(DATING_TIME_UNITS.has('minute')).toBe(false);
    expect(facts('It fell three centuries ago.').dates).toContain('three');
    expect(facts('It is a ten-minute walk.').dates).not.toContain('ten');
  });
});
