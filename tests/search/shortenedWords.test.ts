import { describe, expect, it } from 'vitest';
import { termOf } from '../../src/text/analyze.ts';
import { EXPANSION_WEIGHTS, type QueryWord } from '../../src/search/analyzeQuestion.ts';
import { queryOf, scoredCandidates, tinyIndex } from './ranking/tinyIndex.ts';

const index = tinyIndex({
  budget: {
    title: 'Budget talks',
    paragraphs: [
      'Minister Jane Doe opened the talks on the budget of the administration.',
      'Doe said the government would cut spending. Doe thanked international donors for their patience.',
      'Officials favored a delay. The Middle East office used the old figures.',
    ],
  },
});

function word(question: string, surface: string): QueryWord {
  const found = queryOf(index, question).question.words.find((w) => w.surface === surface);
  expect(found, `${surface} in ${question}`).toBeDefined();
  return found!;
}

describe('shortened question words', () => {
  it('find the corpus word they clip or contract: admin, govt, intl', () => {
    expect(word('what did the admin say', 'admin').alternatives.get(termOf('administration'))).toBe(EXPANSION_WEIGHTS.clipping);
    expect(word('what will the govt cut', 'govt').alternatives.get(termOf('government'))).toBe(EXPANSION_WEIGHTS.clipping);
    expect(word('who thanked intl donors', 'intl').alternatives.get(termOf('international'))).toBe(EXPANSION_WEIGHTS.clipping);
  });

  it('leave a capitalised word alone: a name the corpus lacks is not a clipping', () => {
    expect(word('what did Admin say', 'Admin').missing).toBe(true);
  });

  it('split a run-together word whose first part starts one corpus word: mideast → middle, east', () => {
    const mideast = word('which mideast office used old figures', 'mideast');
    expect([...mideast.alternatives.keys()].sort()).toEqual([termOf('east'), termOf('middle')].sort());
  });

  it('read an ordinal typed with digits as its word', () => {
    expect(queryOf(index, 'who opened the 2nd talks').question.words.map((w) => w.surface)).toContain('second');
  });

  it('find the American spelling of a British word in any of its forms: favoured → favored', () => {
    expect(word('what did officials favour', 'favour').alternatives.has(termOf('favored'))).toBe(true);
  });

  it('drop the pointers at the document: acc to the piece, does the article say', () => {
    expect(queryOf(index, 'who opened the talks acc to the piece').question.words.map((w) => w.surface)).toEqual(['opened', 'talks']);
    const { question } = queryOf(index, 'what does the article say about the budget');
    expect(question.words.map((w) => w.surface)).toEqual(['budget']);
    expect(question.frame.speaker).toBeUndefined();
  });
});

describe('a word whose stem is an acronym of the corpus', () => {
  const usIndex = tinyIndex({ us: { title: 'Talks', paragraphs: ['The US backed the plan.', 'Officials discussed the plan.'] } });

  it('does not meet the acronym when the corpus never writes the word: "use" is not "US"', () => {
    const use = queryOf(usIndex, 'what plan did officials use').question.words.find((w) => w.surface === 'use');
    expect(use?.alternatives.has('us')).toBe(false);
  });

  it('still meets its own forms where the corpus writes them: "use" finds "used"', () => {
    expect(word('which figures did the office use', 'use').alternatives.get(termOf('used'))).toBe(1);
  });
});

describe('questions asking who someone is by an attribute', () => {
  it('favour the paragraph that first names them (news gives the full name and title there)', () => {
    const scored = scoredCandidates(index, "whats Doe's job title");
    expect(queryOf(index, "whats Doe's job title").question.definitional).toBe(true);
    expect(scored.get('budget#1')!.features.firstMention).toBe(1);
    expect(scored.get('budget#2')!.features.firstMention).toBe(0);
  });

  it('are not definitional when the attribute is not about who someone is', () => {
    expect(queryOf(index, "whats Doe's budget").question.definitional).toBe(false);
  });
});

describe('a nationality word', () => {
  it('finds its country where the story names it: Americans → US', () => {
    const usIndex = tinyIndex({ us: { title: 'Talks', paragraphs: ['The US backed the plan.', 'Officials discussed the plan.'] } });
    const americans = queryOf(usIndex, 'what did the americans back').question.words.find((w) => w.surface === 'americans');
    expect(americans?.alternatives.get('us')).toBe(EXPANSION_WEIGHTS.variant);
  });
});
