import { givesShare, shareAsked } from '../text/shares.ts';
import { writtenNames } from './amountKind.ts';
import { article } from './decideAnswerable.ts';
import type { AnalyzedQuestion } from './analyzeQuestion.ts';
import type { RankedPassage } from './rankPassages.ts';

/**
 * For a question that asks a share ("what percentage of members voted…", "what interest rate is the bank charging"),
 * the refusal reason when no sentence of the paragraph gives one (see givesShare): a count ("14 vessels"), a sum
 * ("a $600 million loan") or a date is no percentage. Undefined when one does, or the question asks no share.
 */
export function shareMissing(question: AnalyzedQuestion, candidate: RankedPassage): string | undefined {
  const kind = shareAsked(question.text);
  if (kind === undefined || candidate.indexed.sentences.some((s) => givesShare(s.text, kind))) return undefined;
  // "an interest rate" as the question names it; else the kind.
  const focus = question.frame.focus?.role === 'type' ? question.frame.focus.text : undefined;
  const what = focus ? `${article(focus)} ${focus}` : kind === 'rate' ? 'a rate' : 'a percentage';
  const names = writtenNames(question);
  return `The story doesn't give ${what}${names ? ` for ${names}` : ''}.`;
}
