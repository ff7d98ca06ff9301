import type { AcronymTable } from './acronyms.ts';
import { foldWord } from './tokenize.ts';

/** An acronym whose long form a text may spell out: its short form (lower case) and long form as in the table. */
export interface SpelledAcronym {
  short: string;
  longForm: string;
}

/** Characters of a folded long form a text must hold where the long form starts: the key long forms are filed under. */
const KEY_LENGTH = 3;

/**
 * The acronyms of a table whose folded long forms a folded text contains, found without testing every long form
 * against every text: long forms are filed under their first KEY_LENGTH characters, so a text looks up only the
 * long forms that start with one of its own KEY_LENGTH-character pieces (a question holds ~60, a corpus's table
 * ~450 long forms). Built once per table; `keep` chooses the acronyms worth finding (those the corpus has).
 */
export class LongFormLookup {
  /** Folded long forms by their first KEY_LENGTH characters, each with its place in the table. */
  readonly #byKey = new Map<string, { order: number; folded: string }[]>();
  /** Long forms shorter than a key, tested against every text. */
  readonly #short: { order: number; folded: string }[] = [];
  readonly #entries: SpelledAcronym[] = [];

  constructor(table: AcronymTable, keep: (short: string) => boolean) {
    for (const [acronym, longForm] of table) {
      const short = acronym.toLowerCase();
      if (!keep(short)) continue;
      const entry = { order: this.#entries.push({ short, longForm }) - 1, folded: foldWord(longForm) };
      if (entry.folded.length < KEY_LENGTH) this.#short.push(entry);
      else {
        const key = entry.folded.slice(0, KEY_LENGTH);
        const filed = this.#byKey.get(key);
        if (filed) filed.push(entry);
        else this.#byKey.set(key, [entry]);
      }
    }
  }

  /** The kept acronyms whose folded long form `foldedText` contains, in table order. */
  spelledOut(foldedText: string): SpelledAcronym[] {
    const found = new Set<number>();
    for (const entry of this.#short) if (foldedText.includes(entry.folded)) found.add(entry.order);
    for (let at = 0; at + KEY_LENGTH <= foldedText.length; at++) {
      const filed = this.#byKey.get(foldedText.slice(at, at + KEY_LENGTH));
      if (!filed) continue;
      for (const entry of filed) if (!found.has(entry.order) && foldedText.startsWith(entry.folded, at)) found.add(entry.order);
    }
    return [...found].sort((a, b) => a - b).map((order) => this.#entries[order]!);
  }
}
