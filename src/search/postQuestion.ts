import type { AnalyzedQuestion } from './analyzeQuestion.ts';

// How a question asks who holds a post ("who is the X of Y", "who is Y's X", "what is the name of the X who…"), and
// the reason that repeats its wording when the story does not say.

/** "Who is the president of Pakistan?", "who's the chief executive of the Nursing and Midwifery Union", "Who is Israel's prime minister?": a role of a name, nothing more. */
const ROLE_OF_NAME =
  /^[Ww]ho(?:['’]s|\s+(?:is|was|are|were))\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+\s+(?:of|to|at|for|in)\s+(?:the\s+)?\p{Lu}[\p{L}.-]*(?:\s+(?:(?:and|of|for|&)\s+)?\p{Lu}[\p{L}.-]*)*(?:\s+\p{Ll}[\p{L}-]*){0,2}\s*\??$|^[Ww]ho(?:['’]s|\s+(?:is|was|are|were))\s+(?:the\s+)?(?:\p{Lu}[\p{L}.-]*\s+)*\p{Lu}[\p{L}.-]*['’]s?\s+(?:[\p{L}-]+\s+)?[\p{L}-]+\s*\??$/u;

/** Answers of asksRoleOfName so far: the verifier asks for every candidate paragraph. */
const roleOfNameOf = new WeakMap<AnalyzedQuestion, boolean>();

/** Whether a question asks only for the role of a name, "who is the X of Y" / "who is Y's X" (ROLE_OF_NAME). */
export function asksRoleOfName(question: AnalyzedQuestion): boolean {
  let asks = roleOfNameOf.get(question);
  if (asks === undefined) roleOfNameOf.set(question, (asks = ROLE_OF_NAME.test(question.text)));
  return asks;
}

/** Y of "who is the X of Y" / "who is Y's X" as the user wrote it ("the US State Department", "Israel"). */
export function ownerText(text: string): string | undefined {
  const of = /\s(?:of|to|at|for|in)\s+((?:the\s+)?[^?]+?)\s*\??$/iu.exec(text)?.[1];
  return of ?? /^[Ww]ho(?:['’]s|\s+(?:is|was|are|were))\s+(?:the\s+)?(.+?)['’]s?\s/u.exec(text)?.[1];
}

/** The copula of "who is / are / was / were …" as a reason repeats it ("…who the X of Y were"); "is" for "who's". */
export function copulaOf(text: string): string {
  return /^who\s+(is|are|was|were)\b/iu.exec(text)?.[1]!.toLowerCase() ?? 'is';
}

/** The reason for a post of an owner the story names no holder of: "The story doesn't say who the X of Y is." */
export function unsaidHolderReason(question: AnalyzedQuestion, post: string, owner: string): string {
  return `The story doesn't say who the ${post} of ${owner} ${copulaOf(question.text)}.`;
}

/** "who is the X…", "what is the name of the X…": group 1 is the rest, from X on. */
const POST_QUESTION = /^(?:who(?:['’]s|\s+(?:is|was|are|were))|what(?:['’]s|\s+(?:is|was))\s+the\s+(?:full\s+)?name\s+of)\s+the\s+(.+?)\s*[?.!]*$/iu;

/**
 * Whether a question asks only who holds a post: "who is the X of Y" / "who is Y's X" (ROLE_OF_NAME), "who is the X",
 * "who is the X who/that …" or "what is the name of the X (who …)"; not "who was the oldest quarterback to play…",
 * whose rest is another fact.
 */
export function asksPostOnly(question: AnalyzedQuestion, focusText: string): boolean {
  const { text } = question;
  if (asksRoleOfName(question)) return true;
  const rest = POST_QUESTION.exec(text)?.[1];
  if (rest === undefined || !rest.toLowerCase().startsWith(focusText.toLowerCase())) return false;
  const after = rest.slice(focusText.length).trim();
  if (after === '' || /^(?:who|that)\s/iu.test(after)) return true;
  // "who is the secretary-general of the nepal red cross": an owner typed in lower case, one of its words a name.
  // ("What is the name of the spiritual teacher in Hinduism" may be answered by a word: "guru".)
  if (!/^who/iu.test(text)) return false;
  const owner = /^(?:of|to|at|for|in)\s+(?:the\s+)?((?:[\p{L}'’-]+\s*){1,4})$/iu.exec(after)?.[1];
  return owner !== undefined && owner.split(/\s+/).some((w) => question.words.some((q) => q.isName && q.surface.toLowerCase() === w.toLowerCase()));
}
