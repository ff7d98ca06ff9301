// `npm run tune`: fits the ranking weights (src/search/rankingWeights.ts) on the pooled public question sets (XQuAD and
// the SQuAD 2.0 article, answerable questions; never SQuADShifts nor the SQuAD 2.0 dev set). Prints the 5-fold
// article-disjoint cross-validated hit@1 of the fitted weights against the weights in the code, then the weights fitted
// on all questions, ready to paste. Ranking only: the verifier's refusals are measured by `npm run bench`.
import { performance } from 'node:perf_hooks';
import { loadPublicPool, poolCorpus } from './datasets/publicPool.ts';
import { FEATURE_NAMES, RANKING_WEIGHTS } from '../src/search/rankingWeights.ts';
import { cacheFeatures, hitAt1 } from './tune/featureCache.ts';
import { fitWeights } from './tune/fitWeights.ts';
import { articleFolds } from './tune/folds.ts';

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
/** Features whose weight may be negative (penalties). */
const SIGNED = new Set<number>();
const folds = articleFolds(questions);
const cv = { fitted: 0, current: 0, count: 0 };
folds.forEach((test, k) => {
  const train = folds.filter((_, j) => j !== k).flat();
  const fitted = fitWeights(train, current, SIGNED);
  const [fittedHit, currentHit] = [hitAt1(test, fitted), hitAt1(test, current)];
  cv.fitted += fittedHit * test.length;
  cv.current += currentHit * test.length;
  cv.count += test.length;
  console.log(`fold ${k + 1}: ${test.length} questions, hit@1 fitted ${percent(fittedHit)} · in code ${percent(currentHit)} (${elapsed()})`);
});
console.log(`cross-validated hit@1 (ranking only): fitted ${percent(cv.fitted / cv.count)} · in code ${percent(cv.current / cv.count)}`);

const all = fitWeights(questions, current, SIGNED);
console.log(`fitted on all ${questions.length} questions: hit@1 ${percent(hitAt1(questions, all))} (in code ${percent(hitAt1(questions, current))}) (${elapsed()})`);
console.log(`weights (FEATURE_NAMES order):`);
for (const [i, name] of FEATURE_NAMES.entries()) console.log(`  ${name}: ${all[i]},`);
