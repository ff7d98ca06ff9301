/**
 * A sentence that opens by pointing back at the one before: a pronoun or determiner whose referent is there
 * ("He said…", "It has…", "They sent…", "This force…", "Such a force…", "The latter…"), past an opening quotation
 * mark. General English; read by quote selection (the sentence before joins the quote) and by the verifier (the
 * sentence stands in the names of the one before).
 */
const POINTS_BACK = /^\s*["“]?(?:he|she|it|they|them|his|her|its|their|this|these|those|that|there|such|the\s+latter|the\s+former)\b/i;

/** Whether a sentence opens by pointing back at the one before (see POINTS_BACK). */
export function pointsBack(sentence: string): boolean {
  return POINTS_BACK.test(sentence);
}
