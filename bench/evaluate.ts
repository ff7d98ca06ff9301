import type { Corpus } from '../src/corpus/types.ts';
import type { BenchQuestion, QuestionKind } from './datasets/types.ts';
import { hitAtK, mean, quoteHoldsAnswer, reciprocalRank, type ParagraphRef } from './metrics.ts';

/** What a system said to one question: whether it answered, and its ranked cited passages (best first). */
export interface ScoredAnswer {
  answered: boolean;
  passages: (ParagraphRef & { quote: string })[];
}

/** Answer-quality figures of one system on one question set. */
export interface Quality {
  answerable: number;
  unanswerable: number;
  /** Shares over answerable questions; a refused question counts as a miss. */
  hit1: number;
  hit3: number;
  mrr: number;
  quoteHolds: number;
  /** The same ranks ignoring refusals (what the ranking alone would give). */
  rankingOnly: { hit1: number; hit3: number; mrr: number };
  /** Unanswerable questions refused (answered false), and their share (NaN when the set has none). */
  refusedUnanswerable: number;
  refusalRate: number;
  /** Answerable questions refused. */
  falseRefusals: number;
  /** Per kind of question present in the set: how many there are and how many were refused. */
  byKind: Partial<Record<QuestionKind, KindRefusals>>;
}

/** How many questions of one kind a set holds and how many of them a system refused. */
export interface KindRefusals {
  refused: number;
  total: number;
}

/** Scores answers (aligned with questions) against the gold paragraphs and answer strings. */
export function scoreAnswers(questions: readonly BenchQuestion[], answers: readonly ScoredAnswer[]): Quality {
  if (questions.length !== answers.length) throw new Error(`${questions.length} questions but ${answers.length} answers`);
  const hit1: number[] = [];
  const hit3: number[] = [];
  const rr: number[] = [];
  const quote: number[] = [];
  const rank1: number[] = [];
  const rank3: number[] = [];
  const rankRr: number[] = [];
  let refusedUnanswerable = 0;
  let falseRefusals = 0;
  const byKind: Partial<Record<QuestionKind, KindRefusals>> = {};
  questions.forEach((q, i) => {
    const a = answers[i]!;
    const kind = (byKind[q.kind] ??= { refused: 0, total: 0 });
    kind.total++;
    if (!a.answered) kind.refused++;
    if (!q.answerable) {
      if (!a.answered) refusedUnanswerable++;
      return;
    }
    if (!a.answered) falseRefusals++;
    const answered = a.answered ? 1 : 0;
    rank1.push(hitAtK(a.passages, q.expected, 1));
    rank3.push(hitAtK(a.passages, q.expected, 3));
    rankRr.push(reciprocalRank(a.passages, q.expected, 10));
    hit1.push(answered * rank1.at(-1)!);
    hit3.push(answered * rank3.at(-1)!);
    rr.push(answered * rankRr.at(-1)!);
    const top = a.passages[0];
    quote.push(a.answered && top !== undefined && quoteHoldsAnswer(top.quote, q.answers) ? 1 : 0);
  });
  const unanswerable = questions.filter((q) => !q.answerable).length;
  return {
    answerable: questions.length - unanswerable,
    unanswerable,
    hit1: mean(hit1),
    hit3: mean(hit3),
    mrr: mean(rr),
    quoteHolds: mean(quote),
    rankingOnly: { hit1: mean(rank1), hit3: mean(rank3), mrr: mean(rankRr) },
    refusedUnanswerable,
    refusalRate: unanswerable === 0 ? Number.NaN : refusedUnanswerable / unanswerable,
    falseRefusals,
    byKind,
  };
}

/** The question ids behind the miss figures, for looking into a run (bench/results/latest.json), not for the table. */
export interface Misses {
  /** Answerable questions refused. */
  refusedAnswerable: string[];
  /** Answerable questions answered with a wrong top passage. */
  wrongTop: string[];
  /** Questions that should be refused (any kind but answerable) that were answered. */
  answeredUnanswerable: string[];
}

/** Lists the ids of the questions a system missed, by kind of miss. */
export function listMisses(questions: readonly BenchQuestion[], answers: readonly ScoredAnswer[]): Misses {
  const misses: Misses = { refusedAnswerable: [], wrongTop: [], answeredUnanswerable: [] };
  questions.forEach((q, i) => {
    const a = answers[i]!;
    if (!q.answerable) {
      if (a.answered) misses.answeredUnanswerable.push(q.id);
    } else if (!a.answered) misses.refusedAnswerable.push(q.id);
    else if (hitAtK(a.passages, q.expected, 1) === 0) misses.wrongTop.push(q.id);
  });
  return misses;
}

/** Quotes checked against the paragraphs they cite: how many are verbatim, out of how many, and the first few that are not. */
export interface VerbatimCheck {
  verbatim: number;
  total: number;
  /** Up to MAX_VERBATIM_FAILURES cited passages whose quote is not an exact substring, as "doc ¶N: quote". */
  failures: string[];
}

/** How many failing quotes a verbatim check keeps for the notes (enough to see the pattern, short enough to read). */
const MAX_VERBATIM_FAILURES = 3;

/**
 * Checks every quote of every answer (answers and related passages alike) is an exact substring of the paragraph it
 * cites, with no normalisation at all: the bot's promise is the story's own words.
 */
export function checkVerbatim(corpus: Corpus, answers: readonly ScoredAnswer[]): VerbatimCheck {
  const paragraphs = new Map(corpus.documents.flatMap((d) => d.passages.map((p) => [`${p.doc}#${p.paragraph}`, p.text])));
  const check: VerbatimCheck = { verbatim: 0, total: 0, failures: [] };
  for (const passage of answers.flatMap((a) => a.passages)) {
    check.total++;
    const text = paragraphs.get(`${passage.doc}#${passage.paragraph}`);
    if (text !== undefined && passage.quote !== '' && text.includes(passage.quote)) check.verbatim++;
    else if (check.failures.length < MAX_VERBATIM_FAILURES) {
      check.failures.push(`${passage.doc} ¶${passage.paragraph}: ${JSON.stringify(passage.quote.slice(0, 80))}`);
    }
  }
  return check;
}
