import { describe, expect, it } from 'vitest';
import { ageSubject, askedCurrency, asksDistance, asksSum, givesAge, givesDistance, givesLength, pricedWords } from '../../src/text/amounts.ts';

describe('askedCurrency', () => {
  it('gives the currency a question asks in, with the capitalized words that say whose it is', () => {
    expect(askedCurrency('What is the budget in US dollars?')).toBe('US dollars');
    expect(askedCurrency('How much was paid in Hong Kong dollars?')).toBe('Hong Kong dollars');
    expect(askedCurrency('How much does the plan cost in Malian francs?')).toBe('Malian francs');
  });

  it('takes no question word for an owner of the currency', () => {
    expect(askedCurrency('Dollars or euros: what did it cost?')).toBe('Dollars');
    expect(askedCurrency('How many rupees will the ministry spend?')).toBe('rupees');
  });

  it('gives nothing for a question that names no currency', () => {
    expect(askedCurrency('How many pounds of grain were delivered?')).toBeUndefined();
  });
});

describe('givesLength', () => {
  it.each(['forces lorries on a 9-mile detour', 'about 400 km west of the capital', 'a span of 2.5 kilometres', 'for almost six hours', 'a 30-year term'])('reads a length in %s', (text) => {
    expect(givesLength(text)).toBe(true);
  });

  it.each(['on November 17', 'a £410m plan', 'in 1962'])('reads none in %s', (text) => {
    expect(givesLength(text)).toBe(false);
  });
});

describe('asksDistance and givesDistance', () => {
  it('reads a distance asked and given', () => {
    expect(asksDistance('How far is the quake zone from the capital?')).toBe(true);
    expect(asksDistance('How far did the trains travel?')).toBe(true);
    expect(givesDistance('about 400 km west of Kathmandu')).toBe(true);
  });

  it('reads none in a point in time or a sum', () => {
    expect(asksDistance('How long did it last?')).toBe(false);
    expect(asksDistance('How far did the shares fall?')).toBe(false);
    expect(givesDistance('on November 17, for £410m')).toBe(false);
  });
});

describe('asksSum', () => {
  it('reads a verb of paying as asking a sum when "how much" measures money or nothing named', () => {
    expect(asksSum('how much does a nurse earn', undefined)).toBe(true);
    expect(asksSum('How much did the new bridge cost?', undefined)).toBe(true);
    expect(asksSum('how much money did they spend on it', undefined)).toBe(true);
  });
  it('does not when "how much" measures something else', () => {
    expect(asksSum('How much time did the delay cost commuters?', undefined)).toBe(false);
    expect(asksSum('how much effort did the firm invest in it', undefined)).toBe(false);
  });
});

describe('givesAge and ageSubject', () => {
  it('reads an age as news writes it, and no other number', () => {
    for (const text of ['Maria Lenz, 47, was elected.', 'a man aged 81', 'at the age of 39', 'a 54-year-old nurse', 'she turned 60 in May', 'in his early fifties', 'born in 1971']) {
      expect(givesAge(text), text).toBe(true);
    }
    for (const text of ['the most important vote in half a century', 'on Wednesday, 300 residents came', 'a vote of 11 to 2, with one abstaining']) expect(givesAge(text), text).toBe(false);
  });

  it('finds whose age a "how old" question asks', () => {
    expect(ageSubject('How old is Margaret Okonjo?')).toBe('Margaret Okonjo');
    expect(ageSubject('How old was Elway when he played in Super Bowl XXXIII?')).toBe('Elway');
    expect(ageSubject('How many troops are there?')).toBeUndefined();
  });
});

describe('pricedWords', () => {
  it('reads the noun phrase a sum is written before, up to a preposition', () => {
    expect(pricedWords('approved plans for a $1.4 billion deep-water container terminal on the shoreline')).toEqual(['deep-water', 'container', 'terminal']);
    expect(pricedWords('the £20m stadium')).toEqual(['stadium']);
    expect(pricedWords('a $20m grant for the stadium')).toEqual(['grant']);
  });

  it('reads nothing after a sum that opens a clause', () => {
    expect(pricedWords('A fund of $40 million will pay for seed.')).toEqual([]);
  });
});
