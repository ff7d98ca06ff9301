import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { articleMarkdown, slugify } from '../datasets/squadFormat.ts';
import { REPO_ROOT } from '../paths.ts';

/** The public data the scale corpora are made of (read from ../shared/bench, never copied into the project). */
export const SCALE_SOURCES = [
  resolve(REPO_ROOT, '../shared/bench/xquad/xquad.en.json'),
  resolve(REPO_ROOT, '../shared/bench/squad2/squad2-computational-complexity.json'),
];

interface SquadFile {
  data: { title: string; paragraphs: { context: string; qas: { question: string; is_impossible?: boolean }[] }[] }[];
}

/** An original question and where its answer is: the article's id (in every copy) and paragraph. */
export interface ScaleQuestion {
  question: string;
  article: string;
  paragraph: number;
}

/** A corpus folder of copies of the public articles, with the original questions. */
export interface ScaleCorpus {
  dir: string;
  paragraphs: number;
  documents: number;
  copies: number;
}

/** Separates an article's id from its copy number in a document id ("sky-united-kingdom--12"). */
export const COPY_SEPARATOR = '--';

/** The article id of a document id: the copy number removed. */
export function articleOf(docId: string): string {
  const at = docId.lastIndexOf(COPY_SEPARATOR);
  return at === -1 ? docId : docId.slice(0, at);
}

/** Reads the public articles and their answerable questions once. */
export async function readArticles(): Promise<{ articles: { id: string; title: string; contexts: string[] }[]; questions: ScaleQuestion[] }> {
  const articles: { id: string; title: string; contexts: string[] }[] = [];
  const questions: ScaleQuestion[] = [];
  const used = new Set<string>();
  for (const file of SCALE_SOURCES) {
    const squad = JSON.parse(await readFile(file, 'utf8')) as SquadFile;
    for (const article of squad.data) {
      let id = slugify(article.title);
      for (let n = 2; used.has(id); n++) id = `${slugify(article.title)}-${n}`;
      used.add(id);
      articles.push({ id, title: article.title, contexts: article.paragraphs.map((p) => p.context) });
      article.paragraphs.forEach((p, i) => {
        for (const qa of p.qas) {
          if (!qa.is_impossible) questions.push({ question: qa.question.replace(/\s+/g, ' ').trim(), article: id, paragraph: i + 1 });
        }
      });
    }
  }
  return { articles, questions };
}

/**
 * Writes about `targetParagraphs` paragraphs into `dir`: every article copied under a different title
 * ("Title (copy 12)") and file name; copy 0 keeps the original, so the original questions still point at it.
 */
export async function writeScaleCorpus(dir: string, targetParagraphs: number, articles: { id: string; title: string; contexts: string[] }[]): Promise<ScaleCorpus> {
  await mkdir(dir, { recursive: true });
  const perCopy = articles.reduce((sum, a) => sum + a.contexts.length, 0);
  const copies = Math.max(1, Math.round(targetParagraphs / perCopy));
  for (let copy = 0; copy < copies; copy++) {
    await Promise.all(
      articles.map((a) => {
        const id = copy === 0 ? a.id : `${a.id}${COPY_SEPARATOR}${copy}`;
        const title = copy === 0 ? a.title : `${a.title} (copy ${copy})`;
        return writeFile(join(dir, `${id}.md`), articleMarkdown(title, a.contexts));
      }),
    );
  }
  return { dir, paragraphs: perCopy * copies, documents: articles.length * copies, copies };
}

/** Every n-th question, so that at most `limit` are asked (deterministic, spread over all articles). */
export function sampleQuestions(questions: ScaleQuestion[], limit: number): ScaleQuestion[] {
  if (questions.length <= limit) return questions;
  const step = questions.length / limit;
  return Array.from({ length: limit }, (_, i) => questions[Math.floor(i * step)]!);
}
