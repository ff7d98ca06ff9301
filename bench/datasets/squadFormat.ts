import { access, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadCorpus } from '../../src/corpus/loadCorpus.ts';
import type { Corpus } from '../../src/corpus/types.ts';

/** One question of a SQuAD-format file (v1.1 or v2.0), whitespace collapsed. */
interface SquadQuestion {
  id: string;
  question: string;
  /** Gold answer texts (empty for SQuAD 2.0's unanswerable questions). */
  answers: string[];
  /** SQuAD 2.0's `is_impossible`: written to look answerable from its paragraph, but it is not. */
  impossible: boolean;
}

/** One article of a SQuAD-format file, with a document id unique within its file. */
export interface SquadArticle {
  /** File-name slug of the title, made unique within the file ("-2", "-3", ...). */
  id: string;
  title: string;
  paragraphs: { context: string; questions: SquadQuestion[] }[];
}

interface RawSquadFile {
  data: {
    title: string;
    paragraphs: { context: string; qas: { id: string; question: string; answers: { text: string }[]; is_impossible?: boolean }[] }[];
  }[];
}

/** Reads a SQuAD-format JSON file (v1.1 or v2.0); null when the file is not there. */
export async function readSquadFile(file: string): Promise<SquadArticle[] | null> {
  try {
    await access(file);
  } catch {
    return null;
  }
  const raw = JSON.parse(await readFile(file, 'utf8')) as RawSquadFile;
  const used = new Set<string>();
  return raw.data.map((article) => {
    let id = slugify(article.title);
    for (let n = 2; used.has(id); n++) id = `${slugify(article.title)}-${n}`;
    used.add(id);
    return {
      id,
      title: article.title,
      paragraphs: article.paragraphs.map((p) => ({
        context: p.context,
        questions: p.qas.map((qa) => ({
          id: qa.id,
          question: qa.question.replace(/\s+/g, ' ').trim(),
          answers: qa.answers.map((a) => a.text),
          impossible: qa.is_impossible === true,
        })),
      })),
    };
  });
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

/** A corpus folder written for some articles, loaded back, and how to remove it. */
export interface ArticleCorpus {
  dir: string;
  corpus: Corpus;
  dispose(): Promise<void>;
}

/** An article as a corpus document: its id, title and paragraph texts in order. */
export interface CorpusArticle {
  id: string;
  title: string;
  paragraphs: readonly string[];
}

/**
 * Writes one Markdown file per article into a fresh temp folder (`name` in its path) and loads it with the bot's own
 * loader, so that `isf ask --corpus DIR` sees the same corpus; throws when the loader splits a paragraph differently.
 */
export async function writeArticleCorpus(name: string, articles: readonly CorpusArticle[]): Promise<ArticleCorpus> {
  const base = await mkdtemp(join(tmpdir(), `isf-bench-${name}-`));
  const dispose = (): Promise<void> => rm(base, { recursive: true, force: true });
  try {
    const dir = join(base, 'corpus');
    await mkdir(dir);
    for (const a of articles) await writeFile(join(dir, `${a.id}.md`), articleMarkdown(a.title, a.paragraphs));
    const corpus = await loadCorpus(dir);
    const counts = new Map(corpus.documents.map((d) => [d.id, d.passages.length]));
    for (const a of articles) {
      if (counts.get(a.id) !== a.paragraphs.length) {
        throw new Error(`${name} ${a.id}: wrote ${a.paragraphs.length} paragraphs, the loader found ${counts.get(a.id) ?? 'none'}`);
      }
    }
    return { dir, corpus, dispose };
  } catch (error) {
    await dispose();
    throw error;
  }
}

/** The articles as corpus documents (id, title, paragraph texts). */
export function corpusArticles(articles: readonly SquadArticle[]): CorpusArticle[] {
  return articles.map((a) => ({ id: a.id, title: a.title, paragraphs: a.paragraphs.map((p) => p.context) }));
}
