import type { types, webApi } from '@slack/bolt';
import { resolveCommand } from '../../../commands/index.ts';
import type { Logger } from '../../logger.ts';
import type { Engine } from '../../search/engine.ts';
import { STATUS_LINES } from '../../search/statusBrief.ts';
import { escapeSlackText } from './escapeSlackText.ts';
import { renderSlackBlocks } from './renderSlackBlocks.ts';

/**
 * Users whose Home tab is refreshed after a corpus reload: the most recent openers, about a team's size. Anyone
 * beyond them (or who opened it on another replica) sees the new corpus the next time they open the tab.
 */
export const MAX_HOME_VIEWERS = 1000;

/** How to ask, under the brief: plain text, so it mentions no one. */
const HOW_TO_ASK = 'Ask with /isf <question>, by mentioning @isf in a channel, or here in Messages. Answers quote the story word for word, with their paragraph.';

/** The Home tab as the bot shows it, and its refresh after a reload. */
export interface HomeTab {
  /** Publishes the Home tab of one user (they opened it), with the corpus answering now. */
  publish(client: webApi.WebClient, userId: string): Promise<void>;
  /** Publishes it again for the users who opened it lately: the corpus changed. */
  refresh(client: webApi.WebClient): Promise<void>;
}

/** The Home tab view: how to ask, the status brief (every line, cited) and the sources of the corpus. */
export function renderHomeView(engine: Engine): types.HomeView {
  const status = renderSlackBlocks(resolveCommand('status').handler({ engine, args: {} }), { maxQuotes: STATUS_LINES.max });
  const sources = renderSlackBlocks(resolveCommand('sources').handler({ engine, args: {} }));
  return {
    type: 'home',
    blocks: [
      { type: 'context', elements: [{ type: 'mrkdwn', text: escapeSlackText(HOW_TO_ASK), verbatim: true }] },
      ...status.blocks,
      { type: 'divider' },
      ...sources.blocks,
    ],
  };
}

/** The Home tab over the engine answering now (`engine()` is read at each publish, so a reload shows at once). */
export function createHomeTab(engine: () => Engine, logger: Logger): HomeTab {
  const viewers = new Set<string>();
  let rendered: { engine: Engine; view: types.HomeView } | undefined;
  const view = (): types.HomeView => {
    const current = engine();
    if (rendered?.engine !== current) rendered = { engine: current, view: renderHomeView(current) };
    return rendered.view;
  };
  const publish = async (client: webApi.WebClient, userId: string): Promise<void> => {
    await client.views.publish({ user_id: userId, view: view() });
  };
  return {
    async publish(client, userId) {
      viewers.delete(userId);
      viewers.add(userId);
      if (viewers.size > MAX_HOME_VIEWERS) viewers.delete(viewers.values().next().value!);
      await publish(client, userId);
    },
    async refresh(client) {
      let failed = 0;
      for (const userId of [...viewers]) {
        try {
          await publish(client, userId);
        } catch (error) {
          failed += 1;
          logger.debug({ err: error }, 'slack: could not refresh a Home tab');
        }
      }
      if (failed > 0) logger.warn({ failed, viewers: viewers.size }, 'slack: some Home tabs were not refreshed after the corpus changed');
    },
  };
}
