import { readdir, readFile } from 'node:fs/promises';
import { basename, extname, join, resolve } from 'node:path';
import { splitFrontMatter } from './frontMatter.ts';
import { splitParagraphs } from './splitParagraphs.ts';
import { splitSentences } from './splitSentences.ts';
import type { Corpus, CorpusDocument, CorpusProblem } from './types.ts';

/** File extensions read as documents. */
export const CORPUS_EXTENSIONS = ['.md', '.txt'];

/** A corpus that cannot be used at all (missing or empty folder, no readable document); one line. */
export class CorpusError extends Error {
  override name = 'CorpusError';
}

/**
 * Loads every `.md`/`.txt` document of a folder. A broken file is reported in `problems`
 * and skipped; the folder itself being unusable, or holding no good document, throws CorpusError.
 */
export async function loadCorpus(dir: string): Promise<Corpus> {
  const absolute = resolve(dir);
  let names: string[];
  try {
    names = await readdir(absolute);
  } catch (error) {
    throw new CorpusError(`corpus folder ${absolute}: ${describe(error)}`);
  }
  const files = names
    .filter((name) => CORPUS_EXTENSIONS.includes(extname(name).toLowerCase()) && !name.startsWith('.'))
    .sort((a, b) => a.localeCompare(b, 'en'));
  if (files.length === 0) throw new CorpusError(`corpus folder ${absolute} is empty: add .md or .txt stories`);

  const documents: CorpusDocument[] = [];
  const problems: CorpusProblem[] = [];
  const results = await Promise.all(files.map((name) => loadDocument(join(absolute, name))));
  for (const result of results) {
    if ('message' in result) problems.push(result);
    else documents.push(result);
  }
  if (documents.length === 0) {
    throw new CorpusError(`corpus folder ${absolute} has no usable story: ${problems.map(formatProblem).join('; ')}`);
  }
  return { dir: absolute, documents, problems };
}

/** Loads one document file, or says in one line why it cannot be used. */
export async function loadDocument(file: string): Promise<CorpusDocument | CorpusProblem> {
  let raw: string;
  try {
    raw = await readFile(file, 'utf8');
  } catch (error) {
    return { file, message: `cannot be read: ${describe(error)}` };
  }
  return parseDocument(file, raw);
}

/** Parses a document's text (front matter and body) into paragraphs and sentences. */
export function parseDocument(file: string, raw: string): CorpusDocument | CorpusProblem {
  if (raw.includes('\u0000')) return { file, message: 'is not a text file (it holds NUL bytes)' };
  let split;
  try {
    split = splitFrontMatter(raw);
  } catch (error) {
    return { file, message: describe(error) };
  }
  const paragraphs = splitParagraphs(split.body);
  if (paragraphs.length === 0) return { file, message: 'has an empty body: no paragraph to index' };
  const id = basename(file, extname(file));
  const { fields } = split;
  return {
    id,
    title: fields.title?.trim() || id,
    ...(fields.source !== undefined && { source: fields.source }),
    ...(fields.url !== undefined && { url: fields.url }),
    ...(fields.published !== undefined && { published: fields.published }),
    ...(fields.author !== undefined && { author: fields.author }),
    file,
    passages: paragraphs.map((text, i) => ({
      id: `${id}#${i + 1}`,
      doc: id,
      paragraph: i + 1,
      text,
      sentences: splitSentences(text),
    })),
  };
}

/** One line naming the file and what is wrong with it. */
export function formatProblem(problem: CorpusProblem): string {
  return `${problem.file}: ${problem.message}`;
}

function describe(error: unknown): string {
  if (error && typeof error === 'object' && 'code' in error) {
    const code = String((error as { code: unknown }).code);
    if (code === 'ENOENT') return 'no such file or folder';
    if (code === 'EACCES') return 'permission denied';
    if (code === 'ENOTDIR') return 'not a folder';
    if (code === 'EISDIR') return 'is a folder, not a file';
  }
  return error instanceof Error ? error.message.split('\n')[0]! : String(error);
}
