import { createRequire } from 'node:module';
import type { Sentence } from './types.ts';

// natural has no ESM entry points, and its index pulls in databases and dotenv: load the one module needed.
const require = createRequire(import.meta.url);
const SentenceTokenizer = require('natural/lib/natural/tokenizers/sentence_tokenizer.js') as new (
  abbreviations: string[],
) => { tokenize(text: string): string[] };
const naturalAbbreviations = require('natural/lib/natural/util/abbreviations_en.js') as { knownAbbreviations?: string[] } | string[];

/** Abbreviations whose full stop does not end a sentence (beyond natural's own list). */
export const ABBREVIATIONS = [
  'U.N.', 'U.S.', 'U.K.', 'E.U.', 'D.C.', 'U.S.A.', 'U.A.E.',
  'Dr.', 'Mr.', 'Mrs.', 'Ms.', 'Prof.', 'Sr.', 'Jr.', 'St.', 'Mt.', 'Gen.', 'Col.', 'Lt.', 'Sgt.', 'Capt.',
  'Gov.', 'Sen.', 'Rep.', 'Pres.', 'Rev.', 'Hon.', 'No.', 'vs.', 'etc.', 'e.g.', 'i.e.', 'approx.', 'Inc.', 'Ltd.', 'Corp.', 'Co.',
  'Jan.', 'Feb.', 'Mar.', 'Apr.', 'Jun.', 'Jul.', 'Aug.', 'Sep.', 'Sept.', 'Oct.', 'Nov.', 'Dec.',
];

const known = Array.isArray(naturalAbbreviations) ? naturalAbbreviations : (naturalAbbreviations.knownAbbreviations ?? []);
// Only abbreviations that start with a capital or contain an inner dot: natural matches them anywhere,
// so a lowercase "no." would otherwise swallow the end of "casino." as well.
const abbreviations = [...new Set([...ABBREVIATIONS, ...known])].filter((a) => /^[A-Z]/.test(a) || /\..*\./.test(a));
const tokenizer = new SentenceTokenizer(abbreviations);

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
    if (previous && continuesPrevious(piece)) {
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
    return tokenizer.tokenize(paragraph).map((s) => s.trim()).filter((s) => s !== '');
  } catch {
    return [];
  }
}

function continuesPrevious(piece: string): boolean {
  return /^[a-z,;:)\]]/.test(piece) || piece.replace(/[^\p{L}\p{N}]/gu, '').length < 3;
}

function wholeParagraph(paragraph: string): Sentence[] {
  return paragraph === '' ? [] : [{ text: paragraph, start: 0, end: paragraph.length }];
}
