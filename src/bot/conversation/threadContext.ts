import type { CitedPassage } from '../../search/types.ts';
import type { JsonValue } from '../../store/types.ts';

/** What a conversation remembers of its last answer: enough to read a follow-up and to show "more". */
export interface ThreadContext {
  /** The command that answered: ask, search or status. */
  command: string;
  /** The question as answered (ask), or the search terms; absent for status. */
  question?: string;
  /** The heading of the answer (status), repeated on its later pages. */
  heading?: string;
  /** The answer's passages, best first (at most MAX_CONTEXT_PASSAGES). */
  passages: CitedPassage[];
  /** How many of them are the answer's own; the rest are related passages "more" shows after them. Absent: all. */
  answered?: number;
  /** How many of them were shown so far. */
  shown: number;
  /** True when the passages are only related, not an answer. */
  related: boolean;
  /** True when the answer was a refusal. */
  refused: boolean;
}

/**
 * Passages kept per conversation at most: the engine returns far fewer (6 at most today), so this only bounds
 * what a thread can hold if that changes.
 */
export const MAX_CONTEXT_PASSAGES = 20;

/** How long a conversation is remembered after its last answer: a day, so a thread picked up the next morning still follows. */
export const THREAD_TTL_MS = 24 * 60 * 60 * 1000;

/** The store's key of a conversation's context. */
export function threadKey(conversation: string): string {
  return `thread:${conversation}`;
}

/** The context as JSON for the store. */
export function contextToJson(context: ThreadContext): JsonValue {
  return JSON.parse(JSON.stringify(context)) as JsonValue;
}

/** Reads a stored context back; anything not of its shape (an older version, a damaged row) counts as none. */
export function contextFromJson(value: JsonValue | undefined): ThreadContext | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const { command, question, heading, passages, answered, shown, related, refused } = value;
  if (typeof command !== 'string' || !Array.isArray(passages) || typeof shown !== 'number') return undefined;
  if (answered !== undefined && typeof answered !== 'number') return undefined;
  if (question !== undefined && typeof question !== 'string') return undefined;
  if (heading !== undefined && typeof heading !== 'string') return undefined;
  const cited = passages.filter(isCitedPassage);
  if (cited.length !== passages.length) return undefined;
  return {
    command,
    ...(question !== undefined && { question }),
    ...(heading !== undefined && { heading }),
    passages: cited,
    ...(answered !== undefined && { answered }),
    shown,
    related: related === true,
    refused: refused === true,
  };
}

function isCitedPassage(value: JsonValue): value is CitedPassage & JsonValue {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  return typeof value.doc === 'string' && typeof value.title === 'string' && typeof value.paragraph === 'number' && typeof value.quote === 'string';
}
