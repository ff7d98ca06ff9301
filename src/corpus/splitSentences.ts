import { createRequire } from 'node:module';
import type { Sentence } from './types.ts';

// natural has no ESM entry points, and its index pulls in databases and dotenv: load the one module needed, when needed.
const require = createRequire(import.meta.url);
interface NaturalSentenceTokenizer {
  tokenize(text: string): string[];
  abbreviations: string[];
  replacementMap: Map<string, string> | null;
  delimiterMap: Map<string, string> | null;
  replacementCounter: number;
  replaceUrisWithPlaceholders(text: string): string;
  replaceDelimitersWithPlaceholders(text: string): string;
}
/** Abbreviations whose full stop does not end a sentence (beyond natural's own list). */
const ABBREVIATIONS = [
  'U.N.', 'U.S.', 'U.K.', 'E.U.', 'D.C.', 'U.S.A.', 'U.A.E.',
  'Dr.', 'Mr.', 'Mrs.', 'Ms.', 'Prof.', 'Sr.', 'Jr.', 'St.', 'Mt.', 'Gen.', 'Col.', 'Lt.', 'Sgt.', 'Capt.',
  'Gov.', 'Sen.', 'Rep.', 'Pres.', 'Rev.', 'Hon.', 'No.', 'vs.', 'etc.', 'e.g.', 'i.e.', 'approx.', 'Inc.', 'Ltd.', 'Corp.', 'Co.',
  'Jan.', 'Feb.', 'Mar.', 'Apr.', 'Jun.', 'Jul.', 'Aug.', 'Sep.', 'Sept.', 'Oct.', 'Nov.', 'Dec.',
];

