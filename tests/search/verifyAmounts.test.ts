import { describe, expect, it } from 'vitest';
import { asksSum, givesAnySum } from '../../src/text/amounts.ts';
import { verdictsOfStory } from './verdicts.ts';

// A tiny synthetic wire story: a total over a list of places, a figure for one place alone, a plan without a
// budget, a fund with one, a mission with and without a length of time, a meeting dated, and a span of years.
const RELIEF = [
  'The relief agency has worked in Chad and Niger, among other Sahel states, for a decade. The agency has delivered more than 90,000 tonnes of grain to 12 countries in the region.',
  'In Mali, the agency delivered 4,000 tonnes of grain last year.',
  'The agency unveiled a five-point plan for the harvest season on Monday.',
  'A separate donor fund of $40 million will pay for seed and tools.',
  'The grain convoys are a temporary measure until roads reopen.',
  'The medical teams will stay for six months under the agreement.',
  'The donors met in Bamako on March 2.',
  'A field clinic ran from 1998 to 2004 before a pause.',
  'Engineers will build a $12 million grain depot in Niamey, officials said.',
];

const { answeredFrom, refusal } = verdictsOfStory('relief.md', { title: 'Relief agency expands Sahel grain convoys', published: '2024-03-04' }, RELIEF);

describe('a number tied to the place or name asked about', () => {
  it('refuses a count for one name of a list when the figure is a total for all', () => {
    expect(refusal('How many tonnes of grain did the agency deliver to Niger?')).toBe("The story doesn't give a number of tonnes of grain for Niger.");
  });

  it('answers a count given for the name itself', () => {
    expect(answeredFrom('How many tonnes of grain did the agency deliver to Mali?').quote).toContain('4,000 tonnes');
  });

  it('answers the total when the question names no member of the list', () => {
    expect(answeredFrom('How many tonnes of grain has the agency delivered to countries in the region?').quote).toContain('90,000 tonnes');
  });
});

describe('a sum of money asked by a verb or noun of money', () => {
  it('refuses "how much … cost" when the paragraph gives no sum', () => {
    expect(refusal('How much will the harvest plan cost?')).toBe("The story doesn't give a sum of money.");
  });

  it('refuses a budget when the paragraph gives no sum', () => {
    expect(refusal("What is the harvest plan's budget?")).toBe("The story doesn't give a sum of money for the budget.");
  });

  it('refuses when every sum of the paragraph is for something else', () => {
    expect(refusal('How much will the donor fund borrow for seed?')).toBe("The story doesn't give a sum of money.");
  });

  it('answers where a sum is given', () => {
    expect(answeredFrom('How much will the donor fund pay for seed?').quote).toContain('$40 million');
  });

  it('answers "how much … cost" with a sum written before the thing it prices', () => {
    expect(answeredFrom('How much is the Niamey grain depot going to cost?').quote).toContain('$12 million grain depot');
  });
});

describe('asksSum', () => {
  it('reads a verb or noun of money, not a share or a noun the verb modifies', () => {
    expect(asksSum('how much does a nurse earn', undefined)).toBe(true);
    expect(asksSum('How much debt will the firm take on?', undefined)).toBe(true);
    expect(asksSum('What is the annual budget?', 'budget')).toBe(true);
    expect(asksSum('How much of a pay rise did the union want?', undefined)).toBe(false);
    expect(asksSum('How much grain was delivered?', undefined)).toBe(false);
    expect(asksSum('How much will the audits cost Outback?', undefined)).toBe(true);
  });

  it('finds a sum in any currency', () => {
    expect(givesAnySum('It cost 20 million guilders.')).toBe(true);
    expect(givesAnySum('It cost £5,000.')).toBe(true);
    expect(givesAnySum('The loan was 2 million marks.')).toBe(true);
    expect(givesAnySum('It sold for 4,500 crowns.')).toBe(true);
    expect(givesAnySum('Fares for children will stay free.')).toBe(true);
    expect(givesAnySum('Entry is free of charge.')).toBe(true);
    expect(givesAnySum('In 2019 she won the medal.')).toBe(false);
    expect(givesAnySum('The judges gave 3 marks out of 10.')).toBe(false);
    expect(givesAnySum('It backed free trade with its neighbours.')).toBe(false);
    expect(givesAnySum('It cost 20 percent more.')).toBe(false);
  });
});

describe('an amount of the kind asked', () => {
  it('refuses money in a currency when the closest figures are no money', () => {
    expect(refusal('What is the budget of the harvest plan in dollars?')).toBe("The story doesn't give an amount in dollars for the budget.");
  });

  it('answers money in a currency where a sum is given', () => {
    expect(answeredFrom('How many dollars will the donor fund pay for seed?').quote).toContain('$40 million');
  });

  it('refuses a count of years when the story gives no length of time', () => {
    expect(refusal('For how many years will the grain convoys run?')).toBe("The story doesn't give a length of time in years.");
  });

  it('answers a count of months where one is given', () => {
    expect(answeredFrom('How many months will the medical teams stay?').quote).toContain('six months');
  });

  it('refuses "how long" when the story gives only a point in time', () => {
    expect(refusal('How long did the donors meet in Bamako?')).toBe("The story doesn't say how long: it gives a point in time, not a length.");
  });

  it('answers "how long" with a span of years', () => {
    expect(answeredFrom('How long did the field clinic run before the pause?').quote).toContain('from 1998 to 2004');
  });
});
