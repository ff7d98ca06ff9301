import { termOf } from '../text/analyze.ts';
import { wordKind } from '../text/englishWords.ts';
import { findNameRuns, isCalendarWord, type NameRun } from '../text/entities.ts';
import type { WordToken } from '../text/tokenize.ts';
import type { CorpusDocument } from '../corpus/types.ts';
import type { AnalyzedQuestion } from './analyzeQuestion.ts';

// The names of a sentence that may hold a post: those the question lacks, and which of them are people.

/**
 * The token spans [from, to] of the names of a sentence that `counts` and the question does not have, dates aside
 * ("Tuesday", "September").
 */
export function nameSpans(text: string, tokens: readonly WordToken[], question: AnalyzedQuestion, counts: (run: NameRun) => boolean): [number, number][] {
  const asked = new Set(question.words.flatMap((w) => [...w.alternatives.keys()]));
  const spans: [number, number][] = [];
  for (const run of findNameRuns(text)) {
    const words = run.name.toLowerCase().split(/\s+/);
    if (!counts(run) || words.every((w) => asked.has(termOf(w)) || isCalendarWord(w))) continue;
    // "However, a lawyer…": an ordinary word capitalised only as the sentence's first is no name.
    if (run.start === 0 && words.length === 1 && wordKind(words[0]!) === 'ordinary') continue;
    const from = tokens.findIndex((t) => t.offset >= run.start);
    const to = tokens.findLastIndex((t) => t.offset < run.end);
    if (from >= 0 && to >= from) spans.push([from, to]);
  }
  return spans;
}

/** Surnames the document writes in a person's full name ("Keane" of "Aoife Keane"), so "chairwoman Keane" counts as a person. */
const peopleOf = new WeakMap<CorpusDocument, ReadonlySet<string>>();

/** The surnames of the people a document names in full (see peopleOf), found once per document. */
export function documentPeople(document: CorpusDocument): ReadonlySet<string> {
  let people = peopleOf.get(document);
  if (!people) {
    const found = new Set<string>();
    for (const passage of document.passages) {
      for (const run of findNameRuns(passage.text)) if (isFullName(run)) found.add(run.name.split(/\s+/).at(-1)!.toLowerCase());
    }
    peopleOf.set(document, (people = found));
  }
  return people;
}

/**
 * A person's full name: two or more capitalised words, not an acronym, the first a given name or the last no ordinary
 * English word ("Pieter de Wolff", "Henry Cole"; not "Harbourline Securities", "Care Voice").
 */
function isFullName(run: NameRun): boolean {
  const words = run.name.toLowerCase().split(/\s+/);
  return !run.acronym && words.length >= 2 && (wordKind(words[0]!) === 'name' || wordKind(words.at(-1)!) !== 'ordinary');
}

/** A person: a full name, or a surname alone that the document gives in full elsewhere ("Keane"; see documentPeople). */
export function isPerson(run: NameRun, people: ReadonlySet<string>): boolean {
  const words = run.name.split(/\s+/);
  return isFullName(run) || (words.length === 1 && people.has(words[0]!.toLowerCase()));
}
