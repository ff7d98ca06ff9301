import { termOf } from '../text/analyze.ts';
import { foldWord } from '../text/tokenize.ts';
import { verbSynonyms } from '../text/verbSynonyms.ts';
import type { AnalyzedQuestion } from './analyzeQuestion.ts';
import { questionPredicate } from './questionPredicate.ts';
import type { RankedPassage } from './rankPassages.ts';

/**
 * Shortest stem two words of one family share ("draft"/"drafter", "lead"/"leader", "expire"/"expiry"): set by
 * hand, the length of the shortest verbs the check reads; shorter shared starts join unrelated words.
 */
export const MIN_FAMILY_STEM = 4;

/**
 * For a question about one event's agent, object, time or count (see questionPredicate): the question as an
 * indirect question ("which country drafted the resolution") when the paragraph never tells of that event, that
 * is it has neither the predicate, nor a synonym (the thesaurus's or WordNet's), nor a word of its family; else
 * undefined.
 */
export function predicateApart(question: AnalyzedQuestion, candidate: RankedPassage): string | undefined {
  const predicate = questionPredicate(question.text);
  if (!predicate) return undefined;
  const lower = predicate.surface.toLowerCase();
  const i = question.words.findIndex((w) => w.surface.toLowerCase() === lower);
  // A stop word ("make", "take") says too little to check; a verb the story has elsewhere may stand for a
  // paraphrase of the paragraph's ("surrender" for "gave up"), which no thesaurus lists for certain: only a
  // predicate the whole story lacks is checked (on XQuAD, checking the others refused 30 answerable questions more).
  if (i < 0 || !question.words[i]!.missing) return undefined;
  if (candidate.wordWeights[i]! > 0) return undefined;
  // "when could the operations start": a paragraph naming the event may date it by its noun alone.
  if (predicate.eventNoun !== undefined && candidate.indexed.termPositions.has(termOf(foldWord(predicate.eventNoun)))) return undefined;
  const { term } = question.words[i]!;
  if (term.length >= MIN_FAMILY_STEM) {
    for (const t of candidate.indexed.termPositions.keys()) if (sameFamily(term, t)) return undefined;
  }
  // Checked last, and only for a predicate the paragraph lacks: WordNet is loaded on first use.
  if (verbSynonyms(lower).some((synonym) => saysVerb(synonym, candidate))) return undefined;
  return predicate.indirect;
}

/** Whether two index terms start with one stem of at least MIN_FAMILY_STEM letters and one is that stem. */
function sameFamily(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= MIN_FAMILY_STEM && long.startsWith(short);
}

/** Whether the paragraph has a verb: one word as an index term, a phrasal verb ("give up") as its verb in any form right before its particles. */
function saysVerb(verb: string, candidate: RankedPassage): boolean {
  const [head, ...particles] = verb.split(' ');
  const term = termOf(head!);
  if (particles.length === 0) return candidate.indexed.termPositions.has(term);
  if (!candidate.indexed.termPositions.has(term)) return false;
  const phrase = new RegExp(String.raw`\b(\p{L}+)\s+${particles.join(String.raw`\s+`)}\b`, 'giu');
  return [...candidate.indexed.passage.text.matchAll(phrase)].some((m) => termOf(foldWord(m[1]!)) === term);
}
