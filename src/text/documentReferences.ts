/**
 * Phrases by which a question points at the text it is asked about rather than at its subject: "acc to the
 * piece", "according to the article", "in the story", "what does the author say about…", "the piece says".
 * General English of questions about any document; the words ("piece", "author") are content elsewhere
 * ("who is the author of the report"), so only these constructions are dropped, not the words.
 */

// What a question calls the document it is asked about.
const DOCUMENT = String.raw`(?:the|this|that)\s+(?:news\s+)?(?:piece|article|story|text|author|writer|report|write-?up|column)`;
// Verbs by which a document tells something.
const TELLING_VERB = String.raw`(?:say|says|said|use|uses|used|call|calls|called|describe|describes|described|mention|mentions|mentioned|report|reports|reported|claim|claims|suggest|suggests|characteri[sz]e|characteri[sz]es|portray|portrays|put|puts|refer\s+to|tell\s+us|tells\s+us|cite|cites|cited|quote|quotes|quoted|note|notes|noted)`;

// Verbs by which a document names something ("what nickname does the article use for…", "what does the piece call…"):
// the question asks for the name, and the verb is only how the document came to write it, so it goes with the document.
const NAMING_VERB = String.raw`(?:use|uses|used|call|calls|called)`;

const REFERENCES: readonly RegExp[] = [
  // "acc to the piece", "according to the article", "as per the story", "per the report" (not "in the text of the resolution")
  new RegExp(String.raw`\b(?:(?:acc|accdg|according|as\s+per|per)\s+to\s+|(?:as\s+)?per\s+|in\s+|from\s+)${DOCUMENT}(?:['’]s)?\b(?!\s+of\b)`, 'giu'),
  // "does the article say / use / call", "the piece says": the document is who tells, not who is asked about.
  new RegExp(String.raw`\b${DOCUMENT}(?:\s+${NAMING_VERB}\b|(?=\s+${TELLING_VERB}\b))`, 'giu'),
];

/**
 * The question with its references to the document blanked out (replaced by spaces, so that offsets into the
 * text still hold): "whats the makeup of pakistan acc to the piece" → "whats the makeup of pakistan".
 */
export function blankDocumentReferences(text: string): string {
  return blankPhrases(text, REFERENCES);
}

/** A text with every match of some global patterns replaced by as many spaces (offsets into it still hold). */
export function blankPhrases(text: string, patterns: readonly RegExp[]): string {
  let blanked = text;
  for (const pattern of patterns) blanked = blanked.replace(pattern, (phrase) => ' '.repeat(phrase.length));
  return blanked;
}
