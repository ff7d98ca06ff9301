import { createHash } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { setImmediate as afterThisTurn } from 'node:timers/promises';
import { loadCorpus } from '../corpus/loadCorpus.ts';
import type { Corpus, CorpusDocument } from '../corpus/types.ts';
import { engineVersion } from '../search/engineVersion.ts';
import { decodeIndexBody, headerOf, readIndexBytes, writeIndexFile, type IndexHeader, type LoadedIndex } from '../search/indexFile.ts';
import type { PassageIndex } from '../search/passageIndex.ts';
import { buildIndex } from './buildIndex.ts';
import { statStoryFiles } from './storyFileStats.ts';

/** A corpus with its index, and where the index came from. */
export interface IndexedCorpus {
  corpus: Corpus;
  index: PassageIndex;
  /** 'saved': loaded as saved (nothing changed); 'updated': saved index with changed stories re-indexed; 'built': from scratch. */
  origin: 'saved' | 'updated' | 'built';
  /** Stories re-indexed (all of them when built). */
  reindexed: number;
  /** Saves the index under DATA_DIR when it was not loaded unchanged; resolves when written (never rejects: returns the error). */
  save(): Promise<Error | undefined>;
}

/** How to open a corpus's index. */
export interface OpenIndexOptions {
  /** Pause for the event loop while reading a saved index (a serving process). */
  sliced?: boolean;
  /** The corpus served until now: a story that fails to read for a passing reason keeps this version (see loadCorpus). */
  previous?: Corpus;
}

/** The file of the saved index of one corpus folder under DATA_DIR: one per folder, named by a hash of its path. */
export function indexFilePath(dataDir: string, corpusDir: string): string {
  const key = createHash('sha256').update(resolve(corpusDir)).digest('hex').slice(0, 16);
  return join(resolve(dataDir), 'index', `${key}.index`);
}

/** Where indexFilePath was before the saved index became binary (format 6): removed when the new one is saved. */
function legacyIndexFilePath(path: string): string {
  return path.replace(/\.index$/, '.jsonl');
}

/** A hash of what a document holds as indexed: its metadata and paragraphs (sentences follow from the text and the engine version). */
function documentHash(document: CorpusDocument): string {
  const { passages, ...meta } = document;
  return createHash('sha256')
    .update(JSON.stringify([meta, passages.map((p) => p.text)]))
    .digest('base64url')
    .slice(0, 22);
}

/** Size, modification time and inode of every story file in the folder, sorted by name; undefined if it cannot be listed or a file stat'ed. */
async function storyFileStats(dir: string, blocking: boolean): Promise<IndexHeader['files'] | undefined> {
  const found = await statStoryFiles(dir, { blocking });
  if (!found || found.some((entry) => entry.stats === undefined)) return undefined;
  return found.map(({ file, stats }) => ({ file, ...stats! }));
}

function sameFiles(a: IndexHeader['files'], b: IndexHeader['files']): boolean {
  return a.length === b.length && a.every((f, i) => f.file === b[i]!.file && f.size === b[i]!.size && f.mtimeMs === b[i]!.mtimeMs && f.ino === b[i]!.ino);
}

/**
 * Opens a corpus folder with its index, using the index saved under DATA_DIR when it fits. The saved index is
 * used as it is when the engine version matches and every story file has the size, modification time and inode
 * it had (as git and make trust them; nothing is read but the saved index). Otherwise the corpus is read in
 * full by the loader; with a saved index of the same engine version, only the stories whose content hash
 * changed (or that came or went) are re-indexed (MiniSearch discard/add), else everything is built.
 */
export async function openIndexedCorpus(corpusDir: string, dataDir: string, options: OpenIndexOptions = {}): Promise<IndexedCorpus> {
  const dir = resolve(corpusDir);
  const path = indexFilePath(dataDir, dir);
  const version = engineVersion();
  // The saved file is read (one read, off this thread) while the story files are stat'ed: it is needed whether
  // they changed or not, as the index itself or as the one to update.
  const reading = readIndexBytes(path).catch(() => undefined);
  // Not sliced: nothing is served yet, so the stats need not leave room for the event loop.
  const files = await storyFileStats(dir, !(options.sliced ?? false));
  const bytes = await reading;
  const saved = bytes && headerOf(bytes);
  const usable = bytes !== undefined && saved !== undefined && saved.engine === version && saved.corpusDir === dir;
  const decode = async (): Promise<Omit<LoadedIndex, 'header'> | undefined> => (usable ? decodeIndexBody(bytes, dir, options).catch(() => undefined) : undefined);
  if (usable && files && saved.problems === 0 && sameFiles(files, saved.files)) {
    const loaded = await decode();
    if (loaded) return { corpus: loaded.corpus, index: loaded.index, origin: 'saved', reindexed: 0, save: async () => undefined };
    // A damaged file: read the corpus instead, and save a good one.
  }
  // The saved index, read first: a story that fails to read for a passing reason keeps its version from it.
  const previous = await decode();
  const before = options.previous ?? previous?.corpus;
  const corpus = await loadCorpus(dir, before ? { previous: before } : {});
  // Hashed when first needed: to tell changed stories from a saved index's, else only when saving (after the first answer).
  let hashes: Record<string, string> | undefined;
  const corpusHashes = (): Record<string, string> => (hashes ??= Object.fromEntries(corpus.documents.map((d) => [d.id, documentHash(d)])));
  let index: PassageIndex | undefined;
  let reindexed = corpus.documents.length;
  if (previous && saved) {
    try {
      const current = corpusHashes();
      const changed = new Set(corpus.documents.filter((d) => saved.hashes[d.id] !== current[d.id]).map((d) => d.id));
      previous.index.update(corpus, changed);
      // Discarded paragraphs leave postings behind (MiniSearch vacuums on its own only past 10% of them), and
      // while any is left every search counts the live postings of each term one by one (ParagraphSearch).
      if (previous.index.search.dirtCount > 0) await previous.index.search.vacuum();
      index = previous.index;
      reindexed = changed.size;
    } catch {
      index = undefined;
    }
  }
  const origin = index ? 'updated' : 'built';
  index ??= (await buildIndex(corpus)).index;
  const header = (): IndexHeader => ({ engine: version, corpusDir: dir, files: files ?? [], hashes: corpusHashes(), problems: corpus.problems.length + (files ? 0 : 1) });
  const built = index;
  return {
    corpus,
    index: built,
    origin,
    reindexed,
    // From the next turn of the event loop: a caller that answers as soon as the index is open answers first
    // (hashing the stories took 0.6 s of the main thread at 100,000 paragraphs, before the worker even started).
    save: () =>
      afterThisTurn()
        .then(() => writeIndexFile(path, header(), corpus, built))
        .then(() => rm(legacyIndexFilePath(path), { force: true }))
        .then(
          () => undefined,
          (error: unknown) => (error instanceof Error ? error : new Error(String(error))),
        ),
  };
}
