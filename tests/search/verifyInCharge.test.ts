import { describe, expect, it } from 'vitest';
import { verdictsOfStory } from './verdicts.ts';

// A tiny synthetic local story: a board named in one paragraph, its chair in another.
const ESK = [
  'The Esk water board approved a rise in bills of 6% on Monday.',
  'Board chair Ellen Stroud said the rise would pay for new pipes.',
  'Customers in the Tarn valley will see the change in April.',
];

const { answeredFrom, refusal } = verdictsOfStory('esk.md', { title: 'Esk water bills to rise', published: '2026-03-03' }, ESK);

describe('who runs / heads something', () => {
  it('answers with the holder of its top office, named by title', () => {
    expect(answeredFrom('Who runs the water board?').paragraph).toBe(2);
    expect(answeredFrom('Who heads the water board?').paragraph).toBe(2);
  });

  const ferry = verdictsOfStory('ferry.md', { title: 'Ferry contract signed', published: '2026-03-05' }, [
    'The city council signed a ten-year ferry contract with Bluewater Lines on Monday.',
    "Bluewater's chief executive, Ravi Menon, said new boats would arrive in May.",
  ]);
  it('does not take the title of another body for the post asked about', () => {
    expect(ferry.refusal('Who leads the city council?')).toMatch(/city council/);
    expect(ferry.answeredFrom('Who runs Bluewater Lines?').paragraph).toBe(2);
  });

  it('still reads a future "who will run" as an event the story must tell of', () => {
    expect(refusal('Who will run the new pipes project?')).toMatch(/run/);
  });
});

describe('a person named by a title the reader words otherwise', () => {
  const court = verdictsOfStory('court.md', { title: 'Court fines Tarn Water', published: '2026-03-04' }, [
    'Tarn Water was fined 2 million euros on Tuesday for polluting the Esk river.',
    'Justice Helen Marsh said the fine was needed to deter other firms from cutting corners.',
  ]);

  it('finds "justice" for "the judge"', () => {
    expect(court.answeredFrom('Who was the judge?').paragraph).toBe(2);
    expect(court.answeredFrom('Why did the judge think such a heavy fine was necessary?').paragraph).toBe(2);
  });
});

describe('who is doing something (a progressive verb, not a role)', () => {
  const dam = ['The Brell dam was closed on Friday after cracks were found in its spillway.', 'The investigation into the cracks will be led by Tomas Weir, a retired engineer.'];
  const { answeredFrom: damAnswer } = verdictsOfStory('dam.md', { title: 'Dam inquiry opens', published: '2026-03-07' }, dam);
  it('answers "who is leading the inquiry" with the one said to lead it, the inquiry worded otherwise', () => expect(damAnswer('Who is leading the inquiry?').paragraph).toBe(2));
});
