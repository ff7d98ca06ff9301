/** A negation in a sentence ("not", "never", "cannot", "n't", "no", "without"), also typed without its apostrophe ("hasnt"). */
export const NEGATION = /\b(?:not|never|no|none|nothing|nobody|neither|nor|cannot|without|(?:has|have|had|did|does|do|is|are|was|were|wo|ca|could|would|should)nt)\b|n['’]t\b/i;

/**
 * A sentence that denies or excludes something, in words or by a negation: what a negated question needs. Withholding
 * support counts ("abstained", "voted against", "opposed", "declined"): "which countries didn't back it" is answered so.
 */
export const DENIAL = /\b(?:not|never|no|none|nothing|nobody|neither|nor|cannot|without|lacks?|lacked|lacking|absent|absence|except|fails?|failed|unable|instead|rather than|refus\w*|reject\w*|den(?:y|ied|ies)|avoid\w*|only|abstain\w*|abstention\w*|against|oppos\w*|declin\w*|withh[eo]ld\w*|veto\w*|boycott\w*)\b|n['’]t\b/i;

/**
 * An excess that rules a deed out ("too little fuel to raise itself", "too weak to stand"): "too", up to
 * TOO_TO_GAP words, then "to" and a verb. It denies like a negation ("can't raise itself") without one.
 * TOO_TO_GAP = 3: the longest gaps in news wording are a quantity and its noun ("too few staff members to").
 */
export const EXCESS_DENIAL = /\btoo\s+(?:[a-z'’-]+\s+){1,3}?to\s+[a-z]+/i;

/** A question put as "not yet" ("why can't they commit yet?", "why hasn't the plant reopened yet?"). */
export const NOT_YET = /\byet\b/i;

/**
 * A sentence that says what must come first ("before we can ask anybody", "until relations are normalized", "only
 * after tests clear every batch", "pending a review"): how news writing answers a "not yet" question (NOT_YET), with
 * no negation of its own.
 */
export const PRECONDITION = /\b(?:before|until|till|unless|pending|only\s+(?:after|when|once|if))\b/i;

/**
 * A sentence that says something is not yet settled or known ("has not decided whether", "it is unclear whether",
 * "remains unknown", "declined to say whether", "is yet to be decided"): news writing's way of saying the answer is
 * not there. A yes/no question about it has no answer in the story.
 */
export const UNDECIDED =
  /\b(?:(?:has|have|had|did|does|do)(?:\s+not|n['’]?t)\s+(?:yet\s+)?(?:decided|decide|determined|determine|said|say|confirmed|confirm|disclosed|disclose|announced|announce)\s+(?:whether|if)|(?:declined|refused)\s+to\s+(?:say|confirm|disclose)\s+(?:whether|if)|(?:unclear|unknown|uncertain|undecided|not\s+(?:yet\s+)?(?:clear|known|decided))\s+(?:whether|if)|(?:is|are|was|were|remains?|remained)\s+(?:still\s+|yet\s+|as\s+yet\s+)?(?:unclear|unknown|uncertain|undecided|not\s+(?:yet\s+)?(?:known|decided|settled))|(?:yet|still)\s+to\s+(?:be\s+)?(?:decided|decide|determined|determine|settled|announced))\b/i;

/** A question that itself asks whether something is settled or known ("has the agency decided…", "is it clear…"). */
export const ASKS_SETTLED = /\b(?:decid\w*|decision|determin\w*|known|know|clear|unclear|certain|sure|confirm\w*|settled|undecided|unknown)\b/i;
