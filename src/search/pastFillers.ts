import { asksLength, givesLength } from '../text/amounts.ts';
import { isSimplePast } from '../text/inflectVerb.ts';
import { TIME_UNIT_PATTERN } from '../text/timeUnits.ts';
import { tokenizeWords } from '../text/tokenize.ts';
import type { AnalyzedQuestion } from './analyzeQuestion.ts';
import type { RankedPassage } from './rankPassages.ts';

// "How many will…", "when will…": a number or date the story gives only of the past does not answer what is to come.

/** A question about the future or a hypothetical ("how many will…", "when would…", "…going to…"). */
const FUTURE_QUESTION = /\b(?:will|would|shall|going\s+to)\b/i;
/** Words that put a sentence in the past: "was", "had", "previously", "ago". */
const PAST_MARKER = /\b(?:was|were|had|did|previously|formerly|earlier|ago|once)\b/i;
/** A present perfect: "has … sent", "have approved". */
const PRESENT_PERFECT = /\b(?:has|have)\s+(?:[\p{L}]+ly\s+)?[\p{L}]+ed\b|\b(?:has|have)\s+(?:[\p{L}]+ly\s+)?(?:sent|made|given|taken|held|built|paid|spent|led|won|lost|seen|done|been)\b/iu;
/** A sentence about the past: a past marker or a present perfect. */
const PAST_SENTENCE = new RegExp(`${PAST_MARKER.source}|${PRESENT_PERFECT.source}`, 'iu');
/** A span of time that runs from the act: "for six months", "for a year". */
const SPAN_FOR = new RegExp(String.raw`\bfor\s+(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|\d+)\s+(?:more\s+)?${TIME_UNIT_PATTERN}\b`, 'i');
/** A sentence that looks ahead: a modal, a plan, an aim, a date to come. */
const FUTURE_SENTENCE = /\b(?:will|would|shall|may|might|could|can|plan\w*|expect\w*|aim\w*|schedul\w*|intend\w*|upcoming|next|future|soon|if|until|due\s+to|set\s+to|to\s+be)\b/i;

/**
 * Whether a question about what is to come ("How many soldiers would Pakistan send?", "When will the Council vote
 * again?") finds its number or date only in sentences about the past ("has previously sent 200,000 troops", "was
 * approved on November 17").
 */
export function onlyPastFillers(question: AnalyzedQuestion, candidate: RankedPassage): boolean {
  if (!['number', 'date', 'duration'].includes(question.answerType) || !FUTURE_QUESTION.test(question.text)) return false;
  const fillers = candidate.indexed.sentences.filter((_, s) => candidate.sentenceFits[s]! > 0 && candidate.sentenceShares[s]! > 0);
  // "has declared … disaster zones for six months": a present perfect with a span that runs from the act tells how long a state lasts from now.
  const runsOn = (text: string) => question.answerType === 'duration' && PRESENT_PERFECT.test(text) && SPAN_FOR.test(text) && !PAST_MARKER.test(text);
  // "How long will the strike last?": a length answers (givesLength; "said on Wednesday" is none), so the sentences
  // of the paragraph that give one must not all be past (a simple past verb, "staged a 24-hour walkout", is past too).
  const spans = question.answerType === 'duration' && asksLength(question.text) ? candidate.indexed.sentences.filter((s) => givesLength(s.text)) : [];
  const past = (text: string) => PAST_SENTENCE.test(text) || (spans.length > 0 && tokenizeWords(text).some((t) => !t.capitalized && isSimplePast(t.normal)));
  const weighed = spans.length > 0 ? spans : fillers;
  return weighed.length > 0 && weighed.every((s) => past(s.text) && !FUTURE_SENTENCE.test(s.text) && !runsOn(s.text));
}
