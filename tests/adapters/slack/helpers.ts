import { readFile } from 'node:fs/promises';
import { loadCorpus } from '../../../src/corpus/loadCorpus.ts';
import { createSlackAdapter, type SlackAdapter, type SlackAdapterOptions } from '../../../src/adapters/slack/slackAdapter.ts';
import type { ChatBot } from '../../../src/bot/chatBot.ts';
import { silentLogger, type Logger } from '../../../src/logger.ts';
import { CORPUS_DIR } from '../../support/paths.ts';
import { BOT_TOKEN, SIGNING_SECRET, type FakeSlack } from './fakeSlack.ts';

/** Starts the real Slack adapter (Bolt) in HTTP mode against the fake, on a free port: the adapter and the URL Slack posts to. */
export async function startHttpAdapter(fake: FakeSlack, bot: ChatBot, logger: Logger = silentLogger, options: SlackAdapterOptions = {}): Promise<{ adapter: SlackAdapter; eventsUrl: string }> {
  const adapter = createSlackAdapter({ botToken: BOT_TOKEN, signingSecret: SIGNING_SECRET, mode: 'http', apiUrl: fake.apiUrl }, bot, logger, { port: 0, ...options });
  await adapter.start();
  return { adapter, eventsUrl: `http://127.0.0.1:${adapter.port}/slack/events` };
}

/** The raw text of every corpus file, to check that quotes are verbatim. */
export async function corpusText(): Promise<string> {
  const corpus = await loadCorpus(CORPUS_DIR);
  const texts = await Promise.all(corpus.documents.map((d) => readFile(d.file, 'utf8')));
  return texts.join('\n');
}

/** A block of a Slack message, loosely typed, as it arrived at the fake. */
export interface WireBlock {
  type: string;
  text?: { type: string; text: string };
  elements?: { type: string; text?: string | { text: string }; value?: string; action_id?: string }[];
}

/** A live mention in a message Slack shows: a user (<@U…>, <@W…>), a group (<!subteam^…>) or a broadcast. */
export const LIVE_MENTION = /<@[UW][A-Z0-9]+(\|[^>]*)?>|<!(here|channel|everyone|subteam\^[A-Z0-9]+)(\|[^>]*)?>/;

/** Undoes Slack escaping, to compare shown text with the corpus. */
export function unescape(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/** The quotes of a Slack message (sections of `>` lines) with the citation under each (the next context block). */
export function quotesOf(blocks: WireBlock[]): { quote: string; citation: string }[] {
  const quotes: { quote: string; citation: string }[] = [];
  blocks.forEach((block, index) => {
    const text = block.type === 'section' ? block.text?.text : undefined;
    if (text === undefined || !text.startsWith('>')) return;
    const next = blocks[index + 1];
    const citation = next?.type === 'context' && typeof next.elements?.[0]?.text === 'string' ? next.elements[0].text : '';
    quotes.push({ quote: unescape(text.replace(/^>/gm, '')), citation });
  });
  return quotes;
}

/** The share button of a message, if it has one. */
export function shareButtonOf(blocks: WireBlock[]): { action_id: string; value: string } | undefined {
  for (const block of blocks) {
    const button = block.type === 'actions' ? block.elements?.find((e) => e.type === 'button' && e.action_id === 'isf_share') : undefined;
    if (button?.action_id && button.value !== undefined) return { action_id: button.action_id, value: button.value };
  }
  return undefined;
}

/** The value of a message's **More** button, if it has one. */
export function moreButtonOf(blocks: WireBlock[]): string | undefined {
  for (const block of blocks) {
    const button = block.type === 'actions' ? block.elements?.find((e) => e.action_id === 'isf_more') : undefined;
    if (button?.value !== undefined) return button.value;
  }
  return undefined;
}

/** The 👍/👎 values of a message (Block Kit feedback_buttons in a context_actions block), if it has them. */
export function feedbackOf(blocks: WireBlock[]): { actionId: string; up: string; down: string } | undefined {
  for (const block of blocks as unknown as { type: string; elements?: { type: string; action_id?: string; positive_button?: { value: string }; negative_button?: { value: string } }[] }[]) {
    const element = block.type === 'context_actions' ? block.elements?.find((e) => e.type === 'feedback_buttons') : undefined;
    if (element?.action_id && element.positive_button && element.negative_button) return { actionId: element.action_id, up: element.positive_button.value, down: element.negative_button.value };
  }
  return undefined;
}