const URI_PATTERN = /(https?:\/\/\S+|www\.\S+|ftp:\/\/\S+|(?<![a-zA-Z0-9._%+-])(mailto:)?[a-zA-Z0-9._%+-]+@[a-zA-Z0-9.-]+\.[a-zA-Z]{2,}|file:\/\/\S+)/gi;
const DELIMITER_PATTERN = /(?<![.?!… ])([.?!… ]*)([.?!…])(["'”’)}\]]?)/g;

/**
 * Builds the sentence tokenizer on first use: natural's modules are loaded then, not when this module is imported
 * (`isf sources` and `isf status` never split a sentence; issue 9 item 10, start-up).
 */
function createSentenceTokenizer(): NaturalSentenceTokenizer {
  const SentenceTokenizer = require('natural/lib/natural/tokenizers/sentence_tokenizer.js') as new (
    abbreviations: string[],
  ) => NaturalSentenceTokenizer;
  const naturalAbbreviations = require('natural/lib/natural/util/abbreviations_en.js') as { knownAbbreviations?: string[] } | string[];
  const known = Array.isArray(naturalAbbreviations) ? naturalAbbreviations : (naturalAbbreviations.knownAbbreviations ?? []);
  // Only abbreviations that start with a capital or contain an inner dot: natural matches them anywhere,
  // so a lowercase "no." would otherwise swallow the end of "casino." as well.
  const abbreviations = [...new Set([...ABBREVIATIONS, ...known])].filter((a) => /^[A-Z]/.test(a) || /\..*\./.test(a));

  /**
   * natural's SentenceTokenizer, with its two placeholder passes compiled once instead of on every call
   * (it builds a regular expression per abbreviation list and per placeholder each time): same output, faster.
   */
  class CompiledSentenceTokenizer extends SentenceTokenizer {
    readonly #abbreviationPattern: RegExp;
    /** Every abbreviation has a full stop: a text without one holds none (most sentences of a paragraph are skipped so). */
    readonly #abbreviationsHaveStops: boolean;

    constructor(list: string[]) {
      super(list);
      const escaped = list.map((a) => a.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
      this.#abbreviationPattern = new RegExp(`(${escaped.join('|')})`, 'gi');
      this.#abbreviationsHaveStops = list.every((a) => a.includes('.'));
    }

    replaceAbbreviations(text: string): string {
      if (this.#abbreviationsHaveStops && !text.includes('.')) return text;
      return text.replace(this.#abbreviationPattern, (match) => {
        const code = `{{ABBREV_${this.replacementCounter++}}}`;
        this.replacementMap!.set(code, match);
        return code;
      });
    }

    // natural's two patterns below, anchored at the start of their run (a lookbehind), so a long run of letters or of
    // spaces is scanned once, not once from every character in it (quadratic: 5,000 letters took 200 ms). They match
    // exactly what natural's match: a match can only start where such a run starts.
    override replaceUrisWithPlaceholders(text: string): string {
      // Every alternative of URI_PATTERN holds one of these: a text without them (nearly every paragraph) has no URI.
      if (!text.includes('@') && !text.includes('://') && !/www\./i.test(text)) return text;
      return text.replace(URI_PATTERN, (match) => {
        const code = `{{URI_${this.replacementCounter++}}}`;
        this.replacementMap!.set(code, match);
        return code;
      });
    }

    override replaceDelimitersWithPlaceholders(text: string): string {
      return text.replace(DELIMITER_PATTERN, (_match, p1: string, p2: string, p3: string) => {
        const code = `{{DELIM_${this.replacementCounter++}}}`;
        this.delimiterMap!.set(code, p1 + p2 + p3);
        return code;
      });
    }

    splitOnPlaceholders(text: string): string[] {
      const parts = text.split(/(\{\{DELIM_\d+\}\})/);
      const sentences: string[] = [];
      for (let i = 0; i < parts.length; i += 2) sentences.push(parts[i]! + (parts[i + 1] ?? ''));
      return sentences;
    }

    revertDelimiters(text: string): string {
      return text.replace(/\{\{DELIM_\d+\}\}/g, (code) => this.delimiterMap!.get(code) ?? code);
    }

    revertReplacements(text: string): string {
      const map = this.replacementMap!;
      let previous: string;
      let current = text;
      // Placeholders can nest (a number inside an abbreviation), so repeat until nothing changes.
      do {
        previous = current;
        current = previous.replace(/\{\{(?:NUMBER|ABBREV|URI)_\d+\}\}/g, (code) => map.get(code) ?? code);
      } while (current !== previous);
      return current;
    }
  }

  return new CompiledSentenceTokenizer(abbreviations);
}

let tokenizer: NaturalSentenceTokenizer | undefined;

/**
 * Splits a paragraph into sentences with their offsets, so every sentence is an exact substring of it.
 * Fragments that cannot stand alone (a closing `he said.` after a quotation, a stray initial) join the sentence before.
 */
export function splitSentences(paragraph: string): Sentence[] {
  const pieces = safeTokenize(paragraph);
  const sentences: Sentence[] = [];
  let cursor = 0;
  for (const piece of pieces) {
    const start = paragraph.indexOf(piece, cursor);
    if (start < 0) return wholeParagraph(paragraph);
    const end = start + piece.length;
    const previous = sentences[sentences.length - 1];
    if (previous && (continuesPrevious(piece) || endsWithInitial(previous.text))) {
      previous.end = end;
      previous.text = paragraph.slice(previous.start, end);
    } else {
      sentences.push({ text: piece, start, end });
    }
    cursor = end;
  }
  return sentences.length > 0 ? sentences : wholeParagraph(paragraph);
}

function safeTokenize(paragraph: string): string[] {
  try {
    tokenizer ??= createSentenceTokenizer();
    return tokenizer.tokenize(paragraph).map((s) => s.trim()).filter((s) => s !== '');
  } catch {
    return [];
  }
}

function continuesPrevious(piece: string): boolean {
  if (/^[a-z,;:)\]]/.test(piece)) return true;
  // Three ASCII letters or digits make it long enough; only a piece with fewer needs the Unicode count.
  if (/[A-Za-z0-9][^]*?[A-Za-z0-9][^]*?[A-Za-z0-9]/.test(piece)) return false;
  return piece.replace(/[^\p{L}\p{N}]/gu, '').length < 3;
}

/** A middle initial ("John C. Messenger"): one capital letter other than the Roman numeral I, after a space. */
function endsWithInitial(text: string): boolean {
  return /\s[A-HJ-Z]\.$/.test(text);
}

function wholeParagraph(paragraph: string): Sentence[] {
  return paragraph === '' ? [] : [{ text: paragraph, start: 0, end: paragraph.length }];
}
