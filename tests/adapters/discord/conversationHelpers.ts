// What the Discord conversation tests do as a user: send a message (a mention, a reply, a DM) and read the bot's
// answer, click a button of an answer and read the callback, and read citations and buttons off a message.
import { expect } from 'vitest';
import { BOT_USER, DM_CHANNEL_ID, FakeDiscord, OTHER_HUMAN, mention, visibleText, type RecordedRequest } from './fakeDiscord.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- wire JSON as the fake recorded it
export type Json = any;

/** Where a message is sent and by whom, as FakeDiscord.sendMessage takes it. */
export type Where = Parameters<FakeDiscord['sendMessage']>[1];

/** How long a test waits for an answer: the machine is shared and loaded, and the first answer warms the engine. */
export const ANSWER_WAIT_MS = 15_000;

/** Sends a message and returns the bot's answer to it (a reply, or the next message in the DM) as Discord stored it. */
export async function answerTo(fake: FakeDiscord, content: string, where: Where = {}): Promise<Json> {
  const before = fake.requests.length;
  const id = fake.sendMessage(content, where);
  const sent = await fake.waitForRequest(
    (r) =>
      fake.requests.indexOf(r) >= before &&
      r.method === 'POST' &&
      /^\/channels\/\d+\/messages$/.test(r.path) &&
      (where.dm ? r.path.includes(DM_CHANNEL_ID) : r.body?.message_reference?.message_id === id),
    ANSWER_WAIT_MS,
  );
  return sent.response;
}

/** A mention of the bot with a question, as a user types it, and the bot's answer. */
export function ask(fake: FakeDiscord, question: string, where: Where = {}): Promise<Json> {
  return answerTo(fake, `${mention(BOT_USER)} ${question}`, { mentions: [BOT_USER], ...where });
}

/** Clicks a button of a message and returns the callback the bot answered it with. */
export async function click(fake: FakeDiscord, message: Json, customId: string, user = OTHER_HUMAN): Promise<RecordedRequest> {
  const interaction = fake.clickButton(message, customId, { user });
  return fake.waitForRequest((r) => r.path === `/interactions/${interaction.id}/${interaction.token}/callback`, ANSWER_WAIT_MS);
}

/** The custom_id of the message's button that starts with `prefix` (asserted to be there). */
export function buttonId(message: Json, prefix: string): string {
  const id = FakeDiscord.buttonIds(message).find((b) => b.startsWith(prefix));
  expect(id, `a button ${prefix}… on the message`).toBeDefined();
  return id!;
}

/** True when the message has a **More** button. */
export function hasMore(message: Json): boolean {
  return FakeDiscord.buttonIds(message).some((id) => id.startsWith('isf:more:'));
}

/** The ¶ numbers a message cites, in order. */
export function citedParagraphs(message: Json): number[] {
  return [...visibleText(message).matchAll(/¶(\d+)/g)].map((m) => Number(m[1]));
}

/** The block-quoted lines of a message, joined: empty when it quotes nothing. */
export function quotedText(message: Json): string {
  return (message.embeds ?? [])
    .flatMap((e: Json) => (e.description ?? '').split('\n'))
    .filter((line: string) => line.startsWith('> '))
    .join('\n');
}
