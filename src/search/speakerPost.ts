import { isPersonNoun } from '../text/personNouns.ts';
import { tokenizeWords } from '../text/tokenize.ts';
import type { CorpusDocument } from '../corpus/types.ts';
import type { AnalyzedQuestion } from './analyzeQuestion.ts';
import { namesPost, postPositions } from './postMention.ts';

// What a post's holder said ("what did Pakistan's foreign minister say"): the story reports it only where it names the post.

/**
 * For "what did X say" where X names a post told apart by an ordinary word ("Pakistan's foreign minister", "the chief
 * executive of the Fair Go Alliance"; its head a person noun, see isPersonNoun): true when no sentence of the
 * document names that post (see postPositions). A story quotes a post's holder where it names them with it; a holder
 * it never names said nothing it reports.
 */
export function speakerPostUnnamed(question: AnalyzedQuestion, document: CorpusDocument): boolean {
  let byDocument = postUnnamedOf.get(question);
  if (byDocument === undefined) postUnnamedOf.set(question, (byDocument = new Map()));
  let unnamed = byDocument.get(document);
  if (unnamed === undefined) byDocument.set(document, (unnamed = lookForPost(question, document)));
  return unnamed;
}

/**
 * Answers of speakerPostUnnamed so far, by question and document: the verifier asks for every candidate paragraph,
 * and the answer reads every sentence of the document.
 */
const postUnnamedOf = new WeakMap<AnalyzedQuestion, Map<CorpusDocument, boolean>>();

/** speakerPostUnnamed without the memo. */
function lookForPost(question: AnalyzedQuestion, document: CorpusDocument): boolean {
  const { speaker } = question.frame;
  if (!speaker) return false;
  // The post: before "of", after a possessive ("Pakistan's foreign minister" → "foreign minister").
  const post = speaker.text.replace(/^(?:the|a|an)\s+/iu, '').split(/\s+(?:of|at|for|from|in)\s+/iu)[0]!.split(/['’]s?\s+/u).at(-1)!;
  const postWords = post.split(/\s+/);
  const last = postWords.at(-1)!;
  if (!isPersonNoun(last)) return false;
  const at = (w: string) => question.words.find((q) => q.surface.toLowerCase() === w.toLowerCase());
  const head = at(last);
  if (head === undefined) return false;
  const qualifiers = postWords.slice(0, -1).flatMap((w) => {
    const word = at(w);
    return word && namesPost(word) ? [word] : [];
  });
  // Only a post told apart by an ordinary word ("foreign minister", "chief executive") is checked: a post named by
  // its body alone ("the ACCC boss") the story words with any title ("ACCC chair").
  if (!qualifiers.some((w) => !w.isName)) return false;
  const owners = question.words.filter((w) => w.isName && !w.missing && w !== head && !qualifiers.includes(w) && speaker.terms.includes(w.term));
  return !document.passages.some((passage) => passage.sentences.some((sentence) => postPositions(sentence.text, tokenizeWords(sentence.text), head, qualifiers, owners).length > 0));
}
