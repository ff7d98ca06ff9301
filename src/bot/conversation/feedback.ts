import type { Logger } from '../../logger.ts';
import type { Store } from '../../store/types.ts';
import type { Requester } from '../bot.ts';
import { hashUserId } from '../questionLog.ts';
import { ANSWER_TTL_MS, loadAnswer } from './answerRecords.ts';

/** 👍 or 👎. */
export type Vote = 'up' | 'down';

/** What was wrong with an answer voted down, as the voter may say (optionally). */
export const DOWN_VOTE_REASONS = [
  { id: 'wrong-passage', label: 'Wrong passage' },
  { id: 'not-in-story', label: 'Not in the story' },
  { id: 'other', label: 'Something else' },
] as const;

/** The id of a reason a voter may give. */
export type DownVoteReason = (typeof DOWN_VOTE_REASONS)[number]['id'];

/** A click on 👍/👎 (or on a reason after 👎). */
interface VoteInput {
  answerId: string;
  vote: Vote;
  voter: Requester;
  reason?: DownVoteReason;
}

/** What the voter is told, privately. */
export interface VoteOutcome {
  /** The acknowledgement, plain text. */
  text: string;
  /** True after a 👎 without a reason: offer the reasons. */
  askWhy: boolean;
  /** False when the answer is unknown (expired) or the store failed: nothing was recorded. */
  recorded: boolean;
}

/** Records votes on answers, through the Store. */
export interface FeedbackRecorder {
  vote(input: VoteInput): Promise<VoteOutcome>;
}

/** Whether a string is a reason id a voter may give. */
export function isDownVoteReason(value: string): value is DownVoteReason {
  return DOWN_VOTE_REASONS.some((r) => r.id === value);
}

/**
 * Votes through the Store: each is kept with the answer's question, citations and whether it was a refusal, one
 * per voter and answer (a new click replaces the old one). The voter's id is hashed like the logs' user ids.
 */
export function createFeedbackRecorder(store: Pick<Store, 'getThread' | 'putThread' | 'recordVote'>, salt: string, logger: Logger): FeedbackRecorder {
  return {
    async vote({ answerId, vote, voter, reason }) {
      const voterHash = hashUserId(voter.userId, salt);
      try {
        const answer = await loadAnswer(store, answerId);
        if (!answer) return { text: 'Thanks, but that answer is too old to vote on now.', askWhy: false, recorded: false };
        // The voter's last vote, to tell a change from a first vote (the store keeps only the latest).
        const lastKey = `vote:${answerId}:${voterHash}`;
        const last = await store.getThread(lastKey);
        await store.recordVote({
          answerId,
          voterHash,
          vote,
          ...(reason !== undefined && { reasonCategory: reason }),
          question: answer.question,
          citations: answer.citations,
          refused: answer.refused,
          platform: voter.platform,
          at: Date.now(),
        });
        await store.putThread(lastKey, vote, ANSWER_TTL_MS);
        return { text: acknowledgement(vote, reason, last !== undefined && last !== vote), askWhy: vote === 'down' && reason === undefined, recorded: true };
      } catch (error) {
        logger.warn({ err: error }, 'feedback: could not record a vote');
        return { text: 'Sorry, your vote could not be recorded just now.', askWhy: false, recorded: false };
      }
    },
  };
}

function acknowledgement(vote: Vote, reason: DownVoteReason | undefined, changed: boolean): string {
  if (reason !== undefined) return `Thanks: noted as "${DOWN_VOTE_REASONS.find((r) => r.id === reason)!.label.toLowerCase()}".`;
  const mark = vote === 'up' ? '👍' : '👎';
  const what = changed ? `Vote changed to ${mark}.` : `Thanks for the ${mark}.`;
  return vote === 'down' ? `${what} If you like, say what was wrong (only you see this).` : `${what} Only you see this.`;
}
