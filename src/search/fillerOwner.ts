import { termOf } from '../text/analyze.ts';
import { wordKind } from '../text/englishWords.ts';
import { findNameRuns, isCalendarWord } from '../text/entities.ts';
import { pointsBack } from '../text/pointsBack.ts';
import { foldWord } from '../text/tokenize.ts';
import type { AnalyzedQuestion } from './analyzeQuestion.ts';
import { questionPredicate } from './questionPredicate.ts';
import type { RankedPassage } from './rankPassages.ts';

// Whose fact a sentence gives: "When was Veldmark founded?" is not answered by "Brennan was founded in 1952", nor
// "How many acquisitions has Brennan made?" by "Veldmark has made four acquisitions": the sentence that gives the
// fact asked names another, and none of the question's names.

/**
 * Answer types whose filler a sentence gives for one owner: an amount, a date, a length of time (a place or a name
 * may be the other name itself).
 */
const OWNED_FILLERS: ReadonlySet<string> = new Set(['number', 'date', 'duration']);

/**
 * For a question about a named one's amount, date or length of time, true when every sentence of the paragraph that
 * gives a filler of the asked type and holds what is asked (the focus, else the predicate, else the question's other
 * words) opens with another name as its subject and names none of the question's, without pointing back at the
 * sentence before ("It has…"). False when one holds them, when none holds what is asked (other checks speak then), or the question
 * names nothing the paragraph has.
 */
export function fillerOfAnother(question: AnalyzedQuestion, candidate: RankedPassage): boolean {
  if (!OWNED_FILLERS.has(question.answerType)) return false;
  const { words } = question;
  const names = words.flatMap((w, i) => (w.isName && !w.missing && !w.numeric ? [i] : []));
  if (names.length === 0) return false;
  const asked = askedTerms(question);
  if (asked.size === 0) return false;
  const questionTerms = new Set(words.flatMap((w) => [...w.alternatives.keys()]));
  const { sentences } = candidate.indexed;
  let giving = 0;
  for (const [s, sentence] of sentences.entries()) {
    if (candidate.sentenceFits[s]! === 0 || !sentence.terms.some((t) => asked.has(t))) continue;
    giving += 1;
    if (names.some((i) => candidate.sentenceWeights[s]![i]! > 0) || pointsBack(sentence.text)) return false;
    if (!opensWithAnother(sentence.text, questionTerms)) return false;
  }
  return giving > 0;
}

/** Index terms of what the question asks of its names: its focus, else its predicate, else its other content words. */
function askedTerms(question: AnalyzedQuestion): ReadonlySet<string> {
  const { focus } = question.frame;
  const expand = (terms: readonly string[]) => new Set(terms.flatMap((t) => [t, ...(question.words.find((w) => w.term === t)?.alternatives.keys() ?? [])]));
  if (focus && !focus.generic && focus.role !== 'speaker') return expand([focus.head]);
  const predicate = questionPredicate(question.text);
  if (predicate) return expand([termOf(foldWord(predicate.surface))]);
  return expand(question.words.filter((w) => !w.isName && !w.missing && !w.numeric).map((w) => w.term));
}

/**
 * Whether a sentence opens with a name the question does not have, as its subject ("Brennan was founded in…",
 * "Veldmark, based in Utrecht, has made…"); not a possessive ("Rubio's mention of…"), whose head is the subject.
 */
function opensWithAnother(text: string, questionTerms: ReadonlySet<string>): boolean {
  const first = findNameRuns(text)[0];
  if (first === undefined || first.possessive !== '' || !/^\W*$/u.test(text.slice(0, first.start))) return false;
  const words = first.name.toLowerCase().split(/\s+/);
  if (words.every((w) => questionTerms.has(termOf(w)) || isCalendarWord(w))) return false;
  return !(words.length === 1 && wordKind(words[0]!) === 'ordinary');
}
