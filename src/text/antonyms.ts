import { termOf } from './analyze.ts';

/**
 * Pairs of general English words of opposite meaning. A question that uses one where the passage uses the
 * other ("the smallest city" against "the largest city") asks something the passage does not say: SQuAD 2.0's
 * writers made a fifth of its unanswerable questions this way (Rajpurkar et al. 2018, table 2, "antonym").
 */
const PAIRS = [
  'large small', 'big small', 'big little', 'high low', 'higher lower', 'long short', 'old new', 'old young', 'early late',
  'earlier later', 'most least', 'more less', 'more fewer', 'maximum minimum', 'increase decrease', 'rise fall',
  'simple complex', 'simplicity complexity', 'easy hard', 'easy difficult', 'direct indirect', 'directly indirectly',
  'mechanical manual', 'parallel serial', 'qualitative quantitative', 'finite infinite', 'limited unlimited', 'common rare',
  'commonly rarely', 'often rarely', 'always never', 'before after', 'inside outside', 'internal external', 'positive negative',
  'accept reject', 'include exclude', 'upper lower', 'north south', 'east west', 'northern southern', 'eastern western',
  'major minor', 'majority minority', 'win lose', 'victory defeat', 'success failure', 'strong weak', 'true false',
  'correct incorrect', 'possible impossible', 'legal illegal', 'public private', 'rich poor', 'wealthy poor', 'ancient modern',
  'past future', 'cheap expensive', 'wide narrow', 'deep shallow', 'heavy light', 'hot cold', 'wet dry', 'open closed',
  'entry exit', 'import export', 'arrive depart', 'buy sell', 'give receive',
  'gain loss', 'profit loss', 'attack defend', 'allow forbid', 'allow prohibit', 'support oppose', 'agree disagree',
  'same different', 'similar different', 'formal informal', 'domestic foreign', 'urban rural', 'male female', 'day night',
  'natural artificial', 'deterministic nondeterministic', 'solvable unsolvable', 'decidable undecidable', 'lowest highest',
  'smallest largest', 'smallest biggest', 'shortest longest', 'oldest newest', 'oldest youngest', 'earliest latest',
  'best worst', 'better worse', 'increased decreased', 'gained lost', 'won lost', 'upstream downstream', 'inner outer',
  'top bottom', 'above below', 'dependent independent', 'visible invisible', 'efficient inefficient', 'stable unstable',
  'known unknown', 'likely unlikely', 'official unofficial', 'voluntary compulsory', 'temporary permanent', 'global local',
  'international national', 'larger smaller', 'bigger smaller', 'older younger', 'longer shorter', 'wider narrower',
  'stronger weaker', 'richer poorer', 'earliest latest', 'cheaper dearer', 'military civilian', 'rise decline', 'growth decline', 'expand shrink', 'strengthen weaken',
  'against favor', 'against favour',
];

const OPPOSITES = new Map<string, Set<string>>();
for (const pair of PAIRS) {
  const [a, b] = pair.split(' ').map(termOf) as [string, string];
  if (a === b) continue;
  OPPOSITES.set(a, (OPPOSITES.get(a) ?? new Set()).add(b));
  OPPOSITES.set(b, (OPPOSITES.get(b) ?? new Set()).add(a));
}

/** The index terms of the opposites of a word's index term ("small" → larg, big, …), if it has any. */
export function oppositesOf(term: string): ReadonlySet<string> | undefined {
  return OPPOSITES.get(term);
}
