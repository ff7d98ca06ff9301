import type { Citation, JsonValue, Store } from '../../store/types.ts';

/** What a vote is recorded with: the answer's question, its citations and whether it was a refusal. */
export interface AnswerRecord {
  question: string;
  citations: Citation[];
  refused: boolean;
}

/** How long an answer can be voted on: a week (votes come within a day or two; the report keeps them for RETENTION_DAYS). */
export const ANSWER_TTL_MS = 7 * 24 * 60 * 60 * 1000;

function answerKey(answerId: string): string {
  return `answer:${answerId}`;
}

/** Keeps what a later vote on this answer is recorded with. */
export async function saveAnswer(store: Pick<Store, 'putThread'>, answerId: string, record: AnswerRecord): Promise<void> {
  await store.putThread(answerKey(answerId), record as unknown as JsonValue, ANSWER_TTL_MS);
}

/** The record of an answer, or undefined when it is unknown or expired. */
export async function loadAnswer(store: Pick<Store, 'getThread'>, answerId: string): Promise<AnswerRecord | undefined> {
  const value = await store.getThread(answerKey(answerId));
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const { question, citations, refused } = value;
  if (typeof question !== 'string' || !Array.isArray(citations)) return undefined;
  const cited = citations.filter(
    (c): c is { doc: string; paragraph: number } => c !== null && typeof c === 'object' && !Array.isArray(c) && typeof c.doc === 'string' && typeof c.paragraph === 'number',
  );
  return { question, citations: cited.map((c) => ({ doc: c.doc, paragraph: c.paragraph })), refused: refused === true };
}
