import { parseDocument } from '../../../src/corpus/loadCorpus.ts';
import type { Corpus, CorpusDocument } from '../../../src/corpus/types.ts';
import { analyzeQuestion, type AnalyzedQuestion } from '../../../src/search/analyzeQuestion.ts';
import { expandQuery, type ExpandedQuery } from '../../../src/search/expandQuery.ts';
import { PassageIndex } from '../../../src/search/passageIndex.ts';
import { retrieveCandidates } from '../../../src/search/retrieveCandidates.ts';
import { scoreFeatures, type ScoredPassage } from '../../../src/search/scoreFeatures.ts';
import { story } from '../../support/tempCorpus.ts';

/** A tiny synthetic corpus, built in memory with the real document parser: document id → title and paragraphs. */
export function tinyCorpus(documents: Record<string, { title: string; paragraphs: string[] }>): Corpus {
  const parsed = Object.entries(documents).map(([id, d]): CorpusDocument => {
    const doc = parseDocument(`/virtual/tiny/${id}.md`, story({ title: d.title }, d.paragraphs));
    if (!('passages' in doc)) throw new Error(doc.message);
    return doc;
  });
  return { dir: '/virtual/tiny', documents: parsed, problems: [] };
}

/** A corpus of many small stories, each with its own names, numbers and acronyms (indexing and restore tests). */
export function manyStories(count: number): Corpus {
  const documents: Record<string, { title: string; paragraphs: string[] }> = {};
  for (let i = 0; i < count; i++) {
    documents[`story-${String(i).padStart(3, '0')}`] = {
      title: `Harbour report ${i}`,
      paragraphs: [
        `The Port Authority of Town${i} (PAT${i % 7}) moved ${i * 13} containers, its chief Dana Lee${i} said. Mr. Lee${i} was pleased.`,
        `Cranes from Shanghai arrived in week ${i % 52}. THE UNION DID NOT AGREE.`,
        `The Harbour Safety Board met on Monday; the HSB vote is due.`,
      ],
    };
  }
  return tinyCorpus(documents);
}

/** The index of a tiny corpus. */
export function tinyIndex(documents: Record<string, { title: string; paragraphs: string[] }>): PassageIndex {
  return new PassageIndex(tinyCorpus(documents));
}

/** A question analyzed and expanded against an index. */
export function queryOf(index: PassageIndex, text: string): { question: AnalyzedQuestion; query: ExpandedQuery } {
  const question = analyzeQuestion(text, index);
  return { question, query: expandQuery(question) };
}

/** Every candidate of a question, scored, keyed "doc#paragraph". */
export function scoredCandidates(index: PassageIndex, text: string): Map<string, ScoredPassage> {
  const { question, query } = queryOf(index, text);
  const candidates = retrieveCandidates(index, query, { candidates: 50, titleBoost: 0.3 });
  const scored = scoreFeatures(question, query, candidates, index);
  return new Map(scored.map((s) => [`${s.indexed.document.id}#${s.indexed.passage.paragraph}`, s]));
}
