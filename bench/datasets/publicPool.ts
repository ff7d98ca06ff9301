// The pooled public question sets for tuning (issue 8: weights fitted by article-disjoint cross-validation on pooled
// public sets): every XQuAD article and the SQuAD 2.0 article with its answerable questions, as corpus documents and
// questions with gold (doc, paragraph) and answer texts. Read from ../shared/bench; never copied into the project.
import { join } from 'node:path';
import { parseDocument } from '../../src/corpus/loadCorpus.ts';
import type { Corpus, CorpusDocument } from '../../src/corpus/types.ts';
import { SQUAD2_FILE, XQUAD_FILE } from './publicFiles.ts';
import { articleMarkdown, readSquadFile, type CorpusArticle, type SquadArticle } from './squadFormat.ts';
import type { BenchQuestion } from './types.ts';

/** Which public set an article comes from. */
type PoolSource = 'xquad' | 'squad2';

/** One article of the pool: a corpus document (id = file name, unique in the pool) and where it comes from. */
interface PoolArticle extends CorpusArticle {
  source: PoolSource;
}

/** One answerable question of the pool, with its gold citation; `doc` is the article id (the unit of a fold). */
export interface PoolQuestion {
  id: string;
  question: string;
  doc: string;
  /** 1-based paragraph of `doc` that holds the answer. */
  paragraph: number;
  /** Gold answer texts (any one counts). */
  answers: string[];
}

/** The pooled sets: articles, their answerable questions, and what was skipped or merged (one line each). */
export interface PublicPool {
  articles: PoolArticle[];
  questions: PoolQuestion[];
  notes: string[];
}

/** Files the pool reads; either may be absent (then its articles are skipped and a note says so). */
export interface PoolFiles {
  xquad: string;
  squad2: string;
}

/**
 * Loads the pool. XQuAD's articles are SQuAD 1.1 dev articles, and one of them (Computational complexity theory) is
 * the SQuAD 2.0 article: when both hold an article of the same title, the SQuAD 2.0 one is kept (it holds all of
 * XQuAD's paragraphs and question ids of that article, and more), so no question or paragraph is counted twice
 * and article-disjoint folds stay disjoint. SQuAD 2.0's `is_impossible` questions are left out (no gold paragraph).
 */
export async function loadPublicPool(files: PoolFiles = { xquad: XQUAD_FILE, squad2: SQUAD2_FILE }): Promise<PublicPool> {
  const notes: string[] = [];
  const xquad = await readSquadFile(files.xquad);
  const squad2 = await readSquadFile(files.squad2);
  if (!xquad) notes.push(`XQuAD skipped: ${files.xquad} is not there.`);
  if (!squad2) notes.push(`SQuAD 2.0 article skipped: ${files.squad2} is not there.`);
  const squad2Titles = new Set((squad2 ?? []).map((a) => a.title));
  const kept: { article: SquadArticle; source: PoolSource }[] = [];
  for (const article of xquad ?? []) {
    if (squad2Titles.has(article.title)) notes.push(`XQuAD's "${article.title}" left out: the SQuAD 2.0 article of that title holds it.`);
    else kept.push({ article, source: 'xquad' });
  }
  const ids = new Set(kept.map((k) => k.article.id));
  for (const article of squad2 ?? []) {
    const id = ids.has(article.id) ? `${article.id}-squad2` : article.id;
    ids.add(id);
    kept.push({ article: { ...article, id }, source: 'squad2' });
  }
  const articles = kept.map(({ article, source }) => ({
    id: article.id,
    title: article.title,
    paragraphs: article.paragraphs.map((p) => p.context),
    source,
  }));
  const questions = kept.flatMap(({ article }) =>
    article.paragraphs.flatMap((p, i) =>
      p.questions
        .filter((q) => !q.impossible)
        .map((q) => ({ id: q.id, question: q.question, doc: article.id, paragraph: i + 1, answers: q.answers })),
    ),
  );
  return { articles, questions, notes };
}

/** Folder name the in-memory pool corpus reports (nothing is written there). */
const POOL_CORPUS_DIR = '/virtual/public-pool';

/**
 * A corpus of some pool articles, built in memory with the bot's own document parser (the same Markdown the bench
 * writes to disk for `isf ask --corpus`), so a tuner can build one engine per fold without touching the disk.
 */
export function poolCorpus(articles: readonly CorpusArticle[]): Corpus {
  const documents = articles.map((a): CorpusDocument => {
    const parsed = parseDocument(join(POOL_CORPUS_DIR, `${a.id}.md`), articleMarkdown(a.title, a.paragraphs));
    if (!('passages' in parsed)) throw new Error(`pool article ${a.id}: ${parsed.message}`);
    if (parsed.passages.length !== a.paragraphs.length) {
      throw new Error(`pool article ${a.id}: ${a.paragraphs.length} paragraphs, the parser found ${parsed.passages.length}`);
    }
    return parsed;
  });
  return { dir: POOL_CORPUS_DIR, documents, problems: [] };
}

/** Pool questions as bench questions, for scoreAnswers. */
export function poolBenchQuestions(questions: readonly PoolQuestion[]): BenchQuestion[] {
  return questions.map((q) => ({
    id: q.id,
    question: q.question,
    answerable: true,
    kind: 'answerable',
    expected: [{ doc: q.doc, paragraph: q.paragraph }],
    answers: q.answers,
  }));
}
