import { ageSubject, givesAge } from '../text/amounts.ts';
import { isPersonNoun } from '../text/personNouns.ts';
import { wordKind } from '../text/englishWords.ts';
import { documentPeople } from './holderNames.ts';
import type { AnalyzedQuestion } from './analyzeQuestion.ts';
import type { RankedPassage } from './rankPassages.ts';

// "How old is X" of a person: only an age written for someone ("aged 54", "Okonjo, 54,") answers it; a year or a span
// in the paragraph ("in half a century", "on Wednesday") dates something else. A thing's age ("how old are the
// berths": "built in the 1970s") is left to the date and amount checks.

/** "The story doesn't give Margaret Okonjo's age.": the refusal reason of a "how old is X" question. */
export function ageReason(subject: string): string {
  return `The story doesn't give ${subject}${/s$/i.test(subject) ? "'" : "'s"} age.`;
}

/**
 * For "how old is X" where X is a person (a name the document gives in full, a full name, or a noun for a person:
 * "the chairwoman"), the refusal reason when no sentence of the paragraph gives an age; undefined when one does or
 * the question asks no person's age.
 */
export function missingAge(question: AnalyzedQuestion, candidate: RankedPassage): string | undefined {
  const subject = ageSubject(question.text);
  if (subject === undefined || !isPersonSubject(subject, candidate)) return undefined;
  return candidate.indexed.sentences.some((s) => givesAge(s.text)) ? undefined : ageReason(subject);
}

/** Whether the one a "how old" question asks after is a person (see missingAge). */
function isPersonSubject(subject: string, candidate: RankedPassage): boolean {
  const words = subject.replace(/['’]s?$/, '').split(/\s+/);
  const last = words.at(-1)!;
  if (!/^\p{Lu}/u.test(last)) return isPersonNoun(last);
  const fullName = words.length >= 2 && /^\p{Lu}/u.test(words[0]!) && wordKind(words[0]!.toLowerCase()) === 'name';
  return fullName || documentPeople(candidate.indexed.document).has(last.toLowerCase());
}
