import { describe, expect, it } from 'vitest';
import { numberUses } from '../../src/search/countedNoun.ts';
import { verdictsOfStory } from './verdicts.ts';

// A tiny synthetic port story: numbers that count one thing each (cranes, dockers, ships), money and a share, a
// number whose counted noun is left implicit, a hyphenated count, and a distance in one spelling.
const PORT = [
  'The port authority bought 14 new cranes last year. About 3,000 dockers work the night shift.',
  'The authority will charge €12 a tonne from June, a rise of 8 percent on the old fee.',
  'Ships queued for days in March. The harbour master counted 40 of them at anchor on one morning.',
  'A 12-berth terminal opens in the autumn. The new channel runs for 30 kilometres.',
  'The port clinic postponed 25 planned operations during the strike.',
  'Automated gates could eliminate as many as 60 positions at the terminal, the union warned.',
];

const { answeredFrom, refusal } = verdictsOfStory('port.md', { title: 'Port authority expands its cargo terminal', published: '2024-05-02' }, PORT);

describe('a number that counts what "how many" asks', () => {
  it('refuses when every number of the paragraph counts another thing', () => {
    expect(refusal('How many forklifts did the port authority buy last year?')).toBe("The story doesn't give a number of forklifts.");
  });

  it('refuses when the only numbers are money and a share', () => {
    expect(refusal('How many shipping lines will pay the port authority fee from June?')).toBe("The story doesn't give a number of shipping lines for June.");
  });

  it('answers a number that counts a kind of the thing asked ("positions" for "jobs")', () => {
    expect(answeredFrom('How many jobs could the automated gates eliminate?').quote).toContain('60 positions');
  });

  it('answers a number whose phrase names the counted thing', () => {
    expect(answeredFrom('How many cranes did the port authority buy?').quote).toContain('14 new cranes');
  });

  it('answers a number whose counted noun is implicit', () => {
    expect(answeredFrom('How many ships did the harbour master count at anchor?').quote).toContain('40 of them');
  });

  it('answers a hyphenated count', () => {
    expect(answeredFrom('How many berths will the new terminal have?').quote).toContain('12-berth');
  });

  it('answers a number whose phrase names a WordNet synonym of the counted thing ("operations" for "surgeries")', () => {
    expect(answeredFrom('How many surgeries did the port clinic postpone?').quote).toContain('25 planned operations');
  });

  it('answers a unit of measure written in another spelling', () => {
    expect(answeredFrom('How many kilometers does the new channel run?').quote).toContain('30 kilometres');
  });
});

describe('numberUses', () => {
  it('reads what each number counts, and money, shares, years and days as no count', () => {
    const uses = numberUses('In 1998 the 2 companies\u2019 fleets had €5 million, 31 percent and 41 UN peacekeeping missions on May 3; seven of them.');
    expect(uses).toEqual([
      { kind: 'other', written: '1998' },
      { kind: 'count', written: '2', words: ['companies'] },
      { kind: 'other', written: '5' },
      { kind: 'other', written: '31' },
      { kind: 'count', written: '41', words: ['un', 'peacekeeping', 'missions'] },
      { kind: 'other', written: '3' },
      { kind: 'count', written: 'seven', words: [] },
    ]);
  });
});

// A tiny synthetic clinic story: a bare tally that counts no noun of its own, and a count of people written as residents.
const CLINIC = [
  'The health board backed the new vaccine clinic by a vote of 11 to 2, with one member abstaining.',
  'More than 300 residents attended the public meeting on the clinic.',
];

const clinic = verdictsOfStory('clinic.md', { title: 'Health board backs vaccine clinic', published: '2026-08-19' }, CLINIC);

describe('a number with no noun of its own', () => {
  it('counts a specific thing only where the thing is written near it', () => {
    expect(clinic.refusal('How many pharmacies will the health board clinic supply?')).toBe("The story doesn't give a number of pharmacies.");
  });

  it('reads "people" as the counted plural ("how many people attended", not "people attended")', () => {
    expect(clinic.answeredFrom('How many people attended the public meeting?').quote).toContain('300 residents');
  });
});
