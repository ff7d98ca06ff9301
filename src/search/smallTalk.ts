import { chatShorthand, withinOneEdit } from '../text/commonWordTypos.ts';
import { AUXILIARY_VERB } from '../text/auxiliaries.ts';
import { foldWord } from '../text/tokenize.ts';

/** What a small-talk message does: greets, thanks, asks who the bot is or for help, says goodbye, or acknowledges. */
export type SmallTalkKind = 'greeting' | 'thanks' | 'identity' | 'help' | 'farewell' | 'acknowledgement';

/**
 * Phrases of small talk, by kind, as folded words. A message is small talk when all its words are covered by
 * these phrases and the filler words below (a greeting then a question is a question, not small talk).
 */
const PHRASES: Readonly<Record<SmallTalkKind, readonly string[]>> = {
  greeting: ['hi', 'hello', 'hey', 'hiya', 'howdy', 'yo', 'greetings', 'good morning', 'good afternoon', 'good evening', 'good day', 'morning', 'evening', 'whats up', 'what is up', 'sup', 'how are you', 'how are you doing', 'how is it going', 'hows it going', 'how do you do', 'nice to meet you'],
  thanks: ['thanks', 'thank you', 'thank', 'thankyou', 'cheers', 'much appreciated', 'appreciate it', 'great thanks', 'thanks a lot', 'many thanks'],
  identity: ['who are you', 'what are you', 'are you a bot', 'are you a robot', 'are you a machine', 'are you an ai', 'are you a person', 'are you human', 'are you a human', 'are you real', 'what is your name', 'whats your name', 'who made you', 'who built you', 'what can you do', 'what do you do', 'what is this', 'what is this bot', 'introduce yourself'],
  help: ['help', 'help me', 'can you help', 'can you help me', 'i need help', 'how does this work', 'how do i use this', 'how do i use you', 'what should i ask', 'what can i ask', 'commands', 'usage', 'menu', 'options'],
  farewell: ['bye', 'goodbye', 'good bye', 'see you', 'see ya', 'later', 'good night', 'goodnight', 'ciao'],
  acknowledgement: ['ok', 'okay', 'k', 'cool', 'nice', 'got it', 'i see', 'sure', 'alright', 'lol', 'haha', 'fine', 'yes', 'no', 'yep', 'nope', 'wow', 'good bot', 'well done', 'nice one', 'good one', 'makes sense', 'that helps', 'that helped', 'good to know', 'sounds good', 'fair enough', 'no worries', 'no problem', 'all good', 'never mind', 'nevermind', 'my bad'],
};

/**
 * Adjectives of praise a reader reacts to an answer with, alone or as "that's helpful", "this is really useful",
 * "you're brilliant" (the pronoun and copula are fillers): general English evaluation words, read as acknowledgement.
 */
const PRAISE = ['great', 'awesome', 'perfect', 'interesting', 'good', 'helpful', 'useful', 'clear', 'excellent', 'amazing', 'brilliant', 'fantastic', 'wonderful', 'informative', 'handy', 'lovely', 'terrific', 'superb', 'neat', 'thorough'];

// Chat shorthand ("thx", "ty", "u") is read as its word before these lists are looked at (see detectSmallTalk).

/** Words that may stand around small talk without making it a question ("hi there", "thanks so much, bot"). */
const FILLER = new Set(['there', 'so', 'very', 'much', 'again', 'all', 'everyone', 'folks', 'team', 'bot', 'isf', 'isfbot', 'buddy', 'friend', 'mate', 'guys', 'oh', 'ah', 'um', 'well', 'please', 'just', 'a', 'lot', 'for', 'that', 'the', 'info', 'information', 'answer', 'it', 'you', 'ya', 'really',
  // The pronoun and copula of a reaction ("that's helpful", "it was great", "you're the best"), folded without apostrophes.
  'this', 'is', 'was', 'thats', 'its', 'youre', 'super', 'quite', 'extremely', 'indeed']);

/** A question opening with an auxiliary and closing with a question mark ("is it clear?"). */
const YES_NO_QUESTION = new RegExp(String.raw`^(?:${AUXILIARY_VERB})\b[\s\S]*\?$`, 'i');

/** Longest message read as small talk, in words: anything longer is a question. */
const MAX_SMALL_TALK_WORDS = 8;

const phraseList = [...Object.entries(PHRASES), ['acknowledgement', PRAISE] as const].flatMap(([kind, phrases]) => phrases.map((p) => ({ kind: kind as SmallTalkKind, words: p.split(' ') })));
// Longest phrases first, so "thank you" wins over "thank".
phraseList.sort((a, b) => b.words.length - a.words.length);
const SMALL_TALK_WORDS = new Set(phraseList.flatMap((p) => p.words));

/** The kind of small talk a message is, or undefined when it is (or holds) a question about something. */
export function detectSmallTalk(text: string): SmallTalkKind | undefined {
  // Chat shorthand is read as the word it stands for ("who r u").
  const written = (text.match(/[\p{L}\p{N}']+/gu) ?? []).map((w) => chatShorthand(foldWord(w)) ?? w);
  if (written.length === 0 || written.length > MAX_SMALL_TALK_WORDS) return undefined;
  const words: string[] = [];
  for (const w of written) {
    const word = repairSmallTalkWord(foldWord(w).replace(/'/g, ''));
    // A word no phrase or filler holds is never covered: the message is a question (spares the other repairs).
    if (!SMALL_TALK_WORDS.has(word) && !FILLER.has(word)) return undefined;
    words.push(word);
  }
  const kinds: SmallTalkKind[] = [];
  let i = 0;
  while (i < words.length) {
    const phrase = phraseList.find((p) => p.words.every((w, k) => words[i + k] === w));
    if (phrase) {
      kinds.push(phrase.kind);
      i += phrase.words.length;
    } else if (FILLER.has(words[i]!)) i += 1;
    else return undefined;
  }
  // The most telling kind: a request for help or identity outweighs the greeting around it.
  const kind = (['help', 'identity', 'thanks', 'farewell', 'greeting', 'acknowledgement'] as const).find((k) => kinds.includes(k));
  // "is it clear?", "was that good?": a yes/no question, not a reaction to an answer.
  if (kind === 'acknowledgement' && YES_NO_QUESTION.test(text.trim())) return undefined;
  return kind;
}

/** A misspelt small-talk word ("thnks", "helo") repaired to the word it is one edit from. */
function repairSmallTalkWord(word: string): string {
  if (SMALL_TALK_WORDS.has(word) || FILLER.has(word) || word.length < 4) return word;
  for (const known of SMALL_TALK_WORDS) if (known.length >= 4 && withinOneEdit(word, known)) return known;
  return word;
}

/** The bot's reply to small talk: short and friendly, saying what it can do; never a story quote. */
export function smallTalkReply(kind: SmallTalkKind): string {
  const offer = 'I answer questions about the stories in my corpus by quoting them, with sources. Try a question, or /isf status for where the story stands.';
  switch (kind) {
    case 'greeting':
      return `Hello! ${offer}`;
    case 'thanks':
      return "You're welcome! Ask me anything else about the story.";
    case 'farewell':
      return 'Goodbye! Ask again any time.';
    case 'acknowledgement':
      return `Got it. ${offer}`;
    case 'identity':
      return `I'm isf-bot. ${offer} When the story doesn't say, I tell you so instead of guessing.`;
    case 'help':
      return `${offer} Commands: /isf ask <question>, /isf status, /isf search <words>, /isf sources, /isf help.`;
  }
}
