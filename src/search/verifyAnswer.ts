import { isSpeakingVerb } from '../text/reportedSpeech.ts';
import { foldWord } from '../text/tokenize.ts';
import { clipText } from '../text/fitText.ts';
import { hedgesVerb } from '../text/lightWords.ts';
import { oppositesOf } from '../text/antonyms.ts';
import { DENIAL, EXCESS_DENIAL, NOT_YET, PRECONDITION } from '../text/negation.ts';
import { degreeWord, marketReaction, namesMarket, type AnswerType } from '../text/answerTypes.ts';
import type { AnalyzedQuestion, QueryWord } from './analyzeQuestion.ts';
import { answerCoverage, article, listWords, MIN_COVERAGE, MIN_COVERAGE_OF_SEVERAL } from './decideAnswerable.ts';
import type { RankedPassage } from './rankPassages.ts';
import { namesApartFromNumber } from './tiedFiller.ts';
import { missingAmountKind, writtenNames } from './amountKind.ts';
import { ageReason, missingAge } from './ageAsked.ts';
import { missingBecomingDate } from './becomingDate.ts';
import { fillerOfAnother } from './fillerOwner.ts';
import { givesAskedClockTime, missingDatePrecision } from './datePrecisionAsked.ts';
import { countsOtherThings } from './countedNoun.ts';
import { AUXILIARY_VERB } from '../text/auxiliaries.ts';
import { predicateApart } from './predicateApart.ts';
import { ageSubject, asksLength } from '../text/amounts.ts';
import { roleHolderApart } from './roleHolder.ts';
import { shareMissing } from './shareMissing.ts';
import { namesHeld, previousParagraphTerms, type TermLookup } from './namesHeld.ts';
import { unnamedMention } from './unnamedMention.ts';
import { unreportedSpeech } from './speechHeld.ts';
import { onlyPastFillers } from './pastFillers.ts';
import { deniedPremise } from './deniedPremise.ts';
import { onlyExcludedNamed } from './besidesNamed.ts';
import { undecidedAnswer } from './undecidedAnswer.ts';

/**
 * How many of the best-ranked paragraphs are tried before the question is refused: the first that holds
 * what was asked is the answer. Five covers the ranking's hit@3 of about 97% on XQuAD; more only adds
 * loosely related paragraphs that happen to pass.
 */
export const CANDIDATES_VERIFIED = 5;

/**
 * Share of the best evidence (RankedPassage.evidence: the score without the features that only order passages) a
 * lower-ranked paragraph needs to be given as the answer when a better-ranked one fails verification. XQuAD: without
 * a floor, 16 of 18 promoted answers were wrong paragraphs; a paragraph scoring near the best is a close call of the
 * ranking, one far below it a loose match.
 */
export const MIN_PROMOTED_SCORE = 0.85;

/**
 * Least evidence (RankedPassage.evidence: the score as a share of the highest the weights allow) a verified paragraph
 * needs to be given as the answer. Fitted on the bench's XQuAD off-corpus protocol (half the articles indexed,
 * questions about the other half): at 0.30 off-corpus refusals rose from 69.1% to 71.4% with in-corpus refusals
 * unchanged (1.8%), one more XQuAD answerable refused (1.3% → 1.4%); checked article-disjoint on the SQuAD 2.0
 * article (false refusals unchanged at 3.0%, they rise above 0.31). `npm run tune` reprints the sweep.
 */
export const MIN_EVIDENCE = 0.3;

/** Sentences on each side of the best one that make up the window a constraint may stand in. */
export const WINDOW_RADIUS = 1;

/**
 * Share of the information of the question's names that may be missing from a paragraph with several names
 * in the question ("the last Ice Age" where the paragraph says "the Ice Age"); with one name, it must be there.
 * Set on XQuAD: below a half, false refusals rose by a point; above, near-misses about a second country passed.
 */
export const MAX_ABSENT_NAME_SHARE = 0.5;

