import { indexTerms } from '../text/analyze.ts';
import { findNameRuns } from '../text/entities.ts';
import { pointsBack } from '../text/pointsBack.ts';
import type { AnalyzedQuestion, QueryWord } from './analyzeQuestion.ts';
import type { RankedPassage } from './rankPassages.ts';

/**
 * Share of the information of the question's names that a sentence with the number must hold itself, as the
 * verifier's MAX_ABSENT_NAME_SHARE allows for a paragraph: with one such name, it must be there.
 */
export const MIN_TIED_NAME_SHARE = 0.5;


/** What may stand between two names of a list: a comma, "and", "or" ("Somalia and Bosnia", "Pakistan, Jordan, or Egypt"). */
const LIST_JOINER = /^\s*(?:,\s*(?:(?:and|or)\s+)?|(?:and|or)\s+)$/i;

/** Whether a sentence names a word (by its index terms) only as one of a list of names. */
function listedIn(text: string, word: QueryWord): boolean {
  const runs = findNameRuns(text);
  const at = runs.findIndex((r) => indexTerms(r.name).some((t) => word.alternatives.has(t)));
  if (at < 0) return false;
  const joined = (a: number, b: number) => runs[a] !== undefined && runs[b] !== undefined && LIST_JOINER.test(text.slice(runs[a]!.end, runs[b]!.start));
  return joined(at - 1, at) || joined(at, at + 1);
}

/**
 * The question's names a number must stand beside: those the paragraph names only as one of a list ("missions in
 * Somalia and Bosnia"), so that a figure for the whole list or the group is no figure for them. Names the
 * paragraph has on their own, numbers and the counted noun aside.
 */
function listedNames(question: AnalyzedQuestion, candidate: RankedPassage): number[] {
  const counted = new Set(question.frame.focus?.role === 'counted' ? question.frame.focus.terms : []);
  const { sentences } = candidate.indexed;
  return question.words.flatMap((w: QueryWord, i) => {
    if (!w.isName || w.missing || w.numeric || counted.has(w.term) || candidate.wordWeights[i]! === 0) return [];
    const holding = sentences.flatMap((s, k) => (candidate.sentenceWeights[k]![i]! > 0 ? [s.text] : []));
    return holding.length > 0 && holding.every((text) => listedIn(text, w)) ? [i] : [];
  });
}

/**
 * For "how many", the question's listed names (see listedNames) that no sentence with a number holds: "How many
 * troops did Pakistan send to Bosnia?" where one sentence names "Somalia and Bosnia" and the next gives "200,000
 * troops to 41 missions" in all. A sentence that points back at the one before ("It sent…") stands in that one's names. Empty when a number
 * is tied to them (or the question has none to tie).
 */
export function namesApartFromNumber(question: AnalyzedQuestion, candidate: RankedPassage): QueryWord[] {
  if (question.answerType !== 'number') return [];
  const names = listedNames(question, candidate);
  if (names.length === 0) return [];
  const { words } = question;
  const total = names.reduce((sum, i) => sum + words[i]!.idf, 0);
  const holds = (s: number) => s >= 0 && names.reduce((sum, i) => (candidate.sentenceWeights[s]![i]! > 0 ? sum + words[i]!.idf : sum), 0) >= MIN_TIED_NAME_SHARE * total;
  const { sentences } = candidate.indexed;
  const tied = candidate.sentenceFits.some((fit, s) => fit > 0 && (holds(s) || (pointsBack(sentences[s]!.text) && holds(s - 1))));
  return tied ? [] : names.map((i) => words[i]!);
}
