/** A negation in a sentence ("not", "never", "cannot", "n't", "no", "without"), also typed without its apostrophe ("hasnt"). */
export const NEGATION = /\b(?:not|never|no|none|nothing|nobody|neither|nor|cannot|without|(?:has|have|had|did|does|do|is|are|was|were|wo|ca|could|would|should)nt)\b|n['’]t\b/i;

/**
 * A sentence that denies or excludes something, in words or by a negation: what a negated question needs. Withholding
 * support counts ("abstained", "voted against", "opposed", "declined"): "which countries didn't back it" is answered so.
 */
export const DENIAL = /\b(?:not|never|no|none|nothing|nobody|neither|nor|cannot|without|lacks?|lacked|lacking|absent|absence|except|fails?|failed|unable|instead|rather than|refus\w*|reject\w*|den(?:y|ied|ies)|avoid\w*|only|abstain\w*|abstention\w*|against|oppos\w*|declin\w*|withh[eo]ld\w*|veto\w*|boycott\w*)\b|n['’]t\b/i;
