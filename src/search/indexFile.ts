import { mkdir, rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import { createPassage } from '../corpus/createPassage.ts';
import type { Corpus, CorpusDocument, Passage } from '../corpus/types.ts';
import { asJson, asUint32, firstLineOf, onlySection, readWholeFile, SectionWriter, sectionsOf } from './indexSections.ts';
import { ParagraphSearch, type SavedHead } from './paragraphSearch.ts';
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

/** Documents per JSON section of their metadata: a few hundred kilobytes, a millisecond or two to parse. */
const DOCUMENTS_PER_SECTION = 1000;
/** Paragraph text bytes gathered before a write: few writes, and a bounded buffer. */
const TEXT_BYTES_PER_WRITE = 1 << 20;
/** Numbers per chunk of packed postings written (4 MB). */
const POSTING_WORDS_PER_WRITE = 1 << 20;
/** Terms per section of the term list, and table entries (word → count) per JSON section: each a few milliseconds to read. */
const ENTRIES_PER_SECTION = 20_000;

/** Between the terms of a `terms` section: no term holds one (words are split at white space). */
const TERM_SEPARATOR = '\n';

/** A document as saved: its metadata and its number of paragraphs (their text is in the `texts` section). */
type SavedDocument = Omit<CorpusDocument, 'passages'> & { n: number };

/** The scalar part of the PassageIndex state (its tables are sections of their own). */
type SavedTables = Pick<PassageIndexState, 'firstIds' | 'nextId' | 'acronyms' | 'speakers' | 'themes'> & { sentenceCount: number; sentenceTerms: number };

function* chunks<T>(items: readonly T[], size: number): Generator<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}

/**
 * Saves an index and its corpus: a JSON header line, then sections (see indexSections.ts): the documents'
 * metadata as JSON, the paragraphs' text as UTF-8 with their end offsets, MiniSearch's head and its postings as
 * 32-bit numbers, and the PassageIndex tables as JSON. Written to a temporary file and renamed: a reader never
 * sees half a file.
 */
export async function writeIndexFile(path: string, header: IndexHeader, corpus: Corpus, index: PassageIndex): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const partial = `${path}.${process.pid}.partial`;
  const out = new SectionWriter(partial);
  try {
    const state = index.toState();
    await out.firstLine(JSON.stringify({ h: header }));
    for (const batch of chunks(corpus.documents, DOCUMENTS_PER_SECTION)) {
      await out.section('documents', JSON.stringify(batch.map(({ passages, ...meta }): SavedDocument => ({ ...meta, n: passages.length }))));
    }
    const textEnds = new Uint32Array(corpus.documents.reduce((sum, d) => sum + d.passages.length, 0));
    await out.begin('texts');
    let paragraph = 0;
    let written = 0;
    let pending: Buffer[] = [];
    let pendingBytes = 0;
    for (const document of corpus.documents) {
      for (const passage of document.passages) {
        const bytes = Buffer.from(passage.text, 'utf8');
        written += bytes.byteLength;
        if (written > 0xffff_ffff) throw new Error('saved index: paragraph texts past 4 GB');
        textEnds[paragraph++] = written;
        pending.push(bytes);
        pendingBytes += bytes.byteLength;
        if (pendingBytes >= TEXT_BYTES_PER_WRITE) {
          await out.add(Buffer.concat(pending));
          pending = [];
          pendingBytes = 0;
        }
      }
    }
    if (pending.length > 0) await out.add(Buffer.concat(pending));
    out.end();
    await out.section('textEnds', textEnds);
    const { documentIds, fieldLength, ...scalars } = index.search.savedHead();
    await out.section('head', JSON.stringify(scalars));
    await out.section('head.documentIds', documentIds);
    await out.section('head.fieldLength', fieldLength);
    const packed = index.search.packedTerms(POSTING_WORDS_PER_WRITE);
    for (const terms of chunks(packed.terms, ENTRIES_PER_SECTION)) {
      if (terms.some((term) => term.includes(TERM_SEPARATOR))) throw new Error('saved index: a term holds a line break');
      await out.section('terms', terms.join(TERM_SEPARATOR));
    }
    await out.section('termStarts', packed.starts);
    await out.begin('postings');
    for (const chunk of packed.chunks) await out.add(chunk);
    out.end();
    const tables: SavedTables = { firstIds: state.firstIds, nextId: state.nextId, acronyms: state.acronyms, speakers: state.speakers, themes: state.themes, sentenceCount: state.sentences.count, sentenceTerms: state.sentences.terms };
    await out.section('tables', JSON.stringify(tables));
    const lists = { documentFrequency: state.documentFrequency, vocabulary: state.vocabulary, names: state.names, lowered: state.lowered, sentenceFrequency: state.sentences.frequency };
    for (const [name, entries] of Object.entries(lists)) for (const chunk of chunks<unknown>(entries, ENTRIES_PER_SECTION)) await out.section(name, JSON.stringify(chunk));
    await out.finish();
    await rename(partial, path);
  } catch (error) {
    out.destroy();
    await rm(partial, { force: true });
    throw error;
  }
}

/** The header of a saved index's bytes (see readIndexBytes); undefined when it has none or it is unreadable. */
export function headerOf(bytes: Buffer): IndexHeader | undefined {
  const line = firstLineOf(bytes);
  try {
    return line === undefined ? undefined : (JSON.parse(line) as { h?: IndexHeader }).h;
  } catch {
    return undefined;
  }
}

/** A saved index's file, whole, in one buffer: read once, for its header and its body. */
export function readIndexBytes(path: string): Promise<Buffer> {
  return readWholeFile(path);
}

