import type { Corpus } from '../corpus/types.ts';
import { analyzeQuestion, type AnalyzedQuestion } from './analyzeQuestion.ts';
import { CHAT_REQUEST_REPLY, isChatRequest } from './chatRequest.ts';
import { citePassage } from './citePassage.ts';
import { refuseQuestion } from './decideAnswerable.ts';
import { detectSmallTalk, smallTalkReply } from './smallTalk.ts';
import { verifyAnswer } from './verifyAnswer.ts';
import type { Engine } from './engine.ts';
import { listSources } from './listSources.ts';
import { PassageIndex } from './passageIndex.ts';
import { DEFAULT_RANKING, rankPassages, type RankedPassage, type RankingOptions } from './rankPassages.ts';
import { selectQuote } from './selectQuote.ts';
import { buildStatusBrief } from './statusBrief.ts';
import { createSuggester, suggestionTopics, type SuggestionTopics } from './suggestQuestions.ts';
import type { Answer, CitedPassage, StatusBrief } from './types.ts';

/** Options of the engine; every field has a default. */
export interface EngineOptions {
  ranking?: Partial<RankingOptions>;
  /** Most passages in an answer. Default 3. */
  maxPassages?: number;
  /** Share of the best score a further passage needs to be listed. Default 0.7. */
  minRelativeScore?: number;
  /** An index of this corpus already built or loaded (see persistIndex); default: built here. */
  index?: PassageIndex;
  /** Set when `index` was loaded from its persisted form (reported as Engine.fromPersisted). */
  fromPersisted?: boolean;
  /** The corpus's suggestion topics, mined already (a reload mines them in its worker); default: mined on first use. */
  topics?: SuggestionTopics;
}

/** Builds the question-answering engine of a corpus: index, ranking, quoting, abstention, status. */
export function createEngine(corpus: Corpus, options: EngineOptions = {}): Engine {
  const index = options.index ?? new PassageIndex(corpus);
  const ranking: RankingOptions = { ...DEFAULT_RANKING, ...options.ranking };
  const maxPassages = options.maxPassages ?? 3;
  const minRelativeScore = options.minRelativeScore ?? 0.7;
  let brief: StatusBrief | undefined;
  let suggester: ((typed: string, limit?: number) => string[]) | undefined;

  const cite = (ranked: RankedPassage[], question: AnalyzedQuestion, related: boolean): CitedPassage[] => {
    const top = ranked[0]?.score ?? 0;
    return ranked
      .filter((r, i) => i === 0 || r.score >= minRelativeScore * top)
      .slice(0, maxPassages)
      .map((r) => {
        const cited = citePassage(r.indexed.document, r.indexed.passage, selectQuote(r, question), r.score);
        return related ? { ...cited, related: true as const } : cited;
      });
  };

  return {
    corpus,
    passageCount: index.size,
    ...(options.fromPersisted && { fromPersisted: true }),
    ask(raw) {
      const question = analyzeQuestion(String(raw ?? ''), index);
      const smallTalk = detectSmallTalk(question.text);
      if (smallTalk) return { question: question.text, answered: false, smallTalk: true, reason: smallTalkReply(smallTalk), passages: [] };
      if (isChatRequest(question.text)) return { question: question.text, answered: false, reason: CHAT_REQUEST_REPLY, passages: [] };
      const ranked = rankPassages(index, question, ranking);
      const refusal = refuseQuestion(question);
      const verdict = refusal ? { answered: false as const, ...refusal } : verifyAnswer(question, ranked);
      if (verdict.answered) {
        // The verified paragraph leads; better-ranked ones failed verification and are not shown beside it.
        const ordered = ranked.slice(ranked.indexOf(verdict.passage));
        return { question: question.text, answered: true, passages: cite(ordered, question, false) };
      }
      const related = ranked.filter((r) => r.matched.length > 0);
      return { question: question.text, answered: false, reason: verdict.reason, passages: cite(related, question, true) };
    },
    search(raw, limit = 5) {
      const question = analyzeQuestion(String(raw ?? ''), index);
      const ranked = rankPassages(index, question, ranking).slice(0, limit);
      if (ranked.length === 0) {
        const reason = question.words.length === 0 ? 'Give some words to search for.' : `Nothing in the story matches ${question.text}.`;
        return { question: question.text, answered: false, reason, passages: [] } satisfies Answer;
      }
      return {
        question: question.text,
        answered: true,
        passages: ranked.map((r) => citePassage(r.indexed.document, r.indexed.passage, selectQuote(r, question), r.score)),
      };
    },
    status() {
      brief ??= buildStatusBrief(corpus);
      return brief;
    },
    sources: () => listSources(corpus),
    suggestQuestions(typed, limit) {
      suggester ??= createSuggester(options.topics ?? suggestionTopics(corpus, (word) => index.isProperName(word)));
      return suggester(typed, limit);
    },
  };
}
