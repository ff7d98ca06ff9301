import { Bot } from '../../../src/bot/bot.ts';
import { ConversationBot } from '../../../src/bot/conversation/conversationBot.ts';
import { createConversationServices } from '../../../src/bot/conversation/services.ts';
import { FairUseBot } from '../../../src/bot/fairUseBot.ts';
import { createSlackAdapter, type SlackAdapter } from '../../../src/adapters/slack/slackAdapter.ts';
import type { Engine } from '../../../src/search/engine.ts';
import { silentLogger } from '../../../src/logger.ts';
import { MemoryStore } from '../../../src/store/memoryStore.ts';
import { storyEngine } from '../../support/storyEngine.ts';
import { BOT_TOKEN, SIGNING_SECRET, type FakeSlack } from './fakeSlack.ts';

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
  const adapter = createSlackAdapter({ botToken: BOT_TOKEN, signingSecret: SIGNING_SECRET, mode: 'http', apiUrl: fake.apiUrl }, bot, logger, {
    port: 0,
    conversation: createConversationServices(store, 's', logger),
  });
  await adapter.start();
  return { adapter, engine, store, eventsUrl: `http://127.0.0.1:${adapter.port}/slack/events` };
}
