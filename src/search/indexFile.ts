import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import { createPassage } from '../corpus/createPassage.ts';
import type { Corpus, CorpusDocument } from '../corpus/types.ts';
import { ParagraphSearch, type SavedHead, type SavedTerm } from './paragraphSearch.ts';
import { PassageIndex, type PassageIndexState } from './passageIndex.ts';

/** What a saved index was built from; the first line of its file. */
export interface IndexHeader {
  /** engineVersion() of the process that wrote it. */
  engine: string;
  corpusDir: string;
  /** Each story file as last seen: a file with the same size, modification time and inode is taken as unchanged. */
  files: { file: string; size: number; mtimeMs: number; ino: number }[];
  /** Per document id, a hash of its parsed content: tells which stories changed after a full read. */
  hashes: Record<string, string>;
  /** Files the loader could not use when the index was built (their problems are reported again on load). */
  problems: number;
}

/** A saved index read back: its header, the corpus it indexes, and the index itself. */
export interface LoadedIndex {
  header: IndexHeader;
  corpus: Corpus;
  index: PassageIndex;
}

/** Paragraphs per line of the file: about half a megabyte of JSON, a few milliseconds to parse. */
const PARAGRAPHS_PER_LINE = 1000;
/**
 * MiniSearch postings per line (a common term's split across lines): about half a megabyte of JSON, a few
 * milliseconds to parse and insert. Counting terms instead let a line of 2000 common terms reach 17 MB at
 * 100,000 paragraphs, one task of most of a second on the main thread of a serving bot (issue 13).
 */
const POSTINGS_PER_LINE = 50_000;
/** Table entries (word → count) per line, for the same reason. */
const ENTRIES_PER_LINE = 20_000;

/** How the header line begins (writeIndexFile writes it so), to skip it unparsed. */
const HEADER_LINE_START = '{"h":';

/** A document as saved: its metadata and its paragraphs' text (sentences are split again when read). */
type SavedDocument = Omit<CorpusDocument, 'passages'> & { p: string[] };

function saveDocument(document: CorpusDocument): SavedDocument {
  const { passages, ...meta } = document;
  return { ...meta, p: passages.map((p) => p.text) };
}

function restoreDocument(saved: SavedDocument): CorpusDocument {
  const { p, ...meta } = saved;
  return { ...meta, passages: p.map((text, i) => createPassage(meta.id, i + 1, text)) };
}

function* chunks<T>(items: readonly T[], size: number): Generator<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}

/**
 * Saves an index and its corpus as JSON lines (header first), each line a bounded slice so that reading it
 * back can pause between lines. Written to a temporary file and renamed: a reader never sees half a file.
 */
export async function writeIndexFile(path: string, header: IndexHeader, corpus: Corpus, index: PassageIndex): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const partial = `${path}.${process.pid}.partial`;
  const out = createWriteStream(partial);
  const failed = new Promise<never>((_, reject) => out.on('error', reject));
  const write = async (key: string, value: unknown): Promise<void> => {
    if (!out.write(`{"${key}":${JSON.stringify(value)}}\n`)) await Promise.race([new Promise<void>((resolve) => out.once('drain', () => resolve())), failed]);
  };
  try {
    const state = index.toState();
    await write('h', header);
    let batch: SavedDocument[] = [];
    let paragraphs = 0;
    for (const document of corpus.documents) {
      batch.push(saveDocument(document));
      paragraphs += document.passages.length;
      if (paragraphs >= PARAGRAPHS_PER_LINE) {
        await write('d', batch);
        batch = [];
        paragraphs = 0;
      }
    }
    if (batch.length > 0) await write('d', batch);
    await write('s', index.search.savedHead());
    // MiniSearch's terms a slice at a time, straight from its maps: the whole index is never held as JSON.
    for (const slice of index.search.savedTerms(POSTINGS_PER_LINE)) await write('i', slice);
    await write('p', { firstIds: state.firstIds, nextId: state.nextId, acronyms: state.acronyms, speakers: state.speakers, sentenceCount: state.sentences.count, sentenceTerms: state.sentences.terms });
    for (const chunk of chunks(state.documentFrequency, ENTRIES_PER_LINE)) await write('f', chunk);
    for (const chunk of chunks(state.vocabulary, ENTRIES_PER_LINE)) await write('v', chunk);
    for (const chunk of chunks(state.names, ENTRIES_PER_LINE)) await write('n', chunk);
    for (const chunk of chunks(state.lowered, ENTRIES_PER_LINE)) await write('l', chunk);
    for (const chunk of chunks(state.sentences.frequency, ENTRIES_PER_LINE)) await write('g', chunk);
    await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
    await rename(partial, path);
  } catch (error) {
    out.destroy();
    await rm(partial, { force: true });
    throw error;
  }
}

/** Reads only the header line of a saved index; undefined when there is none or it is unreadable. */
export async function readIndexHeader(path: string): Promise<IndexHeader | undefined> {
  try {
    // Leaving the loop closes the file: only the first chunk is read.
    for await (const line of readLines(path, HEADER_CHUNK_BYTES)) return (JSON.parse(line) as { h?: IndexHeader }).h;
  } catch {
    return undefined;
  }
  return undefined;
}

/** Bytes read at a time from a saved index. */
const READ_CHUNK_BYTES = 1 << 20;
/** Bytes read at a time for the header line alone (a file stream's default): a small corpus's header fits in one read. */
const HEADER_CHUNK_BYTES = 1 << 16;
const NEWLINE = 0x0a;

