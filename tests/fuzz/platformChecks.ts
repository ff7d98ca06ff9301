// What every rendered message must satisfy, whatever the input: each check returns the problems it finds (empty
// when the message is safe), so a property can report all of them with the input that caused them. The limits are
// Slack's and Discord's own, written out here rather than taken from the renderers, so a renderer that raises its
// own constant past the platform's limit is caught.
import type { types } from '@slack/bolt';
import type { APIEmbed } from 'discord.js';
import type { BotReply } from '../../commands/reply.ts';
import type { SlackMessage } from '../../src/adapters/slack/renderSlackBlocks.ts';

/** Slack Block Kit limits (api.slack.com/reference/block-kit). */
const SLACK = { blocks: 50, sectionText: 3000, contextText: 3000, contextElements: 10, buttonText: 75, buttonValue: 2000, fallbackText: 3000 } as const;

/** Discord message limits (discord.com/developers/docs/resources/message). */
const DISCORD = { content: 2000, embeds: 10, title: 256, description: 4096, footer: 2048, author: 256, total: 6000, url: 2048 } as const;

// The only markup in angle brackets a rendered Slack message may carry: the renderer's own citation link.
const CITATION_LINK = /<https?:\/\/[^\s<>|]+\|link>/g;
// An & that does not start one of the three entities Slack uses.
const BARE_AMPERSAND = /&(?!(?:amp|lt|gt);)/;

/** The problems of a rendered Slack message: limits, escaping, live mentions, missing fallback text. */
export function slackProblems(message: SlackMessage): string[] {
  const problems: string[] = [];
  const texts: { where: string; text: string; max: number; quote?: boolean }[] = [];
  if (typeof message.text !== 'string' || message.text.trim() === '') problems.push('no fallback text');
  else texts.push({ where: 'fallback text', text: message.text, max: SLACK.fallbackText });
  if (message.blocks.length > SLACK.blocks) problems.push(`${message.blocks.length} blocks (max ${SLACK.blocks})`);
  message.blocks.forEach((block: types.KnownBlock, index) => {
    const where = `block ${index} (${block.type})`;
    if (block.type === 'section') {
      const text = block.text?.text ?? '';
      if (text === '') problems.push(`${where}: empty text`);
      texts.push({ where, text, max: SLACK.sectionText, quote: text.startsWith('>') });
    } else if (block.type === 'context') {
      if (block.elements.length > SLACK.contextElements) problems.push(`${where}: ${block.elements.length} elements`);
      for (const element of block.elements) {
        if ('text' in element && typeof element.text === 'string') texts.push({ where, text: element.text, max: SLACK.contextText });
      }
    } else if (block.type === 'actions') {
      for (const element of block.elements) {
        if (element.type !== 'button') continue;
        if (element.text.text.length > SLACK.buttonText) problems.push(`${where}: button text too long`);
        texts.push({ where: `${where} button value`, text: element.value ?? '', max: SLACK.buttonValue });
        if (!element.value) problems.push(`${where}: empty button value`);
      }
    } else {
      problems.push(`${where}: unexpected block type`);
    }
  });

  for (const { where, text, max, quote } of texts) {
    if (text.length > max) problems.push(`${where}: ${text.length} characters (max ${max})`);
    if (BARE_AMPERSAND.test(text)) problems.push(`${where}: an unescaped & in ${excerpt(text, BARE_AMPERSAND)}`);
    let rest = text.replace(CITATION_LINK, '');
    if (quote) rest = rest.replace(/^>/gm, ''); // the quote marker the renderer puts at each line start
    const live = /[<>]/.exec(rest);
    if (live) problems.push(`${where}: an unescaped ${live[0]} (live markup) in ${excerpt(rest, /[<>]/)}`);
  }
  return problems;
}

