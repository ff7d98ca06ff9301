import type { AnalyzedQuestion, QueryWord } from './analyzeQuestion.ts';
import type { RankedPassage } from './rankPassages.ts';

/** Share of the question's information the best paragraph must hold to count as an answer... */
export const MIN_COVERAGE = 0.4;

/** ...or this lower share, when it matches at least two of the question's words. */
export const MIN_COVERAGE_OF_SEVERAL = 0.2;

/**
 * How much an ordinary word the corpus lacks counts against an answer, relative to its IDF: readers
 * paraphrase ("job title", "leverage"), so a missing common word weighs less than a missing name.
 */
export const MISSING_WORD_WEIGHT = 0.5;

/** The verdict on a question: answered, or refused with a one-sentence reason. */
export type Verdict = { answered: true } | { answered: false; reason: string };

/**
 * Decides whether the best paragraph answers the question. It does not when the question has no words
 * to search, names someone or something the corpus never mentions, or when the best paragraph holds
 * too little of what the question asks.
 */
export function decideAnswerable(question: AnalyzedQuestion, best: RankedPassage | undefined): Verdict {
  if (question.text === '') return { answered: false, reason: 'The question is empty: ask something about the story.' };
  if (question.words.length === 0) {
    return { answered: false, reason: "That doesn't look like a question about the story: try naming who or what you want to know about." };
  }
  const missingNames = question.words.filter((w) => w.missing && (w.isName || w.numeric));
  if (missingNames.length > 0) return { answered: false, reason: `The story doesn't mention ${listWords(missingNames)}.` };
  if (!best) return { answered: false, reason: `The story doesn't say anything about ${listWords(question.words)}.` };
  const coverage = answerCoverage(question.words, best);
  if (coverage < MIN_COVERAGE && (best.matched.length < 2 || coverage < MIN_COVERAGE_OF_SEVERAL)) {
    const unmatched = question.words.filter((w) => !best.matched.includes(w));
    const missing = unmatched.filter((w) => w.missing);
    const named = missing.length > 0 ? missing : unmatched;
    return { answered: false, reason: `The story doesn't say anything about ${listWords(named.length > 0 ? named : question.words)}.` };
  }
  return { answered: true };
}

/** Share of the question's information the paragraph holds, missing ordinary words discounted. */
export function answerCoverage(words: readonly QueryWord[], best: RankedPassage): number {
  let total = 0;
  let held = 0;
  words.forEach((word, i) => {
    total += word.kind === 'ordinary' ? MISSING_WORD_WEIGHT * word.idf : word.idf;
    held += best.wordWeights[i]! * word.idf;
  });
  return total === 0 ? 0 : held / total;
}

/** Most words a reason names, and the longest word it quotes in full. */
const REASON_WORDS = 3;
const REASON_WORD_LENGTH = 40;

/** "a", "a or b", "a, b or c", as the user wrote them (at most three, each cut short if very long). */
function listWords(words: readonly QueryWord[]): string {
  const surfaces = [...new Set(words.map((w) => (w.surface.length > REASON_WORD_LENGTH ? `${w.surface.slice(0, REASON_WORD_LENGTH)}…` : w.surface)))].slice(0, REASON_WORDS);
  if (surfaces.length <= 1) return surfaces[0] ?? 'that';
  return `${surfaces.slice(0, -1).join(', ')} or ${surfaces[surfaces.length - 1]}`;
}
