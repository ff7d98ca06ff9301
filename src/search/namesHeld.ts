import { indexTerms } from '../text/analyze.ts';
import { wordKind } from '../text/englishWords.ts';
import { foldWord } from '../text/tokenize.ts';
import type { Passage } from '../corpus/types.ts';
import { wholeAlternatives, type AnalyzedQuestion } from './analyzeQuestion.ts';
import type { RankedPassage } from './rankPassages.ts';

// Which of a question's names a paragraph holds: in it, in its document's title, in the paragraph before, or as part
// of a longer word; and which it lacks, but for a first name dropped after the first mention.

/** What the checks ask of a paragraph's index terms: whether one is among them (a term set, or its term positions). */
export type TermLookup = Pick<ReadonlySet<string>, 'has'>;

const NO_TERMS: TermLookup = new Set();

/**
 * Index terms of the paragraph before a candidate's in its document (none for the first), each found once per
 * question: a paragraph the ranking analyzed (one of `ranked`) gives its term positions, any other is analyzed here.
 */
export function previousParagraphTerms(ranked: readonly RankedPassage[]): (candidate: RankedPassage) => TermLookup {
  const found = new Map<Passage, TermLookup>();
  return (candidate) => {
    const { document, passage } = candidate.indexed;
    const previous = document.passages[passage.paragraph - 2];
    if (!previous) return NO_TERMS;
    let terms = found.get(previous);
    if (!terms) {
      terms = ranked.find((r) => r.indexed.passage === previous)?.indexed.termPositions ?? new Set(indexTerms(previous.text));
      found.set(previous, terms);
    }
    return terms;
  };
}

/** Endings of names that describe rather than name ("Islamic State", "Hungarian Parliament"): no first names. */
const NAME_ADJECTIVE = /(?:ic|ian|ish|ese|ern)$/i;

/** Shortest name found as the start of a longer word ("Lor" for "Lord"), and inside one ("Atlantic" in "transatlantic"). */
const MIN_NAME_PREFIX = 3;
const MIN_NAME_INFIX = 5;

/** Whether a name stands in the paragraph as part of a longer word: cut short ("Lor Loudoun") or compounded ("transatlantic"). */
function inLongerWord(term: string, candidate: RankedPassage): boolean {
  if (term.length < MIN_NAME_PREFIX) return false;
  for (const t of candidate.indexed.termPositions.keys()) {
    if (t.length > term.length && (t.startsWith(term) || (term.length >= MIN_NAME_INFIX && t.includes(term)))) return true;
  }
  return false;
}

/**
 * Of the question's names (`names`: indices of its words), those the paragraph holds (`held`) and those it lacks
 * (`absent`). A story names someone once and then says "he": the document's title and the paragraph before
 * (`beforeTerms`) count too. A first name the paragraph drops ("Alan Turing" where it says "Turing") is neither held
 * nor absent.
 */
export function namesHeld(
  question: AnalyzedQuestion,
  candidate: RankedPassage,
  names: readonly number[],
  beforeTerms: () => TermLookup,
): { held: number[]; absent: number[] } {
  const { words } = question;
  const { titleTerms } = candidate.indexed;
  const nameHeld = (i: number) => {
    if (candidate.wordWeights[i]! > 0) return true;
    const alternatives = wholeAlternatives(words[i]!);
    return alternatives.some((t) => titleTerms.has(t)) || alternatives.some((t) => beforeTerms().has(t)) || inLongerWord(words[i]!.term, candidate);
  };
  // "Alan Turing" where the paragraph says "Turing": a person's first name is dropped after the first mention.
  // Only a run of two capitalised words ("Urban Education Institute" is no person).
  const droppedFirstName = (i: number) => {
    const next = words[i + 1];
    if (next === undefined || !names.includes(i + 1) || candidate.wordWeights[i + 1]! === 0) return false;
    const run = /^(\s+)\p{Lu}\S*(?:\s+(\S+))?/u.exec(question.text.slice(words[i]!.offset + words[i]!.surface.length));
    const before = question.text.slice(0, words[i]!.offset).trim().split(/\s+/).at(-1) ?? '';
    const capitalised = (w: string | undefined) => w !== undefined && /^\p{Lu}/u.test(w);
    const firstName = wordKind(foldWord(words[i]!.surface)) === 'name' && !NAME_ADJECTIVE.test(words[i]!.surface);
    return firstName && /^\p{Lu}/u.test(words[i]!.surface) && run !== null && !capitalised(run[2]) && !(words[i]!.offset > 0 && capitalised(before));
  };
  const held = names.filter((i) => nameHeld(i));
  return { held, absent: names.filter((i) => !held.includes(i) && !droppedFirstName(i)) };
}
