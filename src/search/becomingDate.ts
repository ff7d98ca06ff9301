import type { AnalyzedQuestion } from './analyzeQuestion.ts';
import type { RankedPassage } from './rankPassages.ts';

// "When did X become Y?" asks the date of a change: X taking a post or a state. A date elsewhere in the paragraph
// ("told analysts… by 2029") dates something else; news dates a change with its verb in the same sentence ("was
// appointed in 2019", "became chair in May", "has led it since 2020"). General English.

/**
 * "When did X become Y", "in what year did X become Y": who changed (group 1, a noun phrase: no "to", so not "what
 * year did the merger cause the city to become…", which asks the date of another event) and what they became (group 2).
 */
const BECOME_QUESTION = /^(?:when|(?:in\s+)?what\s+year|since\s+when)\s+(?:did|does|do|has|have|had)\s+((?:(?!\bto\b)[^?])+?)\s+become\s+(.+?)\s*\??$/i;

/**
 * Words that tell of a change of post or state, or date a state from its start: general English verbs of taking
 * office and joining, and "since".
 */
const CHANGE_WORD = /\b(?:become|became|becomes|becoming|appoint\w*|named|elected|chosen|selected|nominated|promoted|hired|recruited|installed|sworn|succeed\w*|join\w*|took\s+over|taken\s+over|takes\s+over|took\s+office|assum\w+|since)\b/i;

/**
 * For "when did X become Y", the refusal reason when no sentence of the paragraph holds both a date not in the
 * question and a word of change (CHANGE_WORD); undefined when one does, or for other questions.
 */
export function missingBecomingDate(question: AnalyzedQuestion, candidate: RankedPassage): string | undefined {
  if (question.answerType !== 'date') return undefined;
  const asked = BECOME_QUESTION.exec(question.text.trim());
  if (!asked) return undefined;
  const dated = candidate.indexed.sentences.some((s, i) => candidate.sentenceFits[i]! > 0 && CHANGE_WORD.test(s.text));
  return dated ? undefined : `The story doesn't say when ${asked[1]} became ${asked[2]}.`;
}
