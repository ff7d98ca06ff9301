/** A negation in a sentence ("not", "never", "cannot", "n't", "no", "without"), also typed without its apostrophe ("hasnt"). */
export const NEGATION = /\b(?:not|never|no|none|nothing|nobody|neither|nor|cannot|without|(?:has|have|had|did|does|do|is|are|was|were|wo|ca|could|would|should)nt)\b|n['’]t\b/i;

/** A sentence that denies or excludes something, in words or by a negation: what a negated question needs. */
export const DENIAL = /\b(?:not|never|no|none|nothing|nobody|neither|nor|cannot|without|lacks?|lacked|lacking|absent|absence|except|fails?|failed|unable|instead|rather than|refus\w*|reject\w*|den(?:y|ied|ies)|avoid\w*|only)\b|n['’]t\b/i;
