import type { App, BlockButtonAction, BlockFeedbackButtonsAction } from '@slack/bolt';
import { VOTE_REASON_ACTION_PREFIX } from '../renderFeedback.ts';
import { FEEDBACK_ACTION_ID, MORE_ACTION_ID, SHARE_ACTION_ID } from '../renderSlackBlocks.ts';
import { appHomeOpened } from './appHomeOpened.ts';
import { appMention } from './appMention.ts';
import { assistantPanel } from './assistantPanel.ts';
import { directMessage } from './directMessage.ts';
import { feedbackButtons, voteReasonButton } from './feedbackButtons.ts';
import { moreButton } from './moreButton.ts';
import { shareButton } from './shareButton.ts';
import { slashCommand } from './slashCommand.ts';
import type { ListenerDeps } from './types.ts';

export type { ListenerDeps } from './types.ts';

/** Keeps track of listener work still running, so stop() can let replies in flight finish. */
export interface InFlight {
  add(work: Promise<unknown>): void;
}

/** Registers every Slack listener of the bot in one place: the assistant panel, the slash command, the share, More and feedback buttons, mentions, DMs and the Home tab. */
export function registerListeners(app: App, deps: ListenerDeps, inFlight: InFlight): void {
  const tracked =
    <Args>(listener: (args: Args) => Promise<void>) =>
    (args: Args): Promise<void> => {
      const work = listener(args);
      inFlight.add(work);
      return work;
    };
  const seen = recentIds(1000);
  const claim = deps.claimEvent ?? (async (id: string) => !seen(id));
  // Slack re-delivers an event it thinks was not acknowledged, perhaps to another replica; answering it twice would post twice.
  app.use(async ({ body, next }) => {
    const eventId = 'event_id' in body && typeof body.event_id === 'string' ? body.event_id : undefined;
    if (eventId !== undefined && !(await claim(eventId))) {
      deps.logger.debug({ eventId }, 'slack: ignoring a re-delivered event');
      return;
    }
    await next();
  });
  // The assistant panel takes the messages of its threads (DM threads) before the DM listener would.
  app.assistant(assistantPanel(deps, { claim, track: tracked }));
  app.command(deps.commandName, tracked(slashCommand(deps)));
  app.action<BlockButtonAction>({ type: 'block_actions', action_id: SHARE_ACTION_ID }, tracked(shareButton(deps)));
  app.action<BlockButtonAction>({ type: 'block_actions', action_id: MORE_ACTION_ID }, tracked(moreButton(deps)));
  app.action<BlockFeedbackButtonsAction>({ type: 'block_actions', action_id: FEEDBACK_ACTION_ID }, tracked(feedbackButtons(deps)));
  app.action<BlockButtonAction>({ type: 'block_actions', action_id: new RegExp(`^${VOTE_REASON_ACTION_PREFIX}`) }, tracked(voteReasonButton(deps)));
  app.event('app_mention', tracked(appMention(deps)));
  app.event('message', tracked(directMessage(deps)));
  app.event('app_home_opened', tracked(appHomeOpened(deps)));
  app.error(async (error) => {
    deps.logger.error({ err: error }, 'slack: unhandled error in a listener');
  });
}

/** A bounded memory of ids: returns true when the id was seen before, and remembers it. */
function recentIds(capacity: number): (id: string) => boolean {
  const ids = new Set<string>();
  return (id) => {
    if (ids.has(id)) return true;
    ids.add(id);
    if (ids.size > capacity) ids.delete(ids.values().next().value!);
    return false;
  };
}
