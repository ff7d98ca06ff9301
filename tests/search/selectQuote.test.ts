import { describe, expect, it } from 'vitest';
import { analyzeQuestion } from '../../src/search/analyzeQuestion.ts';
import { rankPassages } from '../../src/search/rankPassages.ts';
import { selectQuote } from '../../src/search/selectQuote.ts';
import { tinyIndex } from './ranking/tinyIndex.ts';

const index = tinyIndex({
  vote: {
    title: 'Council vote',
    paragraphs: [
      'A resolution creating the harbour authority was approved by the city council on Monday. Two districts abstained. The mayor was travelling abroad at the time of the meeting.',
      'Asked about the harbour plans, the mayor made these statements. “We will build the new pier next year,” she said.',
    ],
  },
  museum: {
    title: 'Museum wing',
    paragraphs: [
      'The museum trustees approved the new gallery wing on Tuesday after a long debate. Construction crews are expected on site within weeks. The wing will be named Lantern Hall. Tickets go on sale in spring.',
    ],
  },
});

function quoteFor(question: string): string {
  const analyzed = analyzeQuestion(question, index);
  const top = rankPassages(index, analyzed)[0]!;
  return selectQuote(top, analyzed);
}

describe('selectQuote', () => {
  it('takes along a neighbour that holds a question word the best sentence lacks', () => {
    expect(quoteFor('who abstained when the city council approved the harbour authority')).toBe(
      'A resolution creating the harbour authority was approved by the city council on Monday. Two districts abstained.',
    );
  });

  it('leaves out a neighbour that adds no question word', () => {
    expect(quoteFor('when did the city council approve the harbour authority resolution')).toBe(
      'A resolution creating the harbour authority was approved by the city council on Monday.',
    );
  });

  it('takes along the sentence a best sentence announces ("made these statements.")', () => {
    expect(quoteFor('what did the mayor say when asked about the harbour plans')).toContain('We will build the new pier');
  });

  it('reaches two sentences on for a question word the quote lacks, with the sentence between', () => {
    expect(quoteFor('what will the new gallery wing the museum trustees approved be named')).toBe(
      'The museum trustees approved the new gallery wing on Tuesday after a long debate. Construction crews are expected on site within weeks. The wing will be named Lantern Hall.',
    );
  });

  it('does not reach further when the quote already holds every question word it can', () => {
    expect(quoteFor('when did the museum trustees approve the new gallery wing')).toBe(
      'The museum trustees approved the new gallery wing on Tuesday after a long debate.',
    );
  });
});
