import type { AllMiddlewareArgs, BlockButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { unescapeSlackText } from '../escapeSlackText.ts';
import { renderSlackBlocks } from '../renderSlackBlocks.ts';
import type { ListenerDeps } from './types.ts';
import { withApology } from './withApology.ts';

/**
 * "Share to channel": re-runs the command text carried by the button (the blocks a client sends back are
 * not trusted), posts the answer publicly in the channel saying who shared it (by name, never a ping), then removes the private copy.
 */
export function shareButton({ bot, logger }: ListenerDeps) {
  return async ({ ack, action, body, respond }: SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs): Promise<void> => {
    await ack();
    const userId = body.user.id;
    await withApology(
      logger,
      { listener: 'share_button' },
      (message) => respond({ response_type: 'ephemeral', replace_original: false, ...message }),
      async () => {
        const reply = await bot.runText(unescapeSlackText(action.value ?? ''), { platform: 'slack', userId });
        if (reply.private) {
          // Over the rate limit: say so to the sharer only, and keep their private answer.
          await respond({ response_type: 'ephemeral', replace_original: false, ...renderSlackBlocks(reply) });
          return;
        }
        // The sharer's name as Slack sent it, never a <@U…> mention (it would ping); no name, no "Shared by".
        const sharer = body.user.username || body.user.name;
        await respond({ response_type: 'in_channel', replace_original: false, ...renderSlackBlocks(reply, sharer ? { sharedBy: sharer } : {}) });
        try {
          await respond({ delete_original: true });
        } catch (error) {
          // The answer is public already; a private copy left behind is not worth an apology.
          logger.warn({ err: error }, 'slack: could not remove the private answer after sharing it');
        }
      },
    );
  };
}
