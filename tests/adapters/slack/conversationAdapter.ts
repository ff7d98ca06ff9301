import { Bot } from '../../../src/bot/bot.ts';
import { ConversationBot } from '../../../src/bot/conversation/conversationBot.ts';
import { createConversationServices } from '../../../src/bot/conversation/services.ts';
import { FairUseBot } from '../../../src/bot/fairUseBot.ts';
import type { SlackAdapter } from '../../../src/adapters/slack/slackAdapter.ts';
import type { Engine } from '../../../src/search/engine.ts';
import { silentLogger } from '../../../src/logger.ts';
import { MemoryStore } from '../../../src/store/memoryStore.ts';
import { storyEngine } from '../../support/storyEngine.ts';
import type { FakeSlack } from './fakeSlack.ts';
import { startHttpAdapter } from './helpers.ts';

/** A started Slack adapter (HTTP mode) holding conversations as startBot builds them, over a MemoryStore. */
export interface ConversationAdapter {
  adapter: SlackAdapter;
  engine: Engine;
  store: MemoryStore;
  /** The app's /slack/events URL. */
  eventsUrl: string;
}

/** Starts the real Bolt App against the fake: the shipped story, ConversationBot inside FairUseBot, votes and links in the store. */
export async function startConversationAdapter(fake: FakeSlack, rateLimitPerMinute = 100): Promise<ConversationAdapter> {
  const logger = silentLogger;
  const engine = await storyEngine();
  const store = new MemoryStore();
  const bot = new FairUseBot(new ConversationBot(new Bot(engine, logger), { store, logger }), { store, rateLimitPerMinute, maxConcurrent: 4, logger, salt: 's' });
  const { adapter, eventsUrl } = await startHttpAdapter(fake, bot, logger, { conversation: createConversationServices(store, 's', logger) });
  return { adapter, engine, store, eventsUrl };
}