/** Why a question is refused: the verifier's finding, for logs, reports and tests. */
export type RefusalKind =
  | 'empty'
  | 'no-words'
  | 'missing-name'
  | 'missing-focus'
  | 'missing-subject'
  | 'no-speech'
  | 'speech-off-topic'
  | 'no-filler'
  | 'names-apart'
  | 'low-coverage'
  | 'weak-evidence'
  | 'opposite'
  | 'denied'
  | 'past-only'
  | 'undecided'
  | 'role-apart'
  | 'missing-predicate'
  | 'small-talk';

/** The verdict on a question: the passage that answers it, or a refusal with its reason in plain English. */
export type Verdict =
  | { answered: true; passage: RankedPassage }
  | { answered: false; kind: RefusalKind; reason: string };

/** The result of checking one paragraph: it answers, or what it lacks. */
type Check = { ok: true } | { ok: false; kind: RefusalKind; reason: string };

/**
 * Checks that a paragraph's sentence window holds what the question asks, before it is given as the answer:
 * the question's names (in the paragraph or its document's title), its focus (in the window), a filler of the
 * expected answer type (a number for "how many", a date for "when", a name for "who", reported speech by the
 * named speaker for "what did X say") and enough of the question's information. Tries the best-ranked
 * paragraphs in order; when none holds the answer, the reason names what the best one lacks. `minEvidence` is for
 * `npm run tune`'s sweep.
 */
export function verifyAnswer(question: AnalyzedQuestion, ranked: readonly RankedPassage[], minEvidence = MIN_EVIDENCE): Verdict {
  let first: Check | undefined;
  let withNames: Check | undefined;
  // The speaker is quoted, only not on the topic asked: the sharper reason ("…said about Riga").
  let offTopic: Check | undefined;
  const top = ranked[0]?.evidence ?? 0;
  const asks = questionForm(question);
  const termsBefore = previousParagraphTerms(ranked);
  for (const [rank, candidate] of ranked.slice(0, CANDIDATES_VERIFIED).entries()) {
    const check = checkPassage(question, candidate, asks, () => termsBefore(candidate));
    if (check.ok && candidate.evidence >= MIN_PROMOTED_SCORE * top) {
      if (candidate.evidence < minEvidence) return { answered: false, kind: 'weak-evidence', reason: weakEvidenceReason(question, candidate) };
      return { answered: true, passage: candidate };
    }
    if (rank === 0) first = check;
    // The reason is best told by a paragraph that has the question's names ("no number for Egypt").
    if (!check.ok && check.kind !== 'names-apart') withNames ??= check;
    if (!check.ok && check.kind === 'speech-off-topic') offTopic ??= check;
  }
  if (first && !first.ok && offTopic) first = offTopic;
  if (first && !first.ok && first.kind === 'names-apart' && withNames) first = withNames;
  if (!first || first.ok) return { answered: false, kind: 'low-coverage', reason: `The story doesn't say anything about ${listWords(question.words) || 'that'}.` };
  return { answered: false, kind: first.kind, reason: first.reason };
}

/** Longest quote of an undecided sentence in a reason (set by hand: about two lines of chat). */
const UNDECIDED_QUOTE_LENGTH = 160;

/** Question words the reason names for weak evidence, the rarest first, those the paragraph lacks before others (set by hand: two keep it short). */
const WEAK_EVIDENCE_WORDS = 2;

/** "The story doesn't say anything about <the rarest question words the paragraph lacks>." (never a score). */
function weakEvidenceReason(question: AnalyzedQuestion, candidate: RankedPassage): string {
  const byRarity = [...question.words].sort((a, b) => b.idf - a.idf);
  const lacking = byRarity.filter((w) => !candidate.matched.includes(w));
  const named = (lacking.length > 0 ? lacking : byRarity).slice(0, WEAK_EVIDENCE_WORDS);
  return `The story doesn't say anything about ${listWords(named) || 'that'}.`;
}

/** What the wording of a question asks, read once for all the paragraphs tried (see verifyAnswer). */
interface QuestionForm {
  /** It asks yes or no (YES_NO). */
  yesNo: boolean;
}

