// `npm run tune`: fits the ranking weights (src/search/rankingWeights.ts) on the pooled public question sets (XQuAD and
// the SQuAD 2.0 article, answerable questions; never SQuADShifts nor the SQuAD 2.0 dev set). Prints the 5-fold
// article-disjoint cross-validated hit@1 of the fitted weights against the weights in the code, then the weights fitted
// on all questions, ready to paste, and how the engine with its verifier does with them on the bench's sets. Ranking only: the verifier's refusals are measured by `npm run bench`.
// Last, the evidence floor's sweep (MIN_EVIDENCE) on the XQuAD off-corpus protocol, XQuAD and the SQuAD 2.0 article.
import { performance } from 'node:perf_hooks';
import { loadPublicPool, poolCorpus } from './datasets/publicPool.ts';
import { FEATURE_NAMES, RANKING_WEIGHTS } from '../src/search/rankingWeights.ts';
import { cacheFeatures, hitAt1, type CachedQuestion } from './tune/featureCache.ts';
import { fitSoftmax } from './tune/fitSoftmax.ts';
import { articleFolds } from './tune/folds.ts';
import { compareWithVerifier } from './tune/checkWithVerifier.ts';
import { sweepEvidenceFloor } from './tune/sweepEvidenceFloor.ts';
import { loadXquadOffCorpus } from './datasets/xquadOffCorpus.ts';
import { loadNearMissSet } from './datasets/nearMissSet.ts';
import { loadOwnSet } from './datasets/ownSet.ts';
import { loadSquad2Article } from './datasets/squad2Article.ts';
import { loadXquad } from './datasets/xquad.ts';

const started = performance.now();
const elapsed = () => `${((performance.now() - started) / 1000).toFixed(1)}s`;
const percent = (x: number) => `${(100 * x).toFixed(1)}%`;

const pool = await loadPublicPool();
for (const note of pool.notes) console.error(`tune: ${note}`);
if (pool.questions.length === 0) {
  console.error('tune: no public questions found (see bench/datasets/publicFiles.ts)');
  process.exit(1);
}
const questions = cacheFeatures(poolCorpus(pool.articles), pool.questions);
const reachable = questions.filter((q) => q.gold >= 0).length;
console.log(`${pool.articles.length} articles, ${questions.length} questions; gold paragraph among the candidates for ${percent(reachable / questions.length)} (${elapsed()})`);

const current = Float64Array.from(FEATURE_NAMES.map((name) => RANKING_WEIGHTS[name]));
/**
 * Features kept at their weight in the code, not fitted: the pool has too few "who/what is X?" questions (where
 * firstMention fires) for the fit to see it, and the softmax's L2 penalty would drop it.
 */
const HAND_SET = new Set<string>(['firstMention']);
const handSet = new Set(FEATURE_NAMES.flatMap((name, i) => (HAND_SET.has(name) ? [i] : [])));
/** Where the fit starts: BM25 alone (the loss is convex, so the start only decides how fast it gets there). */
const START = Float64Array.from(FEATURE_NAMES.map((name) => (name === 'bm25' ? 1 : 0)));
/** The fit: the softmax loss's minimum, scaled so the BM25 weight is 1 and rounded to 0.01; hand-set weights kept. */
const fit = (train: readonly CachedQuestion[]): Float64Array => {
  const smooth = fitSoftmax(train, START, handSet);
  const scale = smooth[0]! > 0 ? smooth[0]! : 1;
  return smooth.map((w, i) => (handSet.has(i) ? current[i]! : Math.round((100 * w) / scale) / 100));
};
const folds = articleFolds(questions);
const cv = { fitted: 0, current: 0, count: 0 };
folds.forEach((test, k) => {
  const train = folds.filter((_, j) => j !== k).flat();
  const fitted = fit(train);
  const [fittedHit, currentHit] = [hitAt1(test, fitted), hitAt1(test, current)];
  cv.fitted += fittedHit * test.length;
  cv.current += currentHit * test.length;
  cv.count += test.length;
  console.log(`fold ${k + 1}: ${test.length} questions, hit@1 fitted ${percent(fittedHit)} · in code ${percent(currentHit)} (${elapsed()})`);
});
console.log(`cross-validated hit@1 (ranking only): fitted ${percent(cv.fitted / cv.count)} · in code ${percent(cv.current / cv.count)}`);

const all = fit(questions);
console.log(`fitted on all ${questions.length} questions: hit@1 ${percent(hitAt1(questions, all))} (in code ${percent(hitAt1(questions, current))}) (${elapsed()})`);
console.log(`weights (FEATURE_NAMES order):`);
for (const [i, name] of FEATURE_NAMES.entries()) console.log(`  ${name}: ${all[i]},`);

const fittedWeights = Object.fromEntries(FEATURE_NAMES.map((name, i) => [name, all[i]!])) as Record<(typeof FEATURE_NAMES)[number], number>;
console.log('with the verifier (engine.ask), weights in code → fitted:');
const datasets = [await loadOwnSet(), await loadNearMissSet(), await loadXquad(), await loadSquad2Article()].filter((d) => d !== null);
try {
  for (const line of compareWithVerifier(datasets, fittedWeights)) console.log(`  ${line}`);
} finally {
  for (const dataset of datasets) await dataset.dispose();
}
console.log('evidence floor (MIN_EVIDENCE, src/search/verifyAnswer.ts), weights in code: refusals by kind of question');
const floorSets = [await loadXquadOffCorpus(), await loadXquad(), await loadSquad2Article()].filter((d) => d !== null);
try {
  for (const line of sweepEvidenceFloor(floorSets)) console.log(`  ${line}`);
} finally {
  for (const dataset of floorSets) await dataset.dispose();
}
console.log(`(${elapsed()})`);
