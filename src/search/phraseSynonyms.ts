import { analyzeText } from '../text/analyze.ts';
import { nounKinds, nounSynonyms } from '../text/nounSynonyms.ts';
import type { PassageIndex } from './passageIndex.ts';
import { standsWhole } from './queryOccurrences.ts';

/**
 * Noun senses whose multi-word synonyms are looked for: WordNet's most frequent two, as for a missing word's one-word
 * related terms (analyzeQuestion's RELATED_SENSES).
 */
const PHRASE_SENSES = 2;

/**
 * Most paragraphs read to find a phrase written whole: a phrase whose rarest word stands in more is common enough
 * that the first ones show it (and a long corpus is not read through per question).
 */
const MAX_PARAGRAPHS_READ = 50;

/** Whether some paragraph holds these index terms one right after the other (stop words are not index terms). */
function writtenTogether(terms: readonly string[], index: PassageIndex): boolean {
  const rarest = terms.reduce((a, b) => ((index.documentFrequency.get(b) ?? 0) < (index.documentFrequency.get(a) ?? 0) ? b : a));
  const hits = index.search.top(new Map([[rarest, 1]]), { text: 1, title: 0, speaker: 0 }, MAX_PARAGRAPHS_READ);
  return hits.some(({ id }) => {
    const positions = index.passage(id).termPositions;
    return (positions.get(rarest) ?? []).some((p) => standsWhole(terms, rarest, p, positions));
  });
}

/**
 * The index terms of a noun's multi-word WordNet synonyms ("GP" → "general practitioner") and kinds ("GP" → "family
 * doctor") that the corpus writes as a phrase, its words one after the other: a story names a thing by a phrase a
 * reader shortens. Each phrase's terms, in order; empty when none is written.
 */
export function writtenPhraseSynonyms(noun: string, index: PassageIndex): string[][] {
  const out: string[][] = [];
  for (const phrase of new Set([...nounSynonyms(noun, PHRASE_SENSES), ...nounKinds(noun)])) {
    if (!phrase.includes(' ')) continue;
    const terms = analyzeText(phrase).filter((t) => !t.compound).map((t) => t.term);
    if (terms.length > 1 && terms.every((t) => index.has(t)) && writtenTogether(terms, index)) out.push(terms);
  }
  return out;
}
