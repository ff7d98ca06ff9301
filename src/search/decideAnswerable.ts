import { clipText } from '../text/fitText.ts';
import type { AnalyzedQuestion, QueryWord } from './analyzeQuestion.ts';
import type { RankedPassage } from './rankPassages.ts';
import { AUXILIARY_VERB } from '../text/auxiliaries.ts';
import { isLightWord } from '../text/lightWords.ts';
import { isMostlyAdjective } from '../text/adjectives.ts';
import { foldWord } from '../text/tokenize.ts';
import { isRankWord } from './postMention.ts';

/** Share of the question's information the best paragraph must hold to count as an answer... */
export const MIN_COVERAGE = 0.4;

/** ...or this lower share, when it matches at least two of the question's words. */
export const MIN_COVERAGE_OF_SEVERAL = 0.2;

/**
 * How much an ordinary word the corpus lacks counts against an answer, relative to its IDF: readers
 * paraphrase ("job title", "leverage"), so a missing common word weighs less than a missing name.
 */
export const MISSING_WORD_WEIGHT = 0.5;

/**
 * A yes/no question's auxiliary (group 1), the head of its subject (2: the first word after the auxiliary, past an
 * article and a possessive: "Did Pakistan's parliament approve…" → parliament) and the word after it (3).
 */
const YES_NO_SUBJECT = new RegExp(String.raw`^(${AUXILIARY_VERB})\s+(?:(?:the|a|an)\s+)?(?:[\p{L}.-]+['’]s?\s+)?([\p{L}-]+)\s+([\p{L}-]+)`, 'iu');

/**
 * Whether a yes/no question's subject (see YES_NO_SUBJECT) is said to do something ("did X approve", "is X
 * contributing", "has X agreed"), rather than to be something ("will X's role be key", "is the force permanent"):
 * what a thing is may be paraphrased ("role" for "involvement"), who acted not.
 */
function subjectActs(auxiliary: string, next: string): boolean {
  if (/^(?:be|been|being)$/i.test(next)) return false;
  return !/^(?:is|are|was|were)$/i.test(auxiliary) || /\p{L}(?:ing|ed)$/iu.test(next);
}

/** A question-level refusal: what the corpus as a whole lacks, before any paragraph is looked at. */
export interface QuestionRefusal {
  kind: 'empty' | 'no-words' | 'no-speech' | 'missing-name' | 'missing-focus' | 'missing-subject';
  reason: string;
}

/**
 * Refuses a question the corpus cannot answer whatever paragraph is chosen: it is empty or has no words to
 * search, it asks what someone said whom the corpus never names, it names someone or something the corpus
 * never mentions, or it asks for a thing (its focus: "the budget", "the Secretary-General") the corpus has
 * no word for. Returns undefined when the paragraphs must be looked at (see verifyAnswer).
 */
export function refuseQuestion(question: AnalyzedQuestion): QuestionRefusal | undefined {
  if (question.text === '') return { kind: 'empty', reason: 'The question is empty: ask something about the story.' };
  if (question.words.length === 0) {
    return { kind: 'no-words', reason: "That doesn't look like a question about the story: try naming who or what you want to know about." };
  }
  const { speaker, focus } = question.frame;
  const missingTerm = (term: string) => question.words.some((w) => w.term === term && w.missing);
  // "reporter" where the corpus only says "report": a person asked after is not found in a word of the same stem.
  const missingRole = (term: string) => question.words.some((w) => w.term === term && (w.missing || w.onlyStemMate));
  // Only a role asked after by name ("who is the UN Secretary-General?") must be in the corpus word for word:
  // other attributes are often paraphrased ("nickname" for "known as") and are checked on the passage.
  if (focus && focus.role === 'attribute' && !focus.generic && question.answerType === 'name' && focus.terms.some(missingRole)) {
    return { kind: 'missing-focus', reason: `The story doesn't mention ${article(focus.text)} ${focus.text}.` };
  }
  const missingNames = question.words.filter((w) => w.missing && (w.isName || w.numeric));
  if (missingNames.length > 0) return { kind: 'missing-name', reason: `The story doesn't mention ${listWords(missingNames, 'or')}.` };
  // "the top US diplomat": an adjective of rank the story does not write leaves the speaker the same (speechFailure checks the rest).
  const missingSpeakerTerm = (term: string) => missingTerm(term) && !question.words.some((w) => w.term === term && term !== speaker?.head && isRankWord(w));
  if (speaker && question.answerType === 'statement' && speaker.terms.some(missingSpeakerTerm)) {
    return { kind: 'no-speech', reason: `The story doesn't report anything ${speaker.text} said.` };
  }
  // "Did Pakistan's parliament approve…?", "is turkey contributing…?": a yes/no question about a subject the corpus
  // has no word for is not answered by what others did.
  const yesNo = YES_NO_SUBJECT.exec(question.text);
  // "Will the old bridge close…": an adjective before the head is no subject the corpus must name; the word after it is.
  const head = yesNo && isMostlyAdjective(yesNo[2]!) ? yesNo[3]! : yesNo?.[2];
  const subject = yesNo && head !== undefined && subjectActs(yesNo[1]!, yesNo[3]!) ? head.toLowerCase() : undefined;
  const absentSubject = subject === undefined ? undefined : question.words.find((w) => w.surface.toLowerCase() === subject && w.missing && w.kind === 'ordinary');
  if (absentSubject) return { kind: 'missing-subject', reason: `The story doesn't mention ${absentSubject.surface}.` };
  return undefined;
}

/**
 * Share of the question's information the paragraph holds, missing ordinary words discounted. A word that only
 * names the kind of answer ("what date", "which genre of music", "job title", "how long") counts only where the
 * paragraph has it: the filler stands for it. So does a light verb or phrasal particle ("took part", "go up",
 * see lightWords): the paragraph words the event with its own verb.
 */
export function answerCoverage(words: readonly QueryWord[], best: RankedPassage, kindWords: ReadonlySet<string> = new Set()): number {
  let total = 0;
  let held = 0;
  words.forEach((word, i) => {
    if ((kindWords.has(word.term) || isLightWord(foldWord(word.surface))) && best.wordWeights[i] === 0) return;
    total += word.kind === 'ordinary' ? MISSING_WORD_WEIGHT * word.idf : word.idf;
    held += best.wordWeights[i]! * word.idf;
  });
  return total === 0 ? 0 : held / total;
}

/** Most words a reason names, and the longest word it quotes in full. */
const REASON_WORDS = 3;
const REASON_WORD_LENGTH = 40;

/** "a", "a or b", "a, b or c", as the user wrote them (at most three, each cut short if very long). */
export function listWords(words: readonly QueryWord[], conjunction: 'or' | 'and' = 'or'): string {
  const surfaces = [...new Set(words.map((w) => (w.surface.length > REASON_WORD_LENGTH ? `${clipText(w.surface, REASON_WORD_LENGTH)}…` : w.surface)))].slice(0, REASON_WORDS);
  if (surfaces.length <= 1) return surfaces[0] ?? '';
  return `${surfaces.slice(0, -1).join(', ')} ${conjunction} ${surfaces[surfaces.length - 1]}`;
}

/** "a" or "an" before a phrase as it would be read aloud ("an ISF", "a UN Secretary-General", "an envoy"). */
export function article(phrase: string): string {
  if (/^[A-Z]{2,}\b/.test(phrase)) return /^[AEFHILMNORSX]/.test(phrase) ? 'an' : 'a';
  return /^[aeiou]/i.test(phrase) ? 'an' : 'a';
}
