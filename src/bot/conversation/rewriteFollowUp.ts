import { AUXILIARY_VERB } from '../../text/auxiliaries.ts';
import { STOP_WORDS } from '../../text/stopWords.ts';
import { findNameRuns, type NameRun } from '../../text/entities.ts';

/** What came before in a conversation: the question last answered and the quotes of its answer. */
export interface PreviousExchange {
  /** The question as it was answered (already rewritten, when it was a follow-up itself). */
  question: string;
  /** The verbatim quotes of its answer, best first. */
  quotes: readonly string[];
}

/** How the rule that rewrote a follow-up read it. */
type FollowUpRule = 'entity' | 'pronoun' | 'question-word';

/** How a message reads in its conversation. */
export type FollowUpReading =
  /** It stands on its own: answer it as typed. */
  | { kind: 'standalone' }
  /** A follow-up, rewritten into a whole question from the user's words and the earlier question. */
  | { kind: 'rewritten'; question: string; rule: FollowUpRule }
  /** "more": the next passages of the last answer. */
  | { kind: 'more' }
  /** A follow-up with nothing (usable) to follow: refuse, with a hint on how to ask. */
  | { kind: 'unfollowable'; hint: string };

// Longest follow-up phrase read as "the thing to ask about instead" ("and the Security Council of the UN?").
const MAX_SWAP_WORDS = 6;
// Longest message with a pronoun that is read as pointing back (longer ones usually carry their own subject).
const MAX_PRONOUN_FOLLOW_UP_WORDS = 14;

const MORE = /^(?:(?:show|give|tell)(?: me)?|(?:any|some|and|a few))?\s*more(?:\s+(?:please|passages|quotes|results|of (?:it|that|them)))?\s*(?:please)?$|^(?:next|next passages|go on|continue|keep going|what else|anything else)$/i;

const QUESTION_WORD = /^(?:and |but |so |ok |okay )?(why|when|where|how|who|whom|how many|how much|how long|how often|since when|by when|until when)(?: (?:exactly|then|so|not|again))?$/i;

// "and China?", "what about India?", "how about the EU?", "what of Russia?", "and for Egypt?".
const SWAP_CUES = [/^(?:and |but |so |ok |okay )?(?:what|how) about (.+)$/i, /^(?:and )?what of (.+)$/i, /^(?:and|or|also) (?:for |with |in |of )?(.+)$/i];

// The words a question starts with: a wh-phrase, or an auxiliary of a yes/no question.
const WH_PHRASE = new RegExp(
  String.raw`^(how (?:many|much|long|often|far|old|big|large)(?: (?!${AUXILIARY_VERB}\b)\p{L}+)?|what(?: (?!${AUXILIARY_VERB}\b)\p{L}+)?|which(?: \p{L}+)?|whom|whose(?: \p{L}+)?|who|when|where|why|how)\b`,
  'iu',
);
const AUXILIARY = new RegExp(String.raw`^${AUXILIARY_VERB}\b`, 'i');

const PERSONAL = new Set(['he', 'she', 'him', 'his', 'her', 'hers']);
const PRONOUNS = new Set([...PERSONAL, 'they', 'them', 'their', 'theirs', 'it', 'its']);
const POSSESSIVE = new Set(['his', 'their', 'its', 'hers', 'theirs']);

/**
 * Reads a message in the light of the conversation's previous exchange. A short follow-up is rewritten into a
 * whole question from the user's own words and the earlier question, by general rules of English, never by
 * rules for one story: "and China?" / "what about India?" swaps the earlier question's main name and keeps
 * its predicate; he/she/they/it (his, their, …) become the main name of the earlier question or, failing
 * that, of its answer; a lone "why?" / "when?" / "how many?" keeps the earlier question and changes its
 * question word. Anything else stands on its own. A follow-up with nothing to follow is not guessed at.
 */
