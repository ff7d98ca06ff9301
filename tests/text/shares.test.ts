import { describe, expect, it } from 'vitest';
import { givesShare, shareAsked } from '../../src/text/shares.ts';

describe('shareAsked', () => {
  it.each([
    ['What percentage of members voted for the strike?', 'part'],
    ['What proportion of the budget goes to schools?', 'part'],
    ['How many percent of voters turned out?', 'part'],
    ['What interest rate is the bank charging?', 'rate'],
    ['What is the time rate of change of electric charge?', undefined],
    ['How many members voted for the strike?', undefined],
  ] as const)('reads "%s" as asking %s', (question, kind) => {
    expect(shareAsked(question)).toBe(kind);
  });
});

describe('givesShare', () => {
  it('finds percents, fractions and "one in five"', () => {
    for (const text of ['Turnout was 31 percent.', 'Prices rose 6%.', 'Two-thirds of members agreed.', 'Half the staff left.', 'One in five workers joined.']) expect(givesShare(text, 'part')).toBe(true);
  });

  it('takes a count, a sum or a date for no share', () => {
    for (const text of ['The strike left 14 vessels at anchor.', 'A $600 million loan was agreed.', 'The walkout began on February 27.']) expect(givesShare(text, 'part')).toBe(false);
  });

  it('takes an amount per unit for a rate only', () => {
    expect(givesShare('The bank charges £5 per transfer.', 'rate')).toBe(true);
    expect(givesShare('The bank charges £5 per transfer.', 'part')).toBe(false);
  });
});
