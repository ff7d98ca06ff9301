import { isPersonNoun } from '../text/personNouns.ts';
import { tokenizeWords } from '../text/tokenize.ts';
import type { AnalyzedQuestion } from './analyzeQuestion.ts';
import { sentenceWordTerms } from './analyzePassage.ts';
import { listWords } from './decideAnswerable.ts';
import { nameSpans } from './holderNames.ts';
import { holderVerbApart, holderVerbOf } from './holderVerb.ts';
import { namesPost, postBesideOwners, postPositions } from './postMention.ts';
import { asksPostOnly, asksRoleOfName, ownerText, unsaidHolderReason } from './postQuestion.ts';
import type { FramePhrase } from './questionFrame.ts';
import type { RankedPassage } from './rankPassages.ts';

// Who holds a post ("who is Ireland's finance minister", "who heads the commission"): the answer is a person the
// story names beside the post, with the post's qualifier ("finance", not "agriculture"), and not as another body's
// ("Veldmark's chief executive" is no answer for Brennan's).

/**
 * Most words between a post and the person who holds it ("chief executive, Pieter de Wolff,", "Marchetti, the
 * judge who…"): set by hand, the span of an apposition or a title before a name.
 */
const HOLDER_SPAN = 5;

/**
 * For a question asking who holds a post, the refusal reason when the paragraph does not name a holder of it:
 * - "who is the X of Y" / "who is Y's X" (see ownerApart): X not beside most of Y, or Y absent from the paragraph and
 *   its context (`absentNames`: the indices of the question's names neither hold);
 * - "who is the X (of Y)" / "who is Y's X" with X a person noun (WordNet; see asksPostOnly): no sentence with X, its
 *   qualifiers within ROLE_SPAN ("finance minister", not "agriculture minister"; order words aside), a name the
 *   question lacks within HOLDER_SPAN, and X not written as another named body's ("Veldmark's chief executive" for
 *   Brennan's);
 * - "who heads / leads / runs / founded Y": see holderVerbApart.
 * Undefined when the paragraph names one, or the question asks no post.
 */
export function roleHolderApart(question: AnalyzedQuestion, candidate: RankedPassage, absentNames: readonly number[]): string | undefined {
  if (question.answerType !== 'name') return undefined;
  const { focus } = question.frame;
  const post = focus?.role === 'attribute' && !focus.generic ? focus : undefined;
  const owner = post && asksRoleOfName(question) ? ownerApart(question, candidate, post, absentNames) : undefined;
  if (post && owner) return unsaidHolderReason(question, post.text, owner);
  const verb = holderVerbOf(question.text);
  if (verb) return holderVerbApart(question, candidate, verb);
  return post && asksPostOnly(question, post.text) ? holderApart(question, candidate, post) : undefined;
}

/**
 * For "who is the X of Y" / "who is Y's X": undefined when a sentence of the paragraph has the role X within a few
 * words of most of Y's information ("Foreign Office spokesperson Tahir Andrabi"; see postBesideOwners), or Y is not
 * in the paragraph at all (it is context: the title, the paragraph before); else Y as the user wrote it.
 * The paragraph that says "President Donald Trump" and, clauses away, "Pakistan's offer" does not name Pakistan's
 * president.
 */
function ownerApart(question: AnalyzedQuestion, candidate: RankedPassage, post: FramePhrase, absentNames: readonly number[]): string | undefined {
  const { words } = question;
  // "the spokesperson of the US State Department" where neither the paragraph nor its context names the US: a
  // role of another body ("Foreign Office spokesperson") is no answer, however the share of names came out.
  if (absentNames.some((i) => !post.terms.includes(words[i]!.term))) return ownerText(question.text) ?? listWords(absentNames.map((i) => words[i]!), 'and');
  const head = words.find((w) => w.term === post.head);
  // Only names the paragraph has: one it lacks is context from the title or the paragraph before.
  const owners = words.filter((w, i) => w.isName && !w.missing && !post.terms.includes(w.term) && candidate.wordWeights[i]! > 0);
  if (head === undefined || owners.length === 0) return undefined;
  const near = candidate.indexed.sentences.some((sentence) => postBesideOwners(sentenceWordTerms(sentence), head, owners));
  return near ? undefined : (ownerText(question.text) ?? listWords(owners, 'and'));
}

/** For a question that asks only who holds a post (asksPostOnly): the reason when no sentence names a holder beside it (see roleHolderApart). */
function holderApart(question: AnalyzedQuestion, candidate: RankedPassage, post: FramePhrase): string | undefined {
  const headWord = question.words.find((w) => w.term === post.head);
  const lastWord = post.text.split(/\s+/).at(-1)!.replace(/['’]s?$/, '');
  if (headWord === undefined || !isPersonNoun(lastWord)) return undefined;
  const qualifiers = question.words.filter((w) => post.terms.includes(w.term) && w !== headWord && !w.isName && namesPost(w));
  const owners = question.words.filter((w) => w.isName && !w.missing);
  const held = candidate.indexed.sentences.some((sentence) => {
    const tokens = tokenizeWords(sentence.text);
    // Any name the question lacks may hold a post ("the largest shareholder, Aldgate Capital").
    const holders = nameSpans(sentence.text, tokens, question, () => true);
    return postPositions(sentence.text, tokens, headWord, qualifiers, owners).some((k) => holders.some(([from, to]) => (from > k ? from - k : k - to) <= HOLDER_SPAN));
  });
  if (held) return undefined;
  const owner = asksRoleOfName(question) ? ownerText(question.text) : undefined;
  if (owner) return unsaidHolderReason(question, post.text, owner);
  const from = question.text.toLowerCase().indexOf(post.text.toLowerCase());
  return `The story doesn't name the ${question.text.slice(from).replace(/[\s?.!]+$/, '')}.`;
}