export function readFollowUp(message: string, previous?: PreviousExchange): FollowUpReading {
  const text = message.replace(/\s+/g, ' ').trim();
  const bare = text.replace(/[\s?!.…]+$/u, '').trim();
  if (MORE.test(bare)) return { kind: 'more' };

  const questionWord = QUESTION_WORD.exec(bare);
  if (questionWord) return swapQuestionWord(questionWord[1]!, previous);

  for (const cue of SWAP_CUES) {
    const match = cue.exec(bare);
    if (!match) continue;
    const rest = match[1]!.trim();
    // "and how did he vote?" is a question of its own after an "and": read what follows the "and".
    if (WH_PHRASE.test(rest) || AUXILIARY.test(rest)) return readFollowUp(rest + (/\?$/.test(text) ? '?' : ''), previous);
    if (rest.split(' ').length <= MAX_SWAP_WORDS) return swapEntity(rest, previous);
  }
  // A bare name in reply ("China?") asks the same of it, when there is something to ask the same of.
  if (previous && /\?$/.test(text) && isBareName(bare)) return swapEntity(bare, previous);

  return resolvePronouns(text, previous) ?? { kind: 'standalone' };
}

/** Whether the text is nothing but one name ("China", "Saudi Arabia"). */
function isBareName(text: string): boolean {
  const runs = findNameRuns(text);
  return runs.length === 1 && runs[0]!.start === 0 && runs[0]!.end === text.length;
}

function nothingToFollow(what: string): FollowUpReading {
  return { kind: 'unfollowable', hint: `"${what}" reads as a follow-up, but there is no earlier question here to follow. Ask the whole question, naming who or what you mean.` };
}

/** "why?" after "How did Pakistan vote on the resolution?" → "Why did Pakistan vote on the resolution?". */
function swapQuestionWord(word: string, previous: PreviousExchange | undefined): FollowUpReading {
  if (!previous) return nothingToFollow(`${word}?`);
  const question = previous.question.trim().replace(/[?.!\s]+$/u, '');
  const wanted = word.toLowerCase();
  const wh = WH_PHRASE.exec(question);
  let body: string | undefined;
  if (wh) body = question.slice(wh[0].length).trim();
  else if (AUXILIARY.test(question)) body = question;
  if (body === undefined || body === '') {
    return { kind: 'unfollowable', hint: `I couldn't tell what "${word}?" asks about "${previous.question}". Ask the whole question.` };
  }
  const rest = body === question ? lowerFirst(body) : body;
  return { kind: 'rewritten', question: `${upperFirst(wanted)} ${rest}?`, rule: 'question-word' };
}

/** "and China?" after "How did Pakistan vote on the UN resolution?" → "How did China vote on the UN resolution?". */
function swapEntity(phrase: string, previous: PreviousExchange | undefined): FollowUpReading {
  if (!previous) return nothingToFollow(`${phrase}?`);
  const replacement = asName(phrase);
  // "the EU" is initials after "the": compared as "EU", and put in as "EU" where a "the" stands already.
  const core = replacement.replace(/^(?:the|a|an) /i, '');
  const target = mainName(findNameRuns(previous.question), core);
  if (!target) {
    return { kind: 'unfollowable', hint: `I couldn't tell what "${phrase}" should replace in "${previous.question}". Ask the whole question.` };
  }
  if (target.name.toLowerCase() === core.toLowerCase()) return { kind: 'rewritten', question: previous.question, rule: 'entity' };
  const question = previous.question.slice(0, target.start) + (target.determined ? core : replacement) + previous.question.slice(target.end);
  return { kind: 'rewritten', question: ensureQuestionMark(question), rule: 'entity' };
}

/**
 * The name a follow-up replaces or a pronoun stands for: of the same shape as the replacement when there is
 * one (initials for initials), a bare name ("Pakistan") before one after "the" ("the UN"), the first of those.
 */
