import { ASKS_SETTLED, PRECONDITION, UNDECIDED } from '../text/negation.ts';
import type { AnalyzedQuestion } from './analyzeQuestion.ts';
import type { RankedPassage } from './rankPassages.ts';

// "Will Aurora-3B fly on a Valkyr-2?" of "The agency has not decided whether Aurora-3B will fly on a Valkyr-2.": the
// story says the thing asked is unsettled, so neither yes nor no is in it.

/**
 * The words of the passage's best sentence that say what a yes/no question asks is not yet decided or known (see
 * UNDECIDED), or undefined. A question that itself asks whether it is decided or known ("has the agency decided…?")
 * is answered by them, so it is left alone; so is a sentence that holds none of the question's words, and one that
 * names what the outcome waits on ("is yet unknown until relations are normalized", see PRECONDITION): that condition
 * is the answer a reader gets.
 */
export function undecidedAnswer(question: AnalyzedQuestion, candidate: RankedPassage): string | undefined {
  if (ASKS_SETTLED.test(question.text)) return undefined;
  const sentence = candidate.indexed.sentences[candidate.bestSentence];
  if (!sentence) return undefined;
  const match = UNDECIDED.exec(sentence.text);
  if (!match || PRECONDITION.test(sentence.text)) return undefined;
  const terms = new Set(sentence.terms);
  if (!question.words.some((w) => !w.missing && terms.has(w.term))) return undefined;
  return sentence.text.trim();
}