/** Undoes Slack's escaping (the three entities). */
function unescapeSlack(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/**
 * Quote sections that are not the reply's quotes word for word: each section starting with `>` must show the
 * next quote of the reply, whole or cut short (a prefix of it followed by an ellipsis).
 */
export function slackQuoteProblems(message: SlackMessage, reply: BotReply): string[] {
  const problems: string[] = [];
  const shown = message.blocks.flatMap((block) => (block.type === 'section' && block.text?.text.startsWith('>') ? [block.text.text] : []));
  shown.forEach((text, index) => {
    const quote = reply.quotes[index]?.quote;
    const plain = unescapeSlack(text.replace(/^>/gm, ''));
    if (quote === undefined) problems.push(`quote section ${index} has no quote in the reply`);
    else if (plain !== quote && !isCutPrefix(plain, quote)) problems.push(`quote section ${index} is not verbatim: ${JSON.stringify(plain.slice(0, 80))}`);
  });
  return problems;
}

/** Whether `shown` is `text` cut short: a prefix of it (trailing space trimmed) followed by an ellipsis, or the ellipsis alone. */
function isCutPrefix(shown: string, text: string): boolean {
  if (!shown.endsWith('…')) return false;
  const prefix = shown.replace(/ ?…$/, '');
  return text.startsWith(prefix);
}

/** A Discord message payload as the renderer builds it. */
export interface DiscordPayloadLike {
  content?: string;
  embeds?: APIEmbed[];
  allowedMentions: { parse?: unknown; repliedUser?: unknown };
}

/** The problems of a Discord payload: mentions allowed, limits, invalid URLs, an empty message. */
export function discordProblems(payload: DiscordPayloadLike): string[] {
  const problems: string[] = [];
  const mentions = payload.allowedMentions;
  if (!Array.isArray(mentions?.parse) || mentions.parse.length !== 0) problems.push(`allowedMentions.parse is ${JSON.stringify(mentions?.parse)}, not []`);
  if (mentions?.repliedUser !== false) problems.push('allowedMentions.repliedUser is not false');
  const embeds = payload.embeds ?? [];
  if (payload.content !== undefined && payload.content.length > DISCORD.content) problems.push(`content: ${payload.content.length} characters`);
  if (!payload.content?.trim() && embeds.length === 0) problems.push('an empty message (no content, no embeds)');
  if (embeds.length > DISCORD.embeds) problems.push(`${embeds.length} embeds`);
  let total = 0;
  embeds.forEach((embed, index) => {
    const check = (field: string, value: string | undefined, max: number): void => {
      if (value === undefined) return;
      total += value.length;
      if (value.length > max) problems.push(`embed ${index} ${field}: ${value.length} characters (max ${max})`);
      if (value === '') problems.push(`embed ${index} ${field}: empty`);
    };
    check('title', embed.title, DISCORD.title);
    check('description', embed.description, DISCORD.description);
    check('footer', embed.footer?.text, DISCORD.footer);
    check('author', embed.author?.name, DISCORD.author);
    if (embed.url !== undefined && !isHttpUrl(embed.url)) problems.push(`embed ${index} url is not an http(s) URL Discord accepts: ${embed.url.slice(0, 80)}`);
  });
  if (total > DISCORD.total) problems.push(`embeds hold ${total} characters together (max ${DISCORD.total})`);
  return problems;
}

function isHttpUrl(url: string): boolean {
  if (url.length > DISCORD.url) return false;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:';
  } catch {
    return false;
  }
}

/** The first C0 or C1 control character other than the newline (a terminal may act on it), as an escape; or undefined. */
export function terminalControlIn(text: string): string | undefined {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code < 0x20 && code !== 0x0a) || (code >= 0x7f && code <= 0x9f)) return `\\u${code.toString(16).padStart(4, '0')} at ${i}`;
  }
  return undefined;
}

function excerpt(text: string, pattern: RegExp): string {
  const at = Math.max(0, text.search(pattern));
  return JSON.stringify(text.slice(Math.max(0, at - 20), at + 20));
}
