import { XQUAD_FILE } from './publicFiles.ts';
import { corpusArticles, readSquadFile, writeArticleCorpus } from './squadFormat.ts';
import type { BenchQuestion, Dataset } from './types.ts';

/** Loads XQuAD as a corpus (one Markdown file per article in a temp folder), or null when the file is absent. */
export async function loadXquad(file = XQUAD_FILE): Promise<Dataset | null> {
  const articles = await readSquadFile(file);
  if (!articles) return null;
  const written = await writeArticleCorpus('xquad', corpusArticles(articles));
  const questions: BenchQuestion[] = articles.flatMap((a) =>
    a.paragraphs.flatMap((p, i) =>
      p.questions.map((q) => ({
        id: q.id,
        question: q.question,
        answerable: true,
        kind: 'answerable' as const,
        expected: [{ doc: a.id, paragraph: i + 1 }],
        answers: q.answers,
      })),
    ),
  );
  const paragraphs = written.corpus.documents.reduce((s, d) => s + d.passages.length, 0);
  return {
    id: 'xquad',
    description: `XQuAD en (${articles.length} articles, ${paragraphs} paragraphs) from ${file}`,
    corpusDir: written.dir,
    corpus: written.corpus,
    questions,
    warnings: written.corpus.problems.map((p) => `corpus problem: ${p.file}: ${p.message}`),
    measure: 'full',
    dispose: written.dispose,
  };
}
