import { termOf } from '../text/analyze.ts';
import { speechBy } from '../text/reportedSpeech.ts';
import type { AnalyzedQuestion, QueryWord } from './analyzeQuestion.ts';
import type { TermLookup } from './namesHeld.ts';
import type { FramePhrase } from './questionFrame.ts';
import type { RankedPassage } from './rankPassages.ts';
import { speakerPostUnnamed } from './speakerPost.ts';
import { speechTopic, unheldTopicWords } from './speechTopic.ts';

// "What did X say (about Y)": the window must report speech by X, on Y when the question names a topic.

/**
 * For a question about what a speaker said: the refusal when the story names no holder of the speaker's post
 * (speakerPostUnnamed) or the window reports no speech by the speaker (see speechFailure; "no-speech"), or none on
 * the topic asked ("speech-off-topic", its reason naming the topic); undefined when it does.
 */
export function unreportedSpeech(
  question: AnalyzedQuestion,
  speaker: FramePhrase,
  candidate: RankedPassage,
  window: readonly number[],
  beforeTerms: () => TermLookup,
): { kind: 'no-speech' | 'speech-off-topic'; reason: string } | undefined {
  const failure = speakerPostUnnamed(question, candidate.indexed.document) ? 'speaker' : speechFailure(question, speaker, candidate, window, beforeTerms);
  if (!failure) return undefined;
  const about = failure === 'topic' ? aboutText(question, speaker) : '';
  return { kind: failure === 'topic' ? 'speech-off-topic' : 'no-speech', reason: `The story doesn't report anything ${speaker.text} said${about}.` };
}

/** " about Saudi Arabia": the topic of a "what did X say about Y" question as the user wrote it, or nothing. */
function aboutText(question: AnalyzedQuestion, speaker: FramePhrase): string {
  const topic = speechTopic(question.text, question.text.toLowerCase().indexOf(speaker.text.toLowerCase()) + speaker.text.length)?.text;
  return topic ? ` about ${topic}` : '';
}

/** Index of the question word searched for an index term, if the question has one. */
function wordOfTerm(words: readonly QueryWord[], term: string): number | undefined {
  const i = words.findIndex((w) => w.term === term);
  return i >= 0 ? i : undefined;
}

/**
 * Whether a sentence of the window reports speech by the speaker (see reportedSpeech.speechBy), or by "he" or
 * "they" right after a sentence that names the speaker ("…,” he said"), or by someone indexing resolved to the
 * speaker (resolveSpeakers), and names the topic asked about ("what did
 * X say about Y": Y's names in that same sentence). Undefined when it does; else what is missing.
 */
function speechFailure(
  question: AnalyzedQuestion,
  speaker: FramePhrase,
  candidate: RankedPassage,
  window: readonly number[],
  beforeTerms: () => TermLookup,
): 'speaker' | 'topic' | undefined {
  const { words } = question;
  const speakerWords = speaker.terms.flatMap((t) => {
    const i = wordOfTerm(words, t);
    return i === undefined ? [] : [i];
  });
  // Only the speaker's names, when it has some ("the Afghan government" → Afghan): "government" alone is anyone's.
  const named = speakerWords.filter((i) => words[i]!.isName);
  const required = named.length > 0 ? named : speakerWords;
  const speakerTerms = new Set(required.flatMap((i) => [...words[i]!.alternatives.keys()]));
  const isSpeaker = (folded: string) => speakerTerms.has(termOf(folded));
  // The topic starts at "about" ("what did Rubio say about Saudi Arabia"); "what does X think Y owes Z" has none.
  const aboutAt = speechTopic(question.text)?.offset ?? Infinity;
  const topic = words.flatMap((w, i) => (w.isName && !w.missing && !speakerWords.includes(i) && w.offset > aboutAt ? [i] : []));
  const { sentences } = candidate.indexed;
  const holdsSpeaker = (s: number) =>
    s >= 0 ? required.some((i) => candidate.sentenceWeights[s]![i]! > 0) : [...speakerTerms].some((t) => beforeTerms().has(t));
  // A sentence indexing resolved to the speaker ("“…,” he said", a quote running on from the paragraph before).
  const referredTo = (s: number) => candidate.indexed.speakers.some((p) => p.sentences.includes(s) && p.terms.some((t) => speakerTerms.has(t)));
  const spoken = window.filter((s) => {
    const { text, facts } = sentences[s]!;
    return facts.reportsSpeech && (speechBy(text, isSpeaker) || referredTo(s) || (holdsSpeaker(s - 1) && !holdsSpeaker(s) && speechBy(text, isSpeaker, true)));
  });
  if (spoken.length === 0) return 'speaker';
  if (!spoken.some((s) => topic.every((i) => candidate.sentenceWeights[s]![i]! > 0))) return 'topic';
  return unheldTopicWords(question, speakerWords, candidate, spoken) ? 'topic' : undefined;
}
