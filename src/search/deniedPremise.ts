import { termOf } from '../text/analyze.ts';
import { foldWord } from '../text/tokenize.ts';
import type { AnalyzedQuestion } from './analyzeQuestion.ts';

// "When will X make a final decision?" of a passage that says "no final decision has been made": the event asked about has not happened.

/**
 * "No <thing> has been <done>" ("no final decision has been made", "no agreement was reached"): the passage says
 * the event has not happened. Group 1 is the denied noun.
 */
const NOTHING_DONE = /\bno\s+(?:[\p{L}-]+\s+)?([\p{L}-]+)\s+(?:has|have|had|was|were)\s+(?:yet\s+)?(?:been\s+)?(?:yet\s+)?[\p{L}]+(?:\s+yet)?\b/giu;

/**
 * A premise of the question that the window denies: the question asks about an event ("When will Pakistan make a
 * final decision?") of which the passage says it has not happened ("no final decision has been made"). Returns the
 * passage's words that say so, or undefined.
 */
export function deniedPremise(question: AnalyzedQuestion, texts: readonly string[]): string | undefined {
  if (question.negated) return undefined;
  const asked = new Set(question.words.filter((w) => !w.isName && !w.missing).map((w) => w.term));
  for (const text of texts) {
    for (const match of text.matchAll(NOTHING_DONE)) if (asked.has(termOf(foldWord(match[1]!)))) return match[0];
  }
  return undefined;
}
