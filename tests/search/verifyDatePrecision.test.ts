import { describe, expect, it } from 'vitest';
import { verdictsOfStory } from './verdicts.ts';

// A tiny synthetic transit story: one event dated by a month only, one by a day of a month, one by a weekday, one by
// a time of day, and a day of another year.
const TRANSIT = [
  'The new tram line will open in March 2027, the city said.',
  'The council approved the tram budget on November 4, 2026.',
  'Drivers will strike on Friday over rotas.',
  'The first test tram left the depot at 6:15 a.m.',
  'The depot was planned as of June 2, 2025, and will be enlarged in 2027.',
];

const { answeredFrom, refusal } = verdictsOfStory('transit.md', { title: 'City tram line to open in 2027', published: '2026-11-05' }, TRANSIT);

describe('a date as precise as the question asks', () => {
  it('refuses an exact date where the story gives a month only, or a day of another year', () => {
    expect(refusal('On what exact date will the new tram line open?')).toBe("The story doesn't give an exact date: it dates this only by a month or a year, if at all.");
    expect(refusal('On what exact date in 2027 will the depot be enlarged?')).toBe("The story doesn't give an exact date: it dates this only by a month or a year, if at all.");
  });

  it('answers an exact date the story gives', () => {
    expect(answeredFrom('On what exact date did the council approve the tram budget?').quote).toContain('November 4, 2026');
  });

  it('refuses a day of the week where the story gives a date only', () => {
    expect(refusal('What day of the week did the council approve the tram budget?')).toBe("The story doesn't give the day of the week.");
    expect(answeredFrom('What day of the week will drivers strike?').quote).toContain('Friday');
  });

  it('refuses a time of day where the story gives a day only', () => {
    expect(refusal('What time did the council approve the tram budget?')).toBe("The story doesn't give a time of day.");
    expect(answeredFrom('What time did the first test tram leave the depot?').quote).toContain('6:15 a.m.');
  });
});

// A tiny synthetic library story dated the news way: abbreviated months, an ISO date, and a weekday only.
const LIBRARY = [
  'The central library reopened on Sept. 9 after a long refit.',
  'The reading room reopens Dec 2, the librarian said.',
  'The archive wing closes on 2026-12-02 for repairs.',
  'Volunteers will paint the children’s corner on Saturday.',
];

const library = verdictsOfStory('library.md', { title: 'Library reopens after refit', published: '2026-09-10' }, LIBRARY);

describe('an exact date written the news way', () => {
  it('answers an exact date given with an abbreviated month or as an ISO date', () => {
    expect(library.answeredFrom('On what exact date did the central library reopen?').quote).toContain('Sept. 9');
    expect(library.answeredFrom('On what exact date does the reading room reopen?').quote).toContain('Dec 2');
    expect(library.answeredFrom('On what exact date does the archive wing close?').quote).toContain('2026-12-02');
  });

  it('words the refusal from what the paragraph gives: a weekday is no day of the month', () => {
    expect(library.refusal('On what exact date will volunteers paint the children’s corner?')).toBe("The story doesn't give an exact date: it gives the day of the week, not the day of the month.");
  });
});
