import type { Dirent } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { basename, extname, join, resolve } from 'node:path';
import { compactText } from './compactText.ts';
import { createPassage } from './createPassage.ts';
import { decodeStoryText, notTextReason } from './decodeText.ts';
import { splitFrontMatter } from './frontMatter.ts';
import { describeError, failure, readStoryFile } from './readStoryFile.ts';
import { splitParagraphs } from './splitParagraphs.ts';
import { describeNoStoryFiles } from './skippedFiles.ts';
import type { Corpus, CorpusDocument, CorpusProblem } from './types.ts';

/** File extensions read as documents. */
export const CORPUS_EXTENSIONS = ['.md', '.txt'];

/**
 * Files read at once. Enough to keep a disk busy; reading thousands at once would itself run the process out
 * of file descriptors (EMFILE, issue 13 item 4) and crowd libuv's four threads.
 */
const PARALLEL_READS = 8;

/** A corpus that cannot be used at all (missing or empty folder, no readable document); one line. */
export class CorpusError extends Error {
  override name = 'CorpusError';
  /** True when trying again later may succeed (the folder could not be listed for a passing reason). */
  readonly transient: boolean;

  constructor(message: string, options: { transient?: boolean } = {}) {
    super(message);
    this.transient = options.transient ?? false;
  }
}

/** How to load a corpus. */
export interface LoadCorpusOptions {
  /**
   * The corpus loaded before (a reload): a story that fails to read for a passing reason (EMFILE, EIO...) keeps
   * its previous version instead of dropping out of the index; its problem is still reported, as transient.
   */
  previous?: Corpus;
}

/**
 * Loads every `.md`/`.txt` document of a folder. A broken file is reported in `problems` and skipped; only
 * regular files are opened (a named pipe or device is reported as "not a regular file", never read). The
 * folder itself being unusable, or holding no good document, throws CorpusError.
 */
export async function loadCorpus(dir: string, options: LoadCorpusOptions = {}): Promise<Corpus> {
  const absolute = resolve(dir);
  let entries: Dirent[];
  try {
    entries = await readdir(absolute, { withFileTypes: true });
  } catch (error) {
    throw new CorpusError(`corpus folder ${absolute}: ${describeError(error)}`, { transient: failure(error).transient });
  }
  const { stories, unsupported } = sortEntries(entries);
  if (stories.length === 0) {
    throw new CorpusError(unsupported.length > 0 ? describeNoStoryFiles(absolute, unsupported) : `corpus folder ${absolute} is empty: add .md or .txt stories`);
  }

  const before = new Map((options.previous?.documents ?? []).map((document) => [document.file, document]));
  const results = await mapInTurns(stories, PARALLEL_READS, (entry) => loadEntry(join(absolute, entry.name), entry));
  const documents: CorpusDocument[] = [];
  const problems: CorpusProblem[] = [];
  for (const result of results) {
    if (!('message' in result)) {
      documents.push(result);
      continue;
    }
    const kept = result.transient ? before.get(result.file) : undefined;
    if (kept) {
      documents.push(kept);
      problems.push({ ...result, message: `${result.message}; the version read before keeps answering` });
    } else problems.push(result);
  }
  if (documents.length === 0) {
    throw new CorpusError(`corpus folder ${absolute} has no usable story: ${problems.map(formatProblem).join('; ')}`, {
      transient: problems.some((problem) => problem.transient),
    });
  }
  return { dir: absolute, documents, problems, unsupported };
}

/** The order of a folder's names: `a.localeCompare(b, 'en')`, with the collator made once instead of per comparison. */
const NAME_ORDER = new Intl.Collator('en');

/** A folder's entries in name order: the stories, and the names of the other files (hidden ones and folders left out). */
function sortEntries(entries: Dirent[]): { stories: Dirent[]; unsupported: string[] } {
  const visible = entries.filter((entry) => !entry.name.startsWith('.')).sort((a, b) => NAME_ORDER.compare(a.name, b.name));
  const stories: Dirent[] = [];
  const unsupported: string[] = [];
  // One pass: at 17,000 stories, telling the others apart by `stories.includes` took 0.2 s of a second start.
  for (const entry of visible) {
    if (CORPUS_EXTENSIONS.includes(extname(entry.name).toLowerCase())) stories.push(entry);
    else if (!entry.isDirectory()) unsupported.push(entry.name);
  }
  return { stories, unsupported };
}

/** The names of a corpus folder's files that are not stories (for a corpus opened from its saved index); [] when it cannot be listed. */
export async function listUnsupportedFiles(dir: string): Promise<string[]> {
  try {
    return sortEntries(await readdir(resolve(dir), { withFileTypes: true })).unsupported;
  } catch {
    return [];
  }
}

async function loadEntry(file: string, entry: Dirent): Promise<CorpusDocument | CorpusProblem> {
  // The listing already tells a named pipe, socket or device apart: not even opened.
  if (entry.isDirectory()) return { file, message: 'is a folder, not a file' };
  if (!entry.isFile() && !entry.isSymbolicLink()) return { file, message: 'not a regular file: only regular files are read' };
  return loadDocument(file);
}

/** Loads one document file, or says in one line why it cannot be used (transient when a retry may succeed). */
export async function loadDocument(file: string): Promise<CorpusDocument | CorpusProblem> {
  const bytes = await readStoryFile(file);
  if (!Buffer.isBuffer(bytes)) return { file, message: bytes.message, ...(bytes.transient && { transient: true }) };
  const text = decodeStoryText(bytes);
  if (typeof text !== 'string') return { file, message: text.problem };
  return parseDocument(file, text);
}

/** Runs `work` over `items`, at most `limit` at a time, keeping the order of the results. */
async function mapInTurns<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** Parses a document's text (front matter and body) into paragraphs (their sentences split when first read). */
export function parseDocument(file: string, raw: string): CorpusDocument | CorpusProblem {
  if (raw.includes('\u0000')) return { file, message: notTextReason(raw)! };
  let split;
  try {
    split = splitFrontMatter(raw);
  } catch (error) {
    return { file, message: describeError(error) };
  }
  const notText = notTextReason(raw, split.body);
  if (notText !== undefined) return { file, message: notText };
  const paragraphs = splitParagraphs(split.body);
  if (paragraphs.length === 0) return { file, message: 'has an empty body: no paragraph to index' };
  const id = basename(file, extname(file));
  const { fields } = split;
  // Every string kept is a copy of its own (compactText): a piece of the file's text would keep all of it alive.
  const own = (value: string | undefined) => (value === undefined ? undefined : compactText(value));
  const [source, url, published, author] = [own(fields.source), own(fields.url), own(fields.published), own(fields.author)];
  return {
    id,
    title: own(fields.title?.trim()) || id,
    ...(source !== undefined && { source }),
    ...(url !== undefined && { url }),
    ...(published !== undefined && { published }),
    ...(author !== undefined && { author }),
    file,
    passages: paragraphs.map((text, i) => createPassage(id, i + 1, compactText(text))),
  };
}

/** One line naming the file and what is wrong with it. */
export function formatProblem(problem: CorpusProblem): string {
  return `${problem.file}: ${problem.message}`;
}