/**
 * Reads a saved index back. Nothing is parsed or built per posting or per paragraph: the paragraphs' text is
 * decoded per document when first asked for, and each term's postings when first looked up (SavedTermMap); the
 * file's bytes stay in memory meanwhile. With `sliced`, it pauses for the event loop between sections and between
 * slices of the index's restore, so a serving process keeps answering while it loads.
 */
export async function readIndexFile(path: string, options: { sliced?: boolean } = {}): Promise<LoadedIndex> {
  const bytes = await readWholeFile(path);
  const header = headerOf(bytes);
  if (!header) throw new Error(`saved index ${path} has no header`);
  return { header, ...(await decodeIndexBody(bytes, header.corpusDir, options)) };
}

/**
 * Reads a saved index's corpus and index as readIndexFile does, without parsing its header line: the caller
 * knows the corpus folder (resolved, as the header has it) and needs nothing else of it. At 100,000 paragraphs
 * the header (every story file and hash) is 2.5 MB of JSON, one parse of 35-99 ms on a serving thread (issue 13).
 */
export async function readIndexBody(path: string, corpusDir: string, options: { sliced?: boolean } = {}): Promise<Omit<LoadedIndex, 'header'>> {
  return decodeIndexBody(await readWholeFile(path), corpusDir, options);
}

/** The corpus and index of a saved index's bytes (see readIndexBytes), its header line left unparsed. */
export async function decodeIndexBody(bytes: Buffer, corpusDir: string, options: { sliced?: boolean } = {}): Promise<Omit<LoadedIndex, 'header'>> {
  const sliced = options.sliced ?? false;
  const pause = async (): Promise<void> => {
    if (sliced) await yieldToEventLoop();
  };
  const sections = await sectionsOf(bytes, sliced ? yieldToEventLoop : undefined);
  const texts = onlySection(sections, 'texts');
  const textEnds = asUint32(onlySection(sections, 'textEnds'));
  for (let i = 0, last = 0; i < textEnds.length; last = textEnds[i++]!) {
    if (textEnds[i]! < last || textEnds[i]! > texts.length) throw new Error('saved index: paragraph offsets out of order');
  }
  const documents: CorpusDocument[] = [];
  let paragraphs = 0;
  for (const piece of sections.get('documents') ?? []) {
    for (const saved of asJson<SavedDocument[]>(piece)) {
      if (!Number.isInteger(saved.n) || saved.n < 0 || paragraphs + saved.n > textEnds.length) throw new Error('saved index: more paragraphs than texts');
      documents.push(savedDocument(saved, texts, textEnds, paragraphs));
      paragraphs += saved.n;
    }
    await pause();
  }
  if (paragraphs !== textEnds.length) throw new Error('saved index: texts without paragraphs');
  const corpus: Corpus = { dir: corpusDir, documents, problems: [] };
  const head: SavedHead = {
    ...asJson<Omit<SavedHead, 'documentIds' | 'fieldLength'>>(onlySection(sections, 'head')),
    documentIds: asUint32(onlySection(sections, 'head.documentIds')),
    fieldLength: asUint32(onlySection(sections, 'head.fieldLength')),
  };
  const search = sliced ? await ParagraphSearch.fromSavedHeadSliced(head, yieldToEventLoop) : ParagraphSearch.fromSavedHead(head);
  const terms: string[] = [];
  for (const piece of sections.get('terms') ?? []) {
    for (const term of piece.toString('utf8').split(TERM_SEPARATOR)) terms.push(term);
    await pause();
  }
  for (let i = 1; i < terms.length; i++) if (!(terms[i - 1]! < terms[i]!)) throw new Error('saved index: terms out of order');
  const starts = asUint32(onlySection(sections, 'termStarts'));
  for (let i = 1; i < starts.length; i++) if (starts[i]! < starts[i - 1]!) throw new Error('saved index: postings out of order');
  search.restoreTerms({ terms, starts, packed: asUint32(onlySection(sections, 'postings')) });
  const { sentenceCount, sentenceTerms, ...kept } = asJson<SavedTables>(onlySection(sections, 'tables'));
  const list = async <T>(name: string): Promise<T[]> => {
    const entries: T[] = [];
    for (const piece of sections.get(name) ?? []) {
      for (const entry of asJson<T[]>(piece)) entries.push(entry);
      await pause();
    }
    return entries;
  };
  const state: PassageIndexState = {
    ...kept,
    documentFrequency: await list('documentFrequency'),
    vocabulary: await list('vocabulary'),
    names: await list('names'),
    lowered: await list('lowered'),
    sentences: { count: sentenceCount, terms: sentenceTerms, frequency: await list('sentenceFrequency') },
  };
  const index = sliced ? await PassageIndex.restoreSliced(corpus, { state, search }, yieldToEventLoop) : new PassageIndex(corpus, { state, search });
  return { corpus, index };
}

/**
 * A saved document whose paragraphs are made from the saved text when first asked for: a start that answers one
 * question decodes the few documents it ranks, not 100,000 paragraphs (0.4 s of UTF-8 decoding and most of the
 * garbage collection of a second start at that size). Once made, `passages` is a plain value.
 */
function savedDocument(saved: SavedDocument, texts: Buffer, textEnds: Uint32Array, firstParagraph: number): CorpusDocument {
  const { n, ...meta } = saved;
  return {
    ...meta,
    get passages(): Passage[] {
      const passages: Passage[] = [];
      for (let i = 0; i < n; i++) {
        const at = firstParagraph + i;
        passages.push(createPassage(meta.id, i + 1, texts.toString('utf8', at === 0 ? 0 : textEnds[at - 1]!, textEnds[at]!)));
      }
      Object.defineProperty(this, 'passages', { value: passages, enumerable: true, writable: true, configurable: true });
      return passages;
    },
  };
}
