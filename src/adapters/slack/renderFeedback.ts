import type { types } from '@slack/bolt';
import { DOWN_VOTE_REASONS, type VoteOutcome } from '../../bot/conversation/feedback.ts';
import { escapeSlackText } from './escapeSlackText.ts';

/** The action id prefix of the "what was wrong?" buttons after a 👎; their values are `<reason>:<answer id>`. */
export const VOTE_REASON_ACTION_PREFIX = 'isf_vote_reason_';

/** The private acknowledgement of a vote; after a 👎, the optional "what was wrong?" buttons. */
export function renderVoteAcknowledgement(outcome: VoteOutcome, answerId: string): { text: string; blocks: types.KnownBlock[] } {
  const blocks: types.KnownBlock[] = [{ type: 'section', text: { type: 'mrkdwn', text: escapeSlackText(outcome.text), verbatim: true } }];
  if (outcome.askWhy) {
    blocks.push({
      type: 'actions',
      elements: DOWN_VOTE_REASONS.map((reason) => ({
        type: 'button' as const,
        action_id: `${VOTE_REASON_ACTION_PREFIX}${reason.id}`,
        text: { type: 'plain_text' as const, text: reason.label, emoji: false },
        value: `${reason.id}:${answerId}`,
      })),
    });
  }
  return { text: outcome.text, blocks };
}
