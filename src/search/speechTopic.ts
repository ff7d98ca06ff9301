import type { AnalyzedQuestion, QueryWord } from './analyzeQuestion.ts';
import type { RankedPassage } from './rankPassages.ts';

/** The words that open the topic of "what did X say about Y". */
const ABOUT = /\b(?:about|regarding|concerning|on\s+the\s+subject\s+of)\b/i;

/** The topic of "what did X say about Y": where its opening word stands and Y as written, read from `from` on; undefined when there is none. */
export function speechTopic(text: string, from = 0): { offset: number; text: string } | undefined {
  const rest = text.slice(from);
  const opening = ABOUT.exec(rest);
  if (!opening) return undefined;
  return { offset: from + opening.index, text: rest.slice(opening.index + opening[0].length).trim().replace(/[\s?.!]+$/, '') };
}

/**
 * For "what did X say about Y" with ordinary words in Y ("the share price", "job cuts"), those words when neither the
 * speaker's sentences nor the sentences beside them hold any of them, and none is a theme of the story (see
 * documentThemes): X's words on another topic are no answer. Undefined when Y has no ordinary word or one is held.
 * `spoken` are the sentences that report X's speech; names of Y are checked by the caller.
 */
export function unheldTopicWords(question: AnalyzedQuestion, speakerWords: readonly number[], candidate: RankedPassage, spoken: readonly number[]): QueryWord[] | undefined {
  const aboutAt = speechTopic(question.text)?.offset;
  if (aboutAt === undefined) return undefined;
  const { words } = question;
  const topic = words.flatMap((w, i) => (!w.isName && !w.numeric && w.offset > aboutAt && !speakerWords.includes(i) ? [i] : []));
  if (topic.length === 0) return undefined;
  const last = candidate.indexed.sentences.length - 1;
  const near = new Set(spoken.flatMap((s) => [s - 1, s, s + 1].filter((k) => k >= 0 && k <= last)));
  const inWindow = (i: number) => [...near].some((s) => candidate.sentenceWeights[s]![i]! > 0);
  const { themes } = candidate.indexed;
  const isTheme = (i: number) => !words[i]!.missing && [...words[i]!.alternatives.keys()].some((t) => themes.has(t));
  return topic.some((i) => inWindow(i) || isTheme(i)) ? undefined : topic.map((i) => words[i]!);
}
