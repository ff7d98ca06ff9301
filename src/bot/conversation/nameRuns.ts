import { STOP_WORDS } from '../../text/stopWords.ts';

/** A run of capitalised words in a text ("Marco Rubio", "UN Security Council"), with where it stands. */
export interface NameRun {
  /** The name as written, without a possessive ending ("Pakistan" in "Pakistan's"). */
  name: string;
  /** Offset of the name's first character in the text. */
  start: number;
  /** Offset just past the name (before any possessive ending). */
  end: number;
  /** The possessive ending that followed the name ("'s", "’s", "'"), or ''. */
  possessive: string;
  /** Every word of it is written in capitals (UN, ISF, US): an organisation or a country's initials. */
  acronym: boolean;
  /** It follows "the", "a" or "an" ("the UN", "the Foreign Office"): usually a body, not a person or a country. */
  determined: boolean;
}

// Words that start a question or an order; written with a capital only because they come first.
const SENTENCE_STARTERS = new Set([
  'how', 'what', 'which', 'who', 'whom', 'whose', 'when', 'where', 'why', 'whats', 'whos', 'tell', 'show', 'give', 'list',
  'explain', 'describe', 'name', 'summarize', 'summarise', 'find', 'compare', 'please', 'and', 'but', 'so', 'or', 'then',
  'did', 'does', 'do', 'is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'may',
  'might', 'must', 'according', 'in', 'on', 'at', 'by', 'for', 'with', 'about', 'after', 'before', 'since', 'during',
]);

// Calendar words are capitalised but name a time, not who or what a question is about.
const CALENDAR = /^(?:january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i;

// Small words that may stand inside a name between capitalised words ("Secretary of State", "Bosnia and …" is two names).
const INNER_WORDS = new Set(['of', 'de', 'du', 'del', 'da', 'van', 'von', 'al', 'bin', 'ibn']);

const WORD = /[\p{L}\p{N}][\p{L}\p{N}\-.]*(?:['’][\p{L}]+)*['’]?/gu;

interface Word {
  text: string;
  start: number;
  /** The first word of a sentence (of the text, or after . ! ? :). */
  sentenceStart: boolean;
}

function wordsOf(text: string): Word[] {
  const words: Word[] = [];
  for (const match of text.matchAll(WORD)) {
    const start = match.index;
    const before = text.slice(0, start).trimEnd();
    words.push({ text: match[0].replace(/\.+$/, ''), start, sentenceStart: before === '' || /[.!?:]$/.test(before) });
  }
  return words;
}

/** Splits a possessive ending off a word: "Pakistan's" → ["Pakistan", "'s"]. */
function splitPossessive(word: string): [string, string] {
  const match = /^(.*?)(['’]s|['’])$/u.exec(word);
  return match && match[1] !== '' ? [match[1]!, match[2]!] : [word, ''];
}

function isCapitalised(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}

function isAcronym(word: string): boolean {
  return /^\p{Lu}[\p{Lu}\p{N}]+$/u.test(word);
}

/** Whether a capitalised word can be part of a name where it stands. */
function nameWord(word: Word): boolean {
  const [bare] = splitPossessive(word.text);
  if (!isCapitalised(bare)) return false;
  if (isAcronym(bare)) return true;
  const lower = bare.toLowerCase();
  if (CALENDAR.test(lower)) return false;
  if (STOP_WORDS.has(lower)) return false;
  return !(word.sentenceStart && SENTENCE_STARTERS.has(lower));
}

/**
 * The names of a text, in order: runs of capitalised words (a word capitalised only because it starts a
 * sentence, a function word and a calendar word do not count), with "of"-like small words inside
 * ("Secretary of State"). General English capitalisation, no list of the story's names.
 */
export function findNameRuns(text: string): NameRun[] {
  const words = wordsOf(text);
  const runs: NameRun[] = [];
  let i = 0;
  while (i < words.length) {
    if (!nameWord(words[i]!)) {
      i += 1;
      continue;
    }
    let last = i;
    // Extend over capitalised words, and over one small inner word when a capitalised one follows it.
    for (let j = i + 1; j < words.length; j++) {
      const previous = words[j - 1]!;
      if (splitPossessive(previous.text)[1] !== '') break; // "Pakistan's Foreign Office": the name ends at the possessive
      if (text.slice(previous.start + previous.text.length, words[j]!.start).trim() !== '') break; // punctuation between
      if (nameWord(words[j]!) && !words[j]!.sentenceStart) {
        last = j;
        continue;
      }
      if (INNER_WORDS.has(words[j]!.text.toLowerCase()) && words[j + 1] && nameWord(words[j + 1]!)) continue;
      break;
    }
    const first = words[i]!;
    const end = words[last]!;
    const [bareLast, possessive] = splitPossessive(end.text);
    const name = text.slice(first.start, end.start + bareLast.length);
    const before = text.slice(0, first.start).trimEnd();
    runs.push({
      name,
      start: first.start,
      end: end.start + bareLast.length,
      possessive,
      acronym: name.split(/\s+/).every(isAcronym),
      determined: /\b(?:the|a|an)$/i.test(before),
    });
    i = last + 1;
  }
  return runs;
}
