import { askedCurrency, askedMeasure, askedTimeUnit, givesMeasure, type Measure, asksDistance, asksLength, givesDistance, asksSum, givesAnySum, givesLength, givesMoney, givesTimeCount, howMuchNoun, pricedWords, sumWords } from '../text/amounts.ts';
import { termOf } from '../text/analyze.ts';
import { findNameRuns } from '../text/entities.ts';
import type { AnalyzedQuestion } from './analyzeQuestion.ts';
import type { RankedPassage } from './rankPassages.ts';

/**
 * For a "how many"/"how much" question that asks its amount in a kind (money in a currency: "the budget in US
 * dollars"; a count of time: "for how many years"; a length: "how long did…"), the refusal reason when no sentence of
 * the paragraph gives an amount of that kind: any other number ("a 20-point plan", "41 missions") or a point in time
 * ("on November 17") is no answer. Undefined when one does,
 * or the question asks no kind.
 */
export function missingAmountKind(question: AnalyzedQuestion, candidate: RankedPassage): string | undefined {
  if (question.answerType !== 'number' && question.answerType !== 'duration') return undefined;
  const texts = candidate.indexed.sentences.map((s) => s.text);
  const focus = question.frame.focus?.role === 'attribute' ? question.frame.focus.text : undefined;
  const currency = askedCurrency(question.text);
  if (currency && !texts.some(givesMoney)) return `The story doesn't give an amount in ${currency}${focus ? ` for the ${focus}` : ''}.`;
  // "How much does a nurse earn?", "what is the hospital's annual budget?": a count or a share is no sum.
  const head = question.frame.focus && question.frame.focus.role !== 'speaker' ? question.frame.focus.text.split(/\s+/).at(-1) : undefined;
  if (question.answerType === 'number' && asksSum(question.text, head)) {
    const sums = texts.filter(givesAnySum);
    if (sums.length === 0) return `The story doesn't give a sum of money${focus ? ` for the ${focus}` : ''}${namesOf(question)}.`;
    // "How much do the workers earn?" where the sums are a price and a revenue: a sum is for what its sentence says.
    const words = sumWords(question.text, head);
    const about = words && new RegExp(String.raw`\b(?:${words.join('|')})\b`, 'iu');
    // "How much will the terminal cost?" of "a $1.4 billion container terminal": a sum before a noun is its price.
    const priced = (text: string) => words?.includes('cost') === true && pricedWords(text).some((w) => askedTerms.has(termOf(w)));
    const askedTerms = new Set(question.words.filter((w) => !w.missing).map((w) => w.term));
    if (about && !sums.some((text) => about.test(text) || priced(text))) return `The story doesn't give a sum of money${asked(question, focus)}${namesOf(question)}.`;
  }
  const unit = askedTimeUnit(question.text);
  if (unit && !texts.some(givesTimeCount)) return `The story doesn't give a length of time in ${unit.toLowerCase()}.`;
  if (question.answerType === 'duration' && asksLength(question.text) && !texts.some(givesLength)) return "The story doesn't say how long: it gives a point in time, not a length.";
  if (asksDistance(question.text) && !texts.some(givesDistance)) return "The story doesn't say how far: it gives no distance.";
  const measure = askedMeasure(question.text);
  if (measure && !texts.some((text) => givesMeasure(text, measure))) return `The story doesn't give ${MEASURE_NAMES[measure]}${focus ? ` for the ${focus}` : ''}${namesOf(question)}.`;
  return undefined;
}

/** How a reason names each measure asked ("The story doesn't give a weight…"). */
const MEASURE_NAMES: Readonly<Record<Measure, string>> = { weight: 'a weight', height: 'a height or altitude' };

/** The names a question writes, each whole ("Halvern General", "OTG Holdings"), as a list for a reason. */
export function writtenNames(question: AnalyzedQuestion): string {
  const names = findNameRuns(question.text).map((run) => run.name);
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)!}`;
}

/** " for Halvern General": the names the question writes, for a reason; or nothing. */
function namesOf(question: AnalyzedQuestion): string {
  const names = writtenNames(question);
  return names ? ` for ${names}` : '';
}

/** What a sum is asked for, for a reason: " for the annual budget", " of debt", or nothing. */
function asked(question: AnalyzedQuestion, focus: string | undefined): string {
  if (focus) return ` for the ${focus}`;
  const noun = howMuchNoun(question.text);
  return noun !== undefined && sumWords(`how much ${noun}`, undefined) !== undefined ? ` of ${noun}` : '';
}
