import { access, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadCorpus } from '../../src/corpus/loadCorpus.ts';
import { REPO_ROOT } from '../paths.ts';
import type { BenchQuestion, Dataset } from './types.ts';

/** Where XQuAD (English) is expected: ../shared/bench relative to the repo root; never copied into the project. */
export const XQUAD_FILE = resolve(REPO_ROOT, '../shared/bench/xquad/xquad.en.json');

interface SquadFile {
  data: { title: string; paragraphs: { context: string; qas: { id: string; question: string; answers: { text: string }[] }[] }[] }[];
}

/** A file-name slug of an article title ("Sky_(United_Kingdom)" → "sky-united-kingdom"). */
export function slugify(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug === '' ? 'article' : slug;
}

/** One Markdown document for an article: `title:` front matter, then one paragraph per context. */
export function articleMarkdown(title: string, contexts: readonly string[]): string {
  const shown = title.replaceAll('_', ' ');
  const titleLine = /^["']/.test(shown) ? `title: "${shown.replace(/["\\]/g, '\\$&')}"` : `title: ${shown}`;
  const body = contexts.map((c) => c.replace(/\r/g, '').replace(/\n[ \t]*\n+/g, '\n').trim());
  return `---\n${titleLine}\n---\n\n${body.join('\n\n')}\n`;
}

/** Loads XQuAD as a corpus (one Markdown file per article in a temp folder), or null when the file is absent. */
export async function loadXquad(file = XQUAD_FILE): Promise<Dataset | null> {
  try {
    await access(file);
  } catch {
    return null;
  }
  const squad = JSON.parse(await readFile(file, 'utf8')) as SquadFile;
  const base = await mkdtemp(join(tmpdir(), 'isf-bench-xquad-'));
  const dir = join(base, 'corpus');
  await mkdir(dir);
  const used = new Set<string>();
  const questions: BenchQuestion[] = [];
  const docs: { id: string; paragraphs: number }[] = [];
  for (const article of squad.data) {
    let id = slugify(article.title);
    for (let n = 2; used.has(id); n++) id = `${slugify(article.title)}-${n}`;
    used.add(id);
    await writeFile(join(dir, `${id}.md`), articleMarkdown(article.title, article.paragraphs.map((p) => p.context)));
    docs.push({ id, paragraphs: article.paragraphs.length });
    article.paragraphs.forEach((p, i) => {
      for (const qa of p.qas) {
        questions.push({
          id: qa.id,
          question: qa.question.replace(/\s+/g, ' ').trim(),
          answerable: true,
          expected: [{ doc: id, paragraph: i + 1 }],
          answers: qa.answers.map((a) => a.text),
        });
      }
    });
  }
  const corpus = await loadCorpus(dir);
  const counts = new Map(corpus.documents.map((d) => [d.id, d.passages.length]));
  for (const d of docs) {
    if (counts.get(d.id) !== d.paragraphs) {
      throw new Error(`XQuAD ${d.id}: wrote ${d.paragraphs} paragraphs, the loader found ${counts.get(d.id) ?? 'none'}`);
    }
  }
  return {
    id: 'xquad',
    description: `XQuAD en (${squad.data.length} articles, ${corpus.documents.reduce((s, d) => s + d.passages.length, 0)} paragraphs) from ${file}`,
    corpusDir: dir,
    corpus,
    questions,
    warnings: corpus.problems.map((p) => `corpus problem: ${p.file}: ${p.message}`),
    dispose: () => rm(base, { recursive: true, force: true }),
  };
}
