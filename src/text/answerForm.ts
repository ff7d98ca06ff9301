import { blankPhrases } from './documentReferences.ts';

/**
 * Phrases by which a question asks for the form of its answer rather than its content: "in one word", "in a few
 * words", "in short", "briefly", "sum up", "summarize", "in a nutshell". General English of questions on any text;
 * they name no fact a story would hold ("one", "word", "sum" are content elsewhere, so only these constructions go).
 */
const ANSWER_FORM = new RegExp(
  String.raw`\b(?:in\s+(?:(?:one|a|two|three|a\s+few|few)\s+words?|short|brief|a\s+nutshell|a\s+sentence|one\s+sentence)|briefly|sum(?:s|med|ming)?\s+up|summari[sz](?:e|es|ed|ing))\b`,
  'giu',
);

/**
 * The question with its phrases about the answer's form blanked out (replaced by spaces, so that offsets into the
 * text still hold): "how would you sum up X's position in one word" → "how would you X's position".
 */
export function blankAnswerForm(text: string): string {
  return blankPhrases(text, [ANSWER_FORM]);
}
