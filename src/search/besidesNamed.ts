import type { NameRun } from '../text/entities.ts';
import { foldWord, tokenizeWords } from '../text/tokenize.ts';
import { termOf } from '../text/analyze.ts';
import { wordKind } from '../text/englishWords.ts';
import type { AnalyzedQuestion } from './analyzeQuestion.ts';
import { documentPeople, isPerson, nameSpans } from './holderNames.ts';
import type { RankedPassage } from './rankPassages.ts';

// "Who were the other two members who voted against, besides Daniel Ferreira?": the question rules out the one it
// names, so a window whose only name is that one does not answer it.

/** "besides X", "apart from X", "other than X", "aside from X", "except (for) X": the question names one it excludes. */
const EXCLUDING = /\b(?:besides|apart\s+from|aside\s+from|other\s+than|except(?:\s+for)?|excluding)\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*/u;

/**
 * For a question that asks who, or which named one, other than someone it names (EXCLUDING), the refusal reason when
 * no sentence of the window names anyone the question does not (see nameSpans; for "who", a person, see isPerson): the
 * window tells only of the one ruled out. Undefined when a sentence does, or the question excludes no one.
 */
export function onlyExcludedNamed(question: AnalyzedQuestion, candidate: RankedPassage, window: readonly number[]): string | undefined {
  const excluding = EXCLUDING.exec(question.text)?.[0];
  if (question.answerType !== 'name' || excluding === undefined) return undefined;
  // "Who…" asks a person: a university or a town beside the one ruled out is no other member.
  const people = documentPeople(candidate.indexed.document);
  const asked = new Set(question.words.flatMap((w) => [...w.alternatives.keys()]));
  // "Professor Martin Kessler" is the one ruled out with his title: a name counts by a word that is no ordinary one.
  const another = (run: NameRun) => run.name.split(/\s+/).some((w) => !asked.has(termOf(foldWord(w))) && wordKind(foldWord(w)) !== 'ordinary');
  // A person's name ends in a surname, not an ordinary word ("Northgate University" is a place of work).
  const person = (run: NameRun) => isPerson(run, people) && wordKind(foldWord(run.name.split(/\s+/).at(-1)!)) !== 'ordinary';
  const counts = /^who/i.test(question.text) ? (run: NameRun) => another(run) && person(run) : another;
  const named = window.some((s) => {
    const { text } = candidate.indexed.sentences[s]!;
    return nameSpans(text, tokenizeWords(text), question, counts).length > 0;
  });
  return named ? undefined : `The story doesn't name anyone ${excluding}.`;
}
