import { indexTerms } from '../text/analyze.ts';
import type { CorpusDocument } from '../corpus/types.ts';
import type { AnalyzedQuestion, QueryWord } from './analyzeQuestion.ts';
import type { RankedPassage } from './rankPassages.ts';

/**
 * Share of a document's paragraphs a word must stand in to be one of the story's themes ("the deal" of a takeover
 * story): "what did X say about the deal" is then about the story itself, and any speech by X answers it. Set by hand
 * on the takeover near-miss set (3 of 14 paragraphs is a theme) and the shipped story.
 */
export const THEME_PARAGRAPH_SHARE = 0.2;

/** Fewest paragraphs a theme stands in, however short the document (a word of one or two paragraphs is a detail). */
export const MIN_THEME_PARAGRAPHS = 3;

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
 * THEME_PARAGRAPH_SHARE): X's words on another topic are no answer. Undefined when Y has no ordinary word or one is held.
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
  const themes = themesOf(candidate.indexed.document);
  const isTheme = (i: number) => !words[i]!.missing && [...words[i]!.alternatives.keys()].some((t) => themes.has(t));
  return topic.some((i) => inWindow(i) || isTheme(i)) ? undefined : topic.map((i) => words[i]!);
}

const themesByDocument = new WeakMap<CorpusDocument, ReadonlySet<string>>();

/** The index terms that stand in at least THEME_PARAGRAPH_SHARE (and MIN_THEME_PARAGRAPHS) of a document's paragraphs, found once per document. */
function themesOf(document: CorpusDocument): ReadonlySet<string> {
  let themes = themesByDocument.get(document);
  if (!themes) {
    const counts = new Map<string, number>();
    for (const passage of document.passages) for (const term of new Set(indexTerms(passage.text))) counts.set(term, (counts.get(term) ?? 0) + 1);
    const least = Math.max(MIN_THEME_PARAGRAPHS, THEME_PARAGRAPH_SHARE * document.passages.length);
    themes = new Set([...counts].filter(([, n]) => n >= least).map(([t]) => t));
    themesByDocument.set(document, themes);
  }
  return themes;
}
