import type { AllMiddlewareArgs, BlockAction, BlockButtonAction, BlockFeedbackButtonsAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { isDownVoteReason, type DownVoteReason, type Vote, type VoteOutcome } from '../../../bot/conversation/feedback.ts';
import { renderVoteAcknowledgement } from '../renderFeedback.ts';
import type { ListenerDeps } from './types.ts';

const NOT_KEPT: VoteOutcome = { text: 'Thanks for the feedback.', askWhy: false, recorded: false };

/** 👍/👎 under an answer: recorded (a second click changes the vote) and acknowledged to the voter only; a 👎 offers "what was wrong?". */
export function feedbackButtons(deps: ListenerDeps) {
  return async ({ ack, action, body, respond }: SlackActionMiddlewareArgs<BlockFeedbackButtonsAction> & AllMiddlewareArgs): Promise<void> => {
    await ack();
    const match = /^(up|down):([0-9a-f]{1,64})$/.exec(action.value);
    if (!match) return;
    await acknowledge(deps, body, respond, match[2]!, match[1] as Vote, undefined, false);
  };
}

/** A "what was wrong?" button after a 👎: recorded with the vote, and the question replaced by the thanks. */
export function voteReasonButton(deps: ListenerDeps) {
  return async ({ ack, action, body, respond }: SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs): Promise<void> => {
    await ack();
    const match = /^([a-z-]+):([0-9a-f]{1,64})$/.exec(action.value ?? '');
    if (!match || !isDownVoteReason(match[1]!)) return;
    await acknowledge(deps, body, respond, match[2]!, 'down', match[1], true);
  };
}

async function acknowledge(
  { conversation, logger }: ListenerDeps,
  body: BlockAction,
  respond: SlackActionMiddlewareArgs['respond'],
  answerId: string,
  vote: Vote,
  reason: DownVoteReason | undefined,
  replace: boolean,
): Promise<void> {
  try {
    const voter = { platform: 'slack' as const, userId: body.user.id };
    const outcome = conversation ? await conversation.feedback.vote({ answerId, vote, voter, ...(reason !== undefined && { reason }) }) : NOT_KEPT;
    await respond({ response_type: 'ephemeral', replace_original: replace, ...renderVoteAcknowledgement(outcome, answerId) });
  } catch (error) {
    logger.warn({ err: error }, 'slack: could not acknowledge a vote');
  }
}