/**
 * The lines of a file (written by writeIndexFile: '\n'-terminated UTF-8 JSON), each decoded on its own from the
 * bytes read: no line-ending regex over every chunk and no string decoder, as readline has; a line is never
 * held twice, as text and as the chunks it spans, beyond the moment it is decoded.
 */
async function* readLines(path: string, chunkBytes = READ_CHUNK_BYTES): AsyncGenerator<string> {
  let pending: Buffer[] = [];
  for await (const chunk of createReadStream(path, { highWaterMark: chunkBytes }) as AsyncIterable<Buffer>) {
    let start = 0;
    for (let end = chunk.indexOf(NEWLINE); end !== -1; end = chunk.indexOf(NEWLINE, start)) {
      if (pending.length === 0) yield chunk.toString('utf8', start, end);
      else {
        pending.push(chunk.subarray(start, end));
        yield Buffer.concat(pending).toString('utf8');
        pending = [];
      }
      start = end + 1;
    }
    if (start < chunk.length) pending.push(chunk.subarray(start));
  }
  if (pending.length > 0) yield Buffer.concat(pending).toString('utf8');
}

/**
 * Reads a saved index back, a line at a time: MiniSearch's terms go into its tree as each line is parsed, so
 * the file is never held whole, as text or as parsed JSON. With `sliced`, it pauses for the event loop after
 * every line and between slices of the index's restore, so a serving process keeps answering while it loads.
 */
export async function readIndexFile(path: string, options: { sliced?: boolean } = {}): Promise<LoadedIndex> {
  const { header, corpus, index } = await readIndexLines(path, options.sliced ?? false);
  if (!header) throw new Error(`saved index ${path} is incomplete`);
  return { header, corpus, index };
}

/**
 * Reads a saved index's corpus and index as readIndexFile does, without parsing its header line: the caller
 * knows the corpus folder (resolved, as the header has it) and needs nothing else of it. At 100,000 paragraphs
 * the header (every story file and hash) is 2.5 MB of JSON, one parse of 35-99 ms on a serving thread (issue 13).
 */
export async function readIndexBody(path: string, corpusDir: string, options: { sliced?: boolean } = {}): Promise<Omit<LoadedIndex, 'header'>> {
  const { corpus, index } = await readIndexLines(path, options.sliced ?? false, corpusDir);
  return { corpus, index };
}

/** The reader of both: with `corpusDir` given, the header line is skipped unparsed. */
async function readIndexLines(path: string, sliced: boolean, corpusDir?: string): Promise<Omit<LoadedIndex, 'header'> & { header?: IndexHeader }> {
  const lines = readLines(path);
  let header: IndexHeader | undefined;
  const documents: CorpusDocument[] = [];
  let search: ParagraphSearch | undefined;
  let tables: (Pick<PassageIndexState, 'firstIds' | 'nextId' | 'acronyms' | 'speakers'> & { sentenceCount: number; sentenceTerms: number }) | undefined;
  const documentFrequency: [string, number][] = [];
  const vocabulary: [string, string, number][] = [];
  const names: [string, number][] = [];
  const lowered: [string, number][] = [];
  const sentenceFrequency: [string, number][] = [];
  let headerSeen = false;
  for await (const line of lines) {
    if (corpusDir !== undefined && line.startsWith(HEADER_LINE_START)) {
      headerSeen = true;
      if (sliced) await yieldToEventLoop();
      continue;
    }
    const record = JSON.parse(line) as Record<string, unknown>;
    if ('h' in record) header = record.h as IndexHeader;
    else if ('d' in record) for (const saved of record.d as SavedDocument[]) documents.push(restoreDocument(saved));
    else if ('s' in record) search = sliced ? await ParagraphSearch.fromSavedHeadSliced(record.s as SavedHead, yieldToEventLoop) : ParagraphSearch.fromSavedHead(record.s as SavedHead);
    else if ('i' in record) {
      if (!search) throw new Error(`saved index ${path} has terms before its head`);
      search.addSavedTerms(record.i as SavedTerm[]);
    }
    else if ('p' in record) tables = record.p as typeof tables;
    else if ('f' in record) for (const entry of record.f as [string, number][]) documentFrequency.push(entry);
    else if ('v' in record) for (const entry of record.v as [string, string, number][]) vocabulary.push(entry);
    else if ('n' in record) for (const entry of record.n as [string, number][]) names.push(entry);
    else if ('l' in record) for (const entry of record.l as [string, number][]) lowered.push(entry);
    else if ('g' in record) for (const entry of record.g as [string, number][]) sentenceFrequency.push(entry);
    if (sliced) await yieldToEventLoop();
  }
  const dir = corpusDir ?? header?.corpusDir;
  if (!(header || headerSeen) || dir === undefined || !search || !tables) throw new Error(`saved index ${path} is incomplete`);
  const corpus: Corpus = { dir, documents, problems: [] };
  const { sentenceCount, sentenceTerms, ...kept } = tables;
  const sentences = { count: sentenceCount, terms: sentenceTerms, frequency: sentenceFrequency };
  const state: PassageIndexState = { ...kept, documentFrequency, vocabulary, names, lowered, sentences };
  const index = sliced ? await PassageIndex.restoreSliced(corpus, { state, search }, yieldToEventLoop) : new PassageIndex(corpus, { state, search });
  return { ...(header && { header }), corpus, index };
}
