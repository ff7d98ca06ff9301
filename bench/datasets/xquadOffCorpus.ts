import { XQUAD_FILE } from './publicFiles.ts';
import { corpusArticles, readSquadFile, writeArticleCorpus, type SquadArticle } from './squadFormat.ts';
import type { BenchQuestion, Dataset } from './types.ts';

/** Questions asked from each half at most (the protocol of ../shared/bench/README.md: 1,000, or all when fewer). */
const OFF_CORPUS_QUESTIONS_PER_HALF = 1000;

/** Every `limit`-th-spread subset of some items: all of them when there are at most `limit`, else an even spread. */
export function evenSample<T>(items: readonly T[], limit: number): T[] {
  if (items.length <= limit) return [...items];
  return Array.from({ length: limit }, (_, i) => items[Math.floor((i * items.length) / limit)]!);
}

/** The XQuAD articles sorted by title, split into the indexed half (even positions, from 0) and the other half. */
export function splitHalves(articles: readonly SquadArticle[]): { indexed: SquadArticle[]; other: SquadArticle[] } {
  const sorted = [...articles].sort((a, b) => (a.title < b.title ? -1 : a.title > b.title ? 1 : 0));
  return { indexed: sorted.filter((_, i) => i % 2 === 0), other: sorted.filter((_, i) => i % 2 === 1) };
}

/**
 * The off-corpus protocol on XQuAD: every second article (sorted by title) is indexed; questions about those are
 * answerable (gold paragraph), questions about the others are `off-corpus` and should be refused. Null without the file.
 */
export async function loadXquadOffCorpus(file = XQUAD_FILE): Promise<Dataset | null> {
  const articles = await readSquadFile(file);
  if (!articles) return null;
  const { indexed, other } = splitHalves(articles);
  const written = await writeArticleCorpus('xquad-half', corpusArticles(indexed));
  const inCorpus = indexed.flatMap((a) =>
    a.paragraphs.flatMap((p, i) =>
      p.questions.map(
        (q): BenchQuestion => ({
          id: q.id,
          question: q.question,
          answerable: true,
          kind: 'answerable',
          expected: [{ doc: a.id, paragraph: i + 1 }],
          answers: q.answers,
        }),
      ),
    ),
  );
  const offCorpus = other.flatMap((a) =>
    a.paragraphs.flatMap((p) =>
      p.questions.map((q): BenchQuestion => ({ id: q.id, question: q.question, answerable: false, kind: 'off-corpus', expected: [], answers: [] })),
    ),
  );
  const questions = [...evenSample(inCorpus, OFF_CORPUS_QUESTIONS_PER_HALF), ...evenSample(offCorpus, OFF_CORPUS_QUESTIONS_PER_HALF)];
  const paragraphs = written.corpus.documents.reduce((s, d) => s + d.passages.length, 0);
  return {
    id: 'xquad-half',
    description:
      `XQuAD off-corpus protocol: ${indexed.length} of ${articles.length} articles indexed (every second by title, ${paragraphs} paragraphs), ` +
      `${Math.min(inCorpus.length, OFF_CORPUS_QUESTIONS_PER_HALF)} questions about them and ${Math.min(offCorpus.length, OFF_CORPUS_QUESTIONS_PER_HALF)} about the ${other.length} others`,
    corpusDir: written.dir,
    corpus: written.corpus,
    questions,
    warnings: written.corpus.problems.map((p) => `corpus problem: ${p.file}: ${p.message}`),
    measure: 'quality',
    dispose: written.dispose,
  };
}
