import type { AnalyzedQuestion } from './analyzeQuestion.ts';
import type { RankedPassage } from './rankPassages.ts';

/** Shortest sentence quoted alone; a shorter one ("However, Pakistan faces many dangers.") takes its neighbour along. */
export const MIN_QUOTE_LENGTH = 60;

/**
 * Picks the sentence or two of a ranked paragraph that answer, as one verbatim slice of the paragraph:
 * the best sentence, joined by a neighbour when it is too short to stand alone, when the neighbour holds
 * the kind of fact asked for and the best one does not, or when the neighbour carries nearly as much of the question.
 */
export function selectQuote(ranked: RankedPassage, question: AnalyzedQuestion): string {
  const { sentences, passage } = ranked.indexed;
  const best = ranked.bestSentence;
  const bestSentence = sentences[best];
  if (!bestSentence) return passage.text;
  const fits = (i: number) => ranked.sentenceFits[i]! > 0;
  let chosen: number | undefined;
  let chosenValue = 0;
  for (const neighbour of [best + 1, best - 1]) {
    const other = sentences[neighbour];
    if (!other) continue;
    const share = ranked.sentenceShares[neighbour]!;
    let value = 0;
    if (question.answerType !== 'none' && !fits(best) && fits(neighbour) && share > 0) value = 2 + share;
    else if (share >= 0.6 * ranked.sentenceShares[best]! && share > 0) value = 1 + share;
    else if (bestSentence.text.length < MIN_QUOTE_LENGTH && neighbour === best + 1) value = 0.5;
    if (value > chosenValue) {
      chosenValue = value;
      chosen = neighbour;
    }
  }
  const start = Math.min(best, chosen ?? best);
  const end = Math.max(best, chosen ?? best);
  return passage.text.slice(sentences[start]!.start, sentences[end]!.end);
}
