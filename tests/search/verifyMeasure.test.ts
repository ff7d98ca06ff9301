import { describe, expect, it } from 'vitest';
import { askedMeasure, givesMeasure } from '../../src/text/amounts.ts';
import { verdictsOfStory } from './verdicts.ts';

// A tiny synthetic wire story: a balloon whose weight and flying height are given only as figures with units, a
// paragraph with the word "altitude" and no figure, and one with other numbers.
const BALLOON = [
  'A research balloon built by the Coastal Weather Institute drifted off course on Tuesday after a valve failed.',
  'The 900-kilogram gondola was meant to float about 38 kilometres above the sea, measuring ozone for a month.',
  'Engineers said the balloon could not climb back to its planned altitude because its ballast had been dumped.',
  'The balloon was the institute’s third in 2024, after flights in March and June that returned 14 instruments.',
];

const { answeredFrom, refusal } = verdictsOfStory('balloon.md', { title: 'Research balloon drifts off course', published: '2024-09-03' }, BALLOON);

describe('a weight or height asked by its degree word or noun of measure', () => {
  it('answers "how heavy" with the figure in a unit of weight', () => {
    expect(answeredFrom('How heavy was the gondola?').quote).toContain('900-kilogram');
  });

  it('answers "at what altitude" with the figure in a unit of length, not the paragraph that only names the altitude', () => {
    expect(answeredFrom('At what altitude was the balloon supposed to float?').quote).toContain('38 kilometres');
  });

  it('refuses a weight where the story gives none', () => {
    expect(refusal('How heavy were the instruments?')).toBe("The story doesn't give a weight.");
  });
});

describe('askedMeasure and givesMeasure', () => {
  it('reads a measure from its degree word before a verb, or its noun after "what"', () => {
    expect(askedMeasure('How heavy was the satellite?')).toBe('weight');
    expect(askedMeasure('What height did the tower reach?')).toBe('height');
    expect(askedMeasure('How high did prices rise?')).toBeUndefined();
    expect(askedMeasure('How many tonnes were shipped?')).toBeUndefined();
  });

  it('finds a count of units, joined by a hyphen or not', () => {
    expect(givesMeasure('a 1,450-kilogram craft', 'weight')).toBe(true);
    expect(givesMeasure('it weighs 12 tonnes', 'weight')).toBe(true);
    expect(givesMeasure('it weighs a lot', 'weight')).toBe(false);
    expect(givesMeasure('830 kilometres above the Earth', 'height')).toBe(true);
  });
});
