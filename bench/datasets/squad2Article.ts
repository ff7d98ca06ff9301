import { SQUAD2_FILE } from './publicFiles.ts';
import { corpusArticles, readSquadFile, writeArticleCorpus } from './squadFormat.ts';
import type { BenchQuestion, Dataset } from './types.ts';

/**
 * The SQuAD 2.0 article as a corpus of its own (one document, its 48 paragraphs): answerable questions with their gold
 * paragraph, and the `is_impossible` ones as `unanswerable`, to weigh refusals against false refusals. Null without the file.
 */
export async function loadSquad2Article(file = SQUAD2_FILE): Promise<Dataset | null> {
  const articles = await readSquadFile(file);
  if (!articles) return null;
  const written = await writeArticleCorpus('squad2', corpusArticles(articles));
  const questions = articles.flatMap((a) =>
    a.paragraphs.flatMap((p, i) =>
      p.questions.map(
        (q): BenchQuestion =>
          q.impossible
            ? { id: q.id, question: q.question, answerable: false, kind: 'unanswerable', expected: [], answers: [] }
            : {
                id: q.id,
                question: q.question,
                answerable: true,
                kind: 'answerable',
                expected: [{ doc: a.id, paragraph: i + 1 }],
                answers: q.answers,
              },
      ),
    ),
  );
  const paragraphs = written.corpus.documents.reduce((s, d) => s + d.passages.length, 0);
  const titles = articles.map((a) => a.title.replaceAll('_', ' ')).join(', ');
  return {
    id: 'squad2',
    description: `SQuAD 2.0 article "${titles}" (${paragraphs} paragraphs) from ${file}`,
    corpusDir: written.dir,
    corpus: written.corpus,
    questions,
    warnings: written.corpus.problems.map((p) => `corpus problem: ${p.file}: ${p.message}`),
    measure: 'quality',
    dispose: written.dispose,
  };
}
