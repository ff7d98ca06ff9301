/**
 * English auxiliary verbs and copulas in their finite forms ("is", "did", "will", "must"): what opens a yes/no
 * question ("Did Pakistan approve…?"), and where a wh-phrase ends and the rest of the question begins ("how many
 * troops | will…"). General English grammar.
 */
export const AUXILIARY_VERBS: readonly string[] = ['is', 'are', 'was', 'were', 'do', 'does', 'did', 'has', 'have', 'had', 'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must'];

/** AUXILIARY_VERBS as a regular-expression source to build patterns from (a non-capturing group). */
export const AUXILIARY_VERB = String.raw`(?:${AUXILIARY_VERBS.join('|')})`;