function questionForm(question: AnalyzedQuestion): QuestionForm {
  return { yesNo: YES_NO.test(question.text) };
}

/** Checks one paragraph (see verifyAnswer); `beforeTerms` gives the index terms of the paragraph before it. */
function checkPassage(question: AnalyzedQuestion, candidate: RankedPassage, asks: QuestionForm, beforeTerms: () => TermLookup): Check {
  const { words, frame, answerType } = question;
  const names = words.flatMap((w, i) => (w.isName && !w.missing ? [i] : []));
  const informationOf = (indices: readonly number[]) => indices.reduce((sum, i) => sum + words[i]!.idf, 0);
  const window = windowOf(candidate);
  if (frame.speaker && answerType === 'statement') {
    const unreported = unreportedSpeech(question, frame.speaker, candidate, window, beforeTerms);
    if (unreported) return { ok: false, ...unreported };
  }
  // "How did Lisboa Nova shares react": a paragraph that names no shares or stock tells nothing of how they moved.
  const market = marketReaction(question.text);
  if (market && !namesMarket(candidate.indexed.passage.text)) {
    return { ok: false, kind: 'low-coverage', reason: `The story doesn't say how ${market.subject} moved.` };
  }
  const { held, absent: absentNames } = namesHeld(question, candidate, names, beforeTerms);
  if (absentNames.length > 0 && (names.length === 1 || informationOf(absentNames) >= MAX_ABSENT_NAME_SHARE * informationOf(names))) {
    const present = held.map((i) => words[i]!);
    const absent = absentNames.map((i) => words[i]!);
    return { ok: false, kind: 'names-apart', reason: present.length > 0 ? `The story doesn't mention ${listWords(absent)} in connection with ${listWords(present)}.` : `The story doesn't say anything about ${listWords(absent)} that answers this.` };
  }
  const namesText = listWords(names.map((i) => words[i]!), 'and');
  const sentences = window.map((s) => candidate.indexed.sentences[s]!);
  const { yesNo } = asks;
  // A yes/no question is answered by a passage that says the opposite ("is it permanent?" → "temporary").
  // "Why can't they commit yet?" is answered by what must come first ("…before we can ask anybody to commit"),
  // "why can't it rise?" by an excess that rules it out ("too little fuel to raise itself").
  const answersNegation = (text: string) => DENIAL.test(text) || EXCESS_DENIAL.test(text) || (NOT_YET.test(question.text) && PRECONDITION.test(text));
  if (question.negated && !yesNo && !sentences.some((s) => answersNegation(s.text))) {
    return { ok: false, kind: 'opposite', reason: "The story doesn't say that: the closest passage doesn't state it in the negative." };
  }
  const opposite = yesNo || question.negated ? undefined : opposedWord(question, candidate, window);
  if (opposite) return { ok: false, kind: 'opposite', reason: `The story doesn't say anything ${opposite.surface}: the closest passage says the opposite.` };
  const undecided = yesNo ? undecidedAnswer(question, candidate) : undefined;
  if (undecided) return { ok: false, kind: 'undecided', reason: `The story says this is not yet decided or known: “${clipText(undecided, UNDECIDED_QUOTE_LENGTH)}”` };
  const holder = roleHolderApart(question, candidate, absentNames);
  if (holder) return { ok: false, kind: 'role-apart', reason: holder };
  const denied = yesNo ? undefined : deniedPremise(question, sentences.map((x) => x.text));
  if (denied) return { ok: false, kind: 'denied', reason: `The story doesn't say ${ASKED[answerType]}: the closest passage says “${denied}”.` };
  if (!fillerInParagraph(answerType, candidate, question)) return { ok: false, kind: 'no-filler', reason: noFillerReason(answerType, question, namesText) };
  const amountReason = missingAge(question, candidate) ?? missingAmountKind(question, candidate) ?? missingDatePrecision(question, candidate) ?? missingBecomingDate(question, candidate);
  if (amountReason) return { ok: false, kind: 'no-filler', reason: amountReason };
  const shareReason = shareMissing(question, candidate);
  if (shareReason) return { ok: false, kind: 'no-filler', reason: shareReason };
  const otherThings = countsOtherThings(question, candidate);
  if (otherThings) return { ok: false, kind: 'no-filler', reason: `The story doesn't give a number of ${otherThings}${namesText ? ` for ${namesText}` : ''}.` };
  if (fillerOfAnother(question, candidate)) return { ok: false, kind: 'no-filler', reason: noFillerReason(answerType, question, writtenNames(question)) };
  const apart = namesApartFromNumber(question, candidate);
  if (apart.length > 0) return { ok: false, kind: 'no-filler', reason: noFillerReason(answerType, question, listWords(apart, 'and')) };
  if (onlyPastFillers(question, candidate)) {
    return { ok: false, kind: 'past-only', reason: `The story doesn't say ${ASKED[answerType]} for what is to come: the closest ${answerType === 'number' ? 'figure' : 'date'} is about the past.` };
  }
  const excluded = onlyExcludedNamed(question, candidate, window);
  if (excluded) return { ok: false, kind: 'no-filler', reason: excluded };
  const unnamed = ['name', 'place', 'none'].includes(answerType) ? unnamedMention(question, candidate, window) : undefined;
  if (unnamed) return { ok: false, kind: 'no-filler', reason: unnamed };
  const predicate = predicateApart(question, candidate);
  if (predicate) return { ok: false, kind: 'missing-predicate', reason: `The story doesn't say ${predicate}.` };
  const coverage = answerCoverage(words, candidate, answerKindTerms(question, candidate));
  if (coverage < MIN_COVERAGE && (candidate.matched.length < 2 || coverage < MIN_COVERAGE_OF_SEVERAL)) {
    const unmatched = words.filter((w) => !candidate.matched.includes(w));
    const missing = unmatched.filter((w) => w.missing);
    const named = missing.length > 0 ? missing : unmatched;
    return { ok: false, kind: 'low-coverage', reason: `The story doesn't say anything about ${listWords(named.length > 0 ? named : words)}.` };
  }
  return { ok: true };
}

