import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeQuestion } from '../../src/search/analyzeQuestion.ts';
import { attainableScore } from '../../src/search/combineScores.ts';
import { PassageIndex } from '../../src/search/passageIndex.ts';
import { DEFAULT_RANKING, rankPassages, type RankedPassage } from '../../src/search/rankPassages.ts';
import { FEATURE_NAMES, RANKING_WEIGHTS } from '../../src/search/rankingWeights.ts';
import { MIN_EVIDENCE, verifyAnswer } from '../../src/search/verifyAnswer.ts';
import { storyEngine } from '../support/storyEngine.ts';

let index: PassageIndex;

beforeAll(async () => {
  index = new PassageIndex((await storyEngine()).corpus);
});

const QUESTION = "Who reaffirmed Pakistan's troop offer for the Gaza force?";

/** The ranked paragraphs of a question, their evidence multiplied by `factor` (scores kept, so the order holds). */
function rankedWithEvidence(text: string, factor: number): { question: ReturnType<typeof analyzeQuestion>; ranked: RankedPassage[] } {
  const question = analyzeQuestion(text, index);
  const ranked = rankPassages(index, question, DEFAULT_RANKING).map((r) => ({ ...r, evidence: r.evidence * factor }));
  return { question, ranked };
}

describe('the evidence floor', () => {
  it('measures a score as a share of the highest the weights allow, whatever their scale', () => {
    const question = analyzeQuestion(QUESTION, index);
    const doubled = Object.fromEntries(FEATURE_NAMES.map((name) => [name, 2 * RANKING_WEIGHTS[name]]));
    const once = rankPassages(index, question, DEFAULT_RANKING);
    const twice = rankPassages(index, question, { ...DEFAULT_RANKING, ...doubled });
    expect(twice[0]!.score).toBeCloseTo(2 * once[0]!.score);
    expect(twice[0]!.evidence).toBeCloseTo(once[0]!.evidence);
    expect(once[0]!.evidence).toBeGreaterThan(0);
    expect(once[0]!.evidence).toBeLessThanOrEqual(1);
    // typedShare only orders passages (see combineScores): the evidence leaves it out.
    expect(attainableScore(RANKING_WEIGHTS)).toBeCloseTo(FEATURE_NAMES.reduce((sum, name) => sum + (name === 'typedShare' ? 0 : Math.max(0, RANKING_WEIGHTS[name])), 0));
  });

  it('answers a question whose best paragraph holds its evidence', () => {
    const { question, ranked } = rankedWithEvidence(QUESTION, 1);
    expect(ranked[0]!.evidence).toBeGreaterThanOrEqual(MIN_EVIDENCE);
    expect(verifyAnswer(question, ranked).answered).toBe(true);
  });

  it('refuses the same paragraph below the floor, naming question words, never a score', () => {
    const { question, ranked } = rankedWithEvidence(QUESTION, 0);
    const verdict = verifyAnswer(question, ranked);
    expect(verdict).toMatchObject({ answered: false, kind: 'weak-evidence' });
    if (verdict.answered) return;
    expect(verdict.reason).toMatch(/^The story doesn't say anything about \S/);
    expect(verdict.reason).not.toMatch(/\d/);
    const named = question.words.filter((w) => verdict.reason.includes(w.surface));
    expect(named.length).toBeGreaterThan(0);
  });
});