function mainName(runs: readonly NameRun[], replacement?: string): NameRun | undefined {
  if (runs.length === 0) return undefined;
  const shaped = replacement === undefined ? runs : runs.filter((r) => r.acronym === /^[\p{Lu}\p{N}\s]+$/u.test(replacement));
  const pool = shaped.length > 0 ? shaped : runs;
  return pool.find((r) => !r.determined) ?? pool[0];
}

/** The user's phrase as a name: a phrase of content words typed in lower case gets its capitals ("china" → "China"). */
function asName(phrase: string): string {
  const words = phrase.split(' ');
  const contentOnly = words.length <= 3 && words.every((w) => !STOP_WORDS.has(w.toLowerCase()));
  return contentOnly && phrase === phrase.toLowerCase() ? words.map(upperFirst).join(' ') : phrase;
}

/** "who is he?" after "What did Rubio say?" → "who is Rubio?"; undefined when the message has no such pronoun. */
function resolvePronouns(text: string, previous: PreviousExchange | undefined): FollowUpReading | undefined {
  const words = text.split(' ');
  const pronouns = words.map((w) => w.toLowerCase().replace(/[^\p{L}]/gu, '')).filter((w) => PRONOUNS.has(w));
  if (pronouns.length === 0 || words.length > MAX_PRONOUN_FOLLOW_UP_WORDS) return undefined;
  // A message that names someone itself, or is not a question, stands on its own ("Did Pakistan say it would?").
  if (findNameRuns(text).length > 0) return undefined;
  if (!/\?$/.test(text) && !WH_PHRASE.test(text) && !AUXILIARY.test(text)) return undefined;
  if (!previous) return nothingToFollow(text.replace(/\?+$/, ''));
  const personal = pronouns.some((p) => PERSONAL.has(p));
  const referent = referentOf(previous, personal);
  if (!referent) return { kind: 'unfollowable', hint: `I couldn't tell who or what "${pronouns[0]}" means here. Ask again with the name.` };
  const rewritten = text.replace(/\p{L}+(?=(\s+\p{L}+)?)/gu, (word: string, next: string | undefined) => {
    const lower = word.toLowerCase();
    if (!PRONOUNS.has(lower)) return word;
    // "her" before a content word is possessive ("her role"); before anything else it is the object ("ask her").
    const possessive = POSSESSIVE.has(lower) || (lower === 'her' && next !== undefined && !STOP_WORDS.has(next.trim().toLowerCase()));
    return possessive ? `${referent}'s` : referent;
  });
  return { kind: 'rewritten', question: ensureQuestionMark(upperFirst(rewritten)), rule: 'pronoun' };
}

/**
 * Who a pronoun points back to: the main name of the previous question; else the name its answer's quotes
 * repeat most (the first of them on a tie), a person being named by neither initials nor "the …".
 */
function referentOf(previous: PreviousExchange, personal: boolean): string | undefined {
  const inQuestion = mainName(findNameRuns(previous.question));
  if (inQuestion) return inQuestion.name;
  const runs = previous.quotes.flatMap((quote) => findNameRuns(quote));
  const people = personal ? runs.filter((r) => !r.acronym && !r.determined) : runs;
  const pool = people.length > 0 ? people : runs;
  const counts = new Map<string, number>();
  for (const run of pool) counts.set(run.name, (counts.get(run.name) ?? 0) + 1);
  let best: string | undefined;
  for (const [name, count] of counts) if (best === undefined || count > counts.get(best)!) best = name;
  return best;
}

function ensureQuestionMark(question: string): string {
  const trimmed = question.trim().replace(/[.!\s]+$/u, '');
  return /\?$/.test(trimmed) ? trimmed : `${trimmed}?`;
}

function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function lowerFirst(text: string): string {
  const [first] = text.split(' ');
  // Keep the capitals of a name or initials that starts the question ("US …").
  return first && /^\p{Lu}[\p{Ll}]/u.test(first) && AUXILIARY.test(first) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}
