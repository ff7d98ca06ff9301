import type { AllMiddlewareArgs, BlockButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { renderSlackBlocks, type SlackMessage } from '../renderSlackBlocks.ts';
import { parseSlackConversation } from './conversationKey.ts';
import type { ListenerDeps } from './types.ts';
import { withApology } from './withApology.ts';

/**
 * **More**: shows the next passages of the conversation the button names, where the answer was: in its thread
 * for everyone, or privately again for a slash-command answer (only its asker's button works there); a DM's works in that DM only.
 */
export function moreButton({ bot, logger }: ListenerDeps) {
  return async ({ ack, action, body, respond, client }: SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs): Promise<void> => {
    await ack();
    const conversation = action.value ?? '';
    const place = parseSlackConversation(conversation);
    const userId = body.user.id;
    if (!place || (place.privateTo !== undefined && place.privateTo !== userId)) return;
    // A DM is private: its More works only in that DM (a click from elsewhere names a conversation its sender cannot see).
    const clickedIn = body.channel?.id ?? (body.container as { channel_id?: string } | undefined)?.channel_id;
    if (place.channel.startsWith('D') && clickedIn !== place.channel) return;
    const privately = (message: SlackMessage) => respond({ response_type: 'ephemeral', replace_original: false, ...message });
    await withApology(logger, { listener: 'more_button' }, privately, async () => {
      const reply = await bot.runText('more', { platform: 'slack', userId, conversation });
      if (place.privateTo !== undefined || reply.private) {
        await privately(renderSlackBlocks(reply, { conversation }));
        return;
      }
      await client.chat.postMessage({
        channel: place.channel,
        ...(place.threadTs !== undefined && { thread_ts: place.threadTs }),
        unfurl_links: false,
        unfurl_media: false,
        ...renderSlackBlocks(reply, { conversation }),
      });
    });
  };
}
