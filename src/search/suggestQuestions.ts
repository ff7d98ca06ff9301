import type { Corpus } from '../corpus/types.ts';
import { clipText } from '../text/fitText.ts';
import { QUESTION_STOP_WORDS } from '../text/stopWords.ts';
import { foldWord } from '../text/tokenize.ts';

/** Discord's limit on an autocomplete choice, which suggestions respect. */
export const MAX_SUGGESTION_LENGTH = 100;

const DATE_PHRASE = /\b(?:(?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}(?:, \d{4})?|(?:early |late |mid-)?(?:19|20)\d{2})\b/g;
// Runs of capitalized words (with inner "of", "the"), not at the start of a sentence.
const NAME_RUN = /(?<=[\p{Ll}\p{N},;:“"(]\s+)\p{Lu}[\p{L}’'.-]*(?:\s+(?:of\s+|the\s+)?\p{Lu}[\p{L}’'.-]*)*/gu;

/** Topics worth asking about, mined from a corpus: names and dates, most frequent first. */
export function mineTopics(corpus: Corpus): { names: string[]; dates: string[] } {
  const names = new Map<string, number>();
  const dates = new Map<string, number>();
  for (const document of corpus.documents) {
    for (const passage of document.passages) {
      for (const sentence of passage.sentences) {
        for (const m of sentence.text.matchAll(NAME_RUN)) {
          // A possessive ends a name: "Russia’s UN abstentions" names Russia, then the UN.
          for (const part of m[0].split(/['’]s\s+/)) {
            const name = part.replace(/['’]s$/, '').replace(/[.,]$/, '');
            if (name.length >= 2) names.set(name, (names.get(name) ?? 0) + 1);
          }
        }
        for (const m of sentence.text.matchAll(DATE_PHRASE)) dates.set(m[0], (dates.get(m[0]) ?? 0) + 1);
      }
    }
  }
  const byCount = (map: Map<string, number>) => [...map].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([k]) => k);
  return { names: byCount(names), dates: byCount(dates) };
}

/** Builds autocomplete suggestions: questions about the corpus's names and dates that match what was typed. */
export function createSuggester(corpus: Corpus): (typed: string, limit?: number) => string[] {
  const { names, dates } = mineTopics(corpus);
  const topics = [
    ...names.slice(0, 200).map((name) => ({ topic: name, question: `What does the story say about ${name}?` })),
    ...dates.slice(0, 50).map((date) => ({ topic: date, question: `What happened ${/^\d|^(early|late|mid)/.test(date) ? 'in' : 'on'} ${date}?` })),
  ].filter((t) => t.question.length <= MAX_SUGGESTION_LENGTH);
  const questions = topics.map((t) => t.question);
  const folded = topics.map((t) => foldWord(t.topic));
  return (typed, limit = 10) => {
    const words = foldWord(typed)
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length >= 2 && !QUESTION_STOP_WORDS.has(w));
    const own = clipText(typed.trim(), MAX_SUGGESTION_LENGTH);
    if (words.length === 0) return [...(own.length >= 3 ? [own] : []), ...questions].slice(0, limit);
    const scored = questions
      .map((q, i) => ({ q, hits: words.filter((w) => folded[i]!.split(/\s+/).some((part) => part.startsWith(w))).length }))
      .filter((s) => s.hits > 0)
      .sort((a, b) => b.hits - a.hits);
    const suggestions = [...(own.length >= 3 ? [own] : []), ...scored.map((s) => s.q)];
    return [...new Set(suggestions)].slice(0, limit);
  };
}