/** What a question of each answer type asks, for a reason ("The story doesn't say when: …"). */
const ASKED: Readonly<Record<AnswerType, string>> = {
  date: 'when', duration: 'how long', number: 'how many', name: 'who', place: 'where', reason: 'why', statement: 'that', none: 'that',
};

/**
 * Index terms of the words that only name the kind of answer: a generic focus ("what date", "which genre of music"),
 * the degree of "how long/old/far", a verb of speaking where the paragraph reports speech ("where did Serrat
 * speak" of "Serrat told a rally outside the station"), and a raising predicate before the verb ("expected" of "when
 * are operations expected to begin", see hedgesVerb).
 */
function answerKindTerms(question: AnalyzedQuestion, candidate: RankedPassage): ReadonlySet<string> {
  const { focus } = question.frame;
  const terms = new Set(focus?.generic ? focus.terms : []);
  const degree = degreeWord(question.text);
  const reportsSpeech = candidate.indexed.sentences.some((s) => s.facts.reportsSpeech);
  for (const word of question.words) {
    const folded = foldWord(word.surface);
    const hedge = hedgesVerb(folded, question.text.slice(word.offset + word.surface.length));
    if ((degree !== undefined && folded === degree) || (reportsSpeech && isSpeakingVerb(folded)) || hedge) terms.add(word.term);
  }
  return terms;
}

/** A question that asks yes or no: it opens with an auxiliary ("Is…", "Did…", "Will…"). */
const YES_NO = new RegExp(String.raw`^(?:${AUXILIARY_VERB}|isn['’]?t|aren['’]?t|wasn['’]?t|didn['’]?t|doesn['’]?t|won['’]?t)\b`, 'i');

/**
 * A question word the window lacks while it holds the word's opposite ("smallest" where the passage says
 * "largest", "unlimited" where it says "limited"): the question asks something the passage does not say.
 */
