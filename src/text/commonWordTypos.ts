import { closestOrdinaryWord, wordKind } from './englishWords.ts';
import { ordinalWord } from './numberWords.ts';
import { foldWord } from './tokenize.ts';

/**
 * The words people type most in questions and chat, most frequent first: question words, auxiliaries,
 * pronouns, prepositions, and the verbs of asking. A misspelt one ("wat", "sai", "teh") is repaired to the
 * first word of this list within one edit, so it is neither searched for nor echoed in a refusal.
 */
const COMMON_WORDS = [
  'what', 'who', 'when', 'where', 'why', 'how', 'which', 'whom', 'whose', 'the', 'did', 'does', 'do', 'is', 'are', 'was',
  'were', 'say', 'said', 'says', 'tell', 'told', 'about', 'many', 'much', 'has', 'have', 'had', 'will', 'would', 'can',
  'could', 'should', 'with', 'from', 'for', 'and', 'that', 'this', 'there', 'their', 'they', 'them', 'then', 'than', 'into',
  'after', 'before', 'against', 'between', 'because', 'been', 'being', 'any', 'some', 'other', 'over', 'under', 'again',
  'thanks', 'thank', 'hello', 'please', 'help', 'you', 'your', 'know', 'think', 'vote', 'voted', 'happen', 'happened',
  'need', 'needs', 'make', 'made', 'take', 'used', 'also', 'only', 'most', 'more', 'first', 'last', 'does', 'done',
];

/** Chat shorthand for common words ("u" → "you", "thx" → "thanks"). */
const SHORTHAND: Readonly<Record<string, string>> = {
  u: 'you', ur: 'your', r: 'are', pls: 'please', plz: 'please', thx: 'thanks', thnx: 'thanks', ty: 'thanks', abt: 'about',
  ppl: 'people', bc: 'because', cuz: 'because', b4: 'before', wut: 'what', wat: 'what', wot: 'what', hw: 'how', y: 'why',
  acc: 'according', w: 'with',
};

const COMMON_SET = new Set(COMMON_WORDS);

/** The common word a piece of chat shorthand stands for ("u" → "you"), or undefined. */
export function chatShorthand(folded: string): string | undefined {
  return Object.hasOwn(SHORTHAND, folded) ? SHORTHAND[folded] : undefined;
}

/** Shortest word repaired to the nearest ordinary English word: shorter ones have too many neighbours. */
const MIN_SPELLING_REPAIR = 6;

/**
 * Repairs misspelt words in a question, leaving every other word as typed: a lower-case word is repaired only
 * when the corpus does not contain it (`known`) and general English does not know it as an ordinary word, to
 * a common word one edit away, chat shorthand's meaning, an ordinal's word ("2nd" → "second"), or (6 letters or
 * more, unknown to English) the nearest ordinary word. Returns the text with the repairs in place.
 */
export function repairCommonWordTypos(text: string, known: (folded: string) => boolean): string {
  // Whole words, contractions included ("shouldn't" is not "shouldn" and "t").
  return text.replace(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu, (word) => {
    const folded = foldWord(word);
    if (/['’]/.test(word) || word !== word.toLowerCase()) return word;
    if (COMMON_SET.has(folded) || known(folded)) return word;
    const shorthand = chatShorthand(folded);
    if (shorthand !== undefined) return shorthand;
    // "2nd" is searched as "second", unless the corpus writes ordinals with digits too (it then has "nd").
    const ordinal = ordinalWord(folded);
    if (ordinal !== undefined && !known(folded.replace(/^\d+/, ''))) return ordinal;
    // A lower-case word known only as a name ("wil") is a slip too; an ordinary word is left alone.
    if (folded.length < 3 || /\d/.test(folded) || wordKind(folded) === 'ordinary') return word;
    const repaired = COMMON_WORDS.find((common) => common.length >= 3 && withinOneEdit(folded, common));
    if (repaired) return repaired;
    // A longer misspelt ordinary word ("guarentee") is read as the word it is a slip of.
    return folded.length >= MIN_SPELLING_REPAIR && wordKind(folded) === 'unknown' ? (closestOrdinaryWord(folded) ?? word) : word;
  });
}

/** Whether two words differ by at most one insertion, deletion, substitution or swap of neighbours. */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}
