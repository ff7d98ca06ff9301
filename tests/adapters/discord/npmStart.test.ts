// The bot as `npm start` runs it (bin/isf.js start, a separate process), against the fake Discord.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Corpus } from '../../../src/corpus/types.ts';
import { COMMANDS } from '../../../commands/index.ts';
import { APP_ID, BOT_USER, CHANNEL_ID, FakeDiscord, OTHER_HUMAN, TOKEN, mention } from './fakeDiscord.ts';
import { CORPUS_DIR } from '../../support/paths.ts';
import { spawnIsf, type SpawnedIsf } from '../../support/spawnIsf.ts';
import { loadStoryBot } from '../../support/storyBot.ts';
import { makeTempDir, removeTempDirs } from '../../support/tempDir.ts';
import { expectVerbatimCitedQuote } from './helpers.ts';

const QUESTION = 'How many troops has Pakistan sent to UN missions?';

let fake: FakeDiscord;
let bot: SpawnedIsf;
let corpus: Corpus;
let workDir: string;

beforeAll(async () => {
  ({ corpus } = await loadStoryBot());
  fake = await FakeDiscord.start();
  workDir = await makeTempDir('isf-start-'); // no .env here
  bot = spawnIsf(['start'], { CORPUS_DIR, LOG_LEVEL: 'info', DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: APP_ID, DISCORD_API_URL: fake.apiUrl }, { cwd: workDir });
  bot.child.stdin!.end();
  await fake.waitForFrame((f) => f.op === 2, 15_000);
  const deadline = Date.now() + 15_000;
  while (!bot.stderr().includes('discord connected')) {
    if (Date.now() > deadline || bot.child.exitCode !== null) throw new Error(`the bot did not connect:\n${bot.stderr()}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}, 30_000);

afterAll(async () => {
  if (bot && bot.child.exitCode === null) bot.child.kill('SIGKILL');
  await fake?.close();
  await removeTempDirs();
});

describe('npm start with the Discord variables set', () => {
  it('answers every /isf subcommand within 3 seconds, status and ask with a verbatim quote and a ¶ citation', async () => {
    for (const { name } of COMMANDS) {
      const options: Record<string, string> = name === 'ask' ? { question: QUESTION } : name === 'search' ? { terms: 'Security Council' } : {};
      const sent = Date.now();
      const interaction = fake.sendCommand(name, options);
      const callback = await fake.waitForRequest((r) => r.path === `/interactions/${interaction.id}/${interaction.token}/callback`);
      expect(callback.at - sent, name).toBeLessThan(3000);
      if (name === 'status' || name === 'ask') expectVerbatimCitedQuote(callback.body.data, corpus);
    }
  });

  it('answers a question carrying @everyone and a user mention', async () => {
    const interaction = fake.sendCommand('ask', { question: `@everyone ${mention(OTHER_HUMAN)} ${QUESTION}` });
    const callback = await fake.waitForRequest((r) => r.path === `/interactions/${interaction.id}/${interaction.token}/callback`);
    expectVerbatimCitedQuote(callback.body.data, corpus);
  });

  it('replies to a message that mentions it', async () => {
    const id = fake.sendMessage(`${mention(BOT_USER)} ${QUESTION}`, { mentions: [BOT_USER] });
    const sent = await fake.waitForRequest((r) => r.path === `/channels/${CHANNEL_ID}/messages` && r.body?.message_reference?.message_id === id);
    expectVerbatimCitedQuote(sent.body, corpus);
  });

  it('sends every message with allowed_mentions parsing nothing', () => {
    const messages = fake.messageRequests().filter((r) => r.body.type !== 5);
    expect(messages.length).toBeGreaterThanOrEqual(COMMANDS.length + 2);
    for (const r of messages) expect((r.body.data ?? r.body).allowed_mentions?.parse).toEqual([]);
  });

  it('stops cleanly on SIGTERM, closing the gateway', async () => {
    expect(await bot.stop()).toBe(0);
    await expect.poll(() => fake.openConnections).toBe(0);
    // Closing the gateway on purpose is not a connection lost (issue 13 item 10).
    expect(bot.stderr()).not.toContain('discord gateway reconnecting');
  }, 15_000);
});
