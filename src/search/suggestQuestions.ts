import type { Corpus } from '../corpus/types.ts';
import { findDatePhrases, findNameRuns } from '../text/entities.ts';
import { clipText } from '../text/fitText.ts';
import { QUESTION_STOP_WORDS } from '../text/stopWords.ts';
import { foldWord } from '../text/tokenize.ts';

/** Discord's limit on an autocomplete choice, which suggestions respect. */
export const MAX_SUGGESTION_LENGTH = 100;

/** Whether a folded word is a name wherever the corpus writes it (PassageIndex.isProperName, known from indexing). */
export type IsProperName = (folded: string) => boolean;

// Where a word is capitalised by its place alone: a sentence's first word, or the first of a quotation or an aside.
const OPENER = /(?:^|[“"‘(]\s*)(?=[\p{L}\p{N}])/gu;

/**
 * Topics worth asking about, mined from a corpus: names and dates, most frequent first. A name that opens a
 * sentence or a quotation keeps its first word only if the corpus never writes that word in lower case
 * ("Saudi Arabia", "Rubio"; not "Regarding Pakistan").
 */
export function mineTopics(corpus: Corpus, isProperName: IsProperName = () => false): { names: string[]; dates: string[] } {
  const names = new Map<string, number>();
  const dates = new Map<string, number>();
  for (const document of corpus.documents) {
    for (const passage of document.passages) {
      for (const sentence of passage.sentences) {
        const openers = new Set([...sentence.text.matchAll(OPENER)].map((m) => m.index + m[0].length));
        for (const run of findNameRuns(sentence.text)) {
          const name = openers.has(run.start) ? withoutPlaceCapital(run.name, isProperName) : run.name;
          if (name.length >= 2) names.set(name, (names.get(name) ?? 0) + 1);
        }
        for (const date of findDatePhrases(sentence.text)) dates.set(date, (dates.get(date) ?? 0) + 1);
      }
    }
  }
  const byCount = (map: Map<string, number>) => [...map].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([k]) => k);
  return { names: byCount(names), dates: byCount(dates) };
}

/** A name that opens a sentence, without its first word unless that word is a name itself (and without a small word left in front). */
function withoutPlaceCapital(name: string, isProperName: IsProperName): string {
  const words = name.split(/\s+/);
  if (isProperName(foldWord(words[0]!))) return name;
  const rest = words.slice(1);
  while (rest.length > 0 && !/^\p{Lu}/u.test(rest[0]!)) rest.shift();
  return rest.join(' ');
}

/** Names and dates suggested at most: the most frequent ones (a list a user scrolls, not the whole corpus). */
const SUGGESTED_NAMES = 200;
const SUGGESTED_DATES = 50;

/** The topics suggestions are made of: the corpus's most frequent names and dates. */
export interface SuggestionTopics {
  names: string[];
  dates: string[];
}

/**
 * The topics of a corpus's suggestions. It reads every sentence (seconds at 100,000 paragraphs), so a serving
 * process has it done where the index is built, off its main thread, and passes the result to createEngine.
 */
export function suggestionTopics(corpus: Corpus, isProperName?: IsProperName): SuggestionTopics {
  const { names, dates } = mineTopics(corpus, isProperName);
  return { names: names.slice(0, SUGGESTED_NAMES), dates: dates.slice(0, SUGGESTED_DATES) };
}

/** Builds autocomplete suggestions: questions about a corpus's names and dates (see suggestionTopics) that match what was typed. */
export function createSuggester({ names, dates }: SuggestionTopics): (typed: string, limit?: number) => string[] {
  const topics = [
    ...names.slice(0, SUGGESTED_NAMES).map((name) => ({ topic: name, question: `What does the story say about ${name}?` })),
    ...dates.slice(0, SUGGESTED_DATES).map((date) => ({ topic: date, question: `What happened ${/^\d|^(early|late|mid)/.test(date) ? 'in' : 'on'} ${date}?` })),
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
