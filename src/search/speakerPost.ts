import { termOf } from '../text/analyze.ts';
import { isPersonNoun, nounOfFile, NOUN_GROUP_FILE } from '../text/personNouns.ts';
import { tokenizeWords } from '../text/tokenize.ts';
import type { CorpusDocument } from '../corpus/types.ts';
import type { AnalyzedQuestion, QueryWord } from './analyzeQuestion.ts';
import { bodyShare, headOfNamed, IN_CHARGE_TERMS, postFamilyTerms } from './holderVerb.ts';
import { MIN_OWNER_SHARE, namesPost, postPositions } from './postMention.ts';

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

/** WordNet senses read for whether a qualifier names a body: its most frequent one ("defence" is first an act, not a team). */
const MAIN_SENSE = 1;

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
    // "the GPs' federation president", "the party leader": a noun for a body before the post names whose it is, not which.
    return word && namesPost(word) && !nounOfFile(word.surface, NOUN_GROUP_FILE, MAIN_SENSE) ? [word] : [];
  });
  // A post in charge of a named body ("the leader of the Civic Alliance", "the ACCC boss") the story words with any
  // title ("ACCC chair"): its holder is someone the story puts in charge of the body (see headOfNamed).
  if (!qualifiers.some((w) => !w.isName)) return headUnnamed(question, document, head, speaker.terms);
  const owners = question.words.filter((w) => w.isName && !w.missing && w !== head && !qualifiers.includes(w) && speaker.terms.includes(w.term));
  return !document.passages.some((passage) => passage.sentences.some((sentence) => postPositions(sentence.text, tokenizeWords(sentence.text), head, qualifiers, owners).length > 0));
}

/**
 * For a speaker given as the head of a named body ("the leader of the Civic Alliance"): true when no paragraph of the
 * document puts anyone in charge of it (headOfNamed with the post's family and the in-charge titles). A spokesperson
 * of the body is no leader of it.
 */
function headUnnamed(question: AnalyzedQuestion, document: CorpusDocument, head: QueryWord, speakerTerms: readonly string[]): boolean {
  if (!IN_CHARGE_TERMS.has(head.term)) return false;
  const body = question.words.filter((w) => w.isName && !w.missing && w !== head && speakerTerms.includes(w.term));
  if (body.length === 0) return false;
  const family = postFamilyTerms(head.surface);
  // Only a paragraph that names the body tells who is in charge of it, as holderVerbApart reads a candidate paragraph.
  const whole = body.reduce((sum, w) => sum + w.idf, 0);
  const namesBody = (text: string) => {
    const terms = new Set(tokenizeWords(text).map((t) => termOf(t.normal)));
    return bodyShare(body, terms) >= MIN_OWNER_SHARE * whole;
  };
  return !document.passages.some((passage) => namesBody(passage.text) && headOfNamed(question, passage.sentences, document, body, family, IN_CHARGE_TERMS, false));
}
