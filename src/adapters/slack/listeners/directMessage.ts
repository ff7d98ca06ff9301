import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { unescapeSlackText } from '../escapeSlackText.ts';
import { renderSlackBlocks, type SlackMessage } from '../renderSlackBlocks.ts';
import { slackConversation } from './conversationKey.ts';
import { isFromBot, stripBotMention } from './fromBot.ts';
import type { ListenerDeps } from './types.ts';
import { withApology } from './withApology.ts';

/** A direct message to the bot: any command text or question, answered in the DM (in its thread if it has one); a DM is private, so fair-use notes go there too. */
export function directMessage({ bot, logger }: ListenerDeps) {
  return async ({ event, context, client }: SlackEventMiddlewareArgs<'message'> & AllMiddlewareArgs): Promise<void> => {
    // Only new messages a person typed in a DM; edits, deletions, joins and bot posts have a subtype or bot_id.
    if (event.channel_type !== 'im' || event.subtype !== undefined || isFromBot(event, context)) return;
    const text = unescapeSlackText(stripBotMention(event.text ?? '', context.botUserId));
    // A DM (or a thread in it) is one private conversation.
    const conversation = slackConversation(event.channel, event.thread_ts);
    const post = (message: SlackMessage) =>
      client.chat.postMessage({
        channel: event.channel,
        ...(event.thread_ts !== undefined && { thread_ts: event.thread_ts }),
        unfurl_links: false,
        unfurl_media: false,
        ...message,
      });
    await withApology(logger, { listener: 'direct_message' }, post, async () => {
      const reply = await bot.runText(text, { platform: 'slack', userId: event.user, conversation });
      await post(renderSlackBlocks(reply, { conversation }));
    });
  };
}