function opposedWord(question: AnalyzedQuestion, candidate: RankedPassage, window: readonly number[]): QueryWord | undefined {
  const windowTerms = new Set(window.flatMap((s) => candidate.indexed.sentences[s]!.terms));
  // "How old is X" asks an age, "how long" a length: the degree word names the answer's kind, not a claim ("new", "short").
  const degree = degreeWord(question.text);
  return question.words.find((word, i) => {
    if (word.isName || candidate.wordWeights[i]! > 0 || foldWord(word.surface) === degree) return false;
    const opposites = [...(oppositesOf(word.term) ?? []), ...prefixFlips(word.term)];
    // "high or low?" names both sides, "the West … eastern" a name beside its opposite: no contradiction.
    const named = (t: string) => question.words.some((w) => w.term === t || t.startsWith(w.term) || w.term.startsWith(t));
    return opposites.some((t) => windowTerms.has(t) && !named(t));
  });
}

/**
 * A word with its negating prefix taken off ("unlimited" → "limited", "nondeterministic" → "deterministic").
 * Not the other way: "certain statements" is no contradiction of "uncertain".
 */
function prefixFlips(term: string): string[] {
  return ['un', 'non', 'in', 'im', 'ir', 'il', 'dis'].flatMap((p) => (term.startsWith(p) && term.length > p.length + 4 ? [term.slice(p.length)] : []));
}

/** The best sentence and its neighbours. */
function windowOf(candidate: RankedPassage): number[] {
  const last = candidate.indexed.sentences.length - 1;
  const out: number[] = [];
  for (let s = Math.max(0, candidate.bestSentence - WINDOW_RADIUS); s <= Math.min(last, candidate.bestSentence + WINDOW_RADIUS); s++) out.push(s);
  return out;
}

/**
 * Whether the paragraph holds a fact of the kind asked for that the question does not already state (the
 * quote is then widened to it, see selectQuote). Measured on XQuAD: the whole paragraph refuses 0.5 points
 * fewer answerable questions than the best sentence's window, and no more near-misses pass.
 */
function fillerInParagraph(type: AnswerType, candidate: RankedPassage, question: AnalyzedQuestion): boolean {
  switch (type) {
    case 'number':
    case 'date':
    case 'duration':
      return (
        candidate.sentenceFits.some((fit) => fit > 0) ||
        (GENERAL_WHEN.test(question.text) && candidate.indexed.sentences.some((s) => CONDITION.test(s.text))) ||
        givesAskedClockTime(question, candidate)
      );
    default:
      return true;
  }
}

/** "When does immunodeficiency occur?": in the present tense, "when" asks for the circumstances as often as a date. */
const GENERAL_WHEN = /^when\s+(?:does|do|is|are|can)\b/i;
/** A sentence that gives circumstances ("occurs when the immune system…", "if", "during"). */
const CONDITION = /\b(?:when|whenever|if|during|while|once|until)\b/i;

/** The refusal reason when the window lacks a filler of the expected type. */
function noFillerReason(type: AnswerType, question: AnalyzedQuestion, namesText: string): string {
  const focus = question.frame.focus?.text;
  if (type === 'number') {
    const attribute = question.frame.focus?.role === 'attribute' ? question.frame.focus.text : undefined;
    if (attribute) return `The story doesn't give ${article(attribute)} ${attribute}${namesText ? ` for ${namesText}` : ''}.`;
    const of = focus ? ` of ${focus}` : '';
    return namesText ? `The story doesn't give a number${of} for ${namesText}.` : `The story doesn't give a number${of}.`;
  }
  if (type === 'duration') {
    const aged = ageSubject(question.text);
    if (aged !== undefined) return ageReason(aged);
    if (asksLength(question.text)) return namesText ? `The story mentions ${namesText}, but doesn't say how long.` : "The story doesn't say how long.";
  }
  return namesText ? `The story mentions ${namesText}, but doesn't say when.` : "The story doesn't give a date for that.";
}
