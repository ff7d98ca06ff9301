import { escapeMarkdown, type APIEmbed } from 'discord.js';
import { describePage, formatCitation, RELATED_PASSAGE_LABEL, RELATED_PASSAGES_NOTE, type BotReply } from '../../../commands/reply.ts';
import type { CitedPassage } from '../../search/types.ts';
import { resolveCommand } from '../../../commands/index.ts';
import { fitText, type FitOptions } from '../../text/fitText.ts';

/** Discord's message limits (https://discord.com/developers/docs/resources/message#embed-object-embed-limits). */
export const DISCORD_LIMITS = {
  content: 2000,
  embedTitle: 256,
  embedDescription: 4096,
  embedFooter: 2048,
  embedsTotal: 6000,
  embedUrl: 2048,
} as const;

/** Quotes shown as their own embed in an answer; the best ones come first. */
export const MAX_QUOTE_EMBEDS = 3;

/** Mentions the bot allows: none. The story or a user's text never pings anyone, nor does a reply. */
export const NO_MENTIONS = { parse: [], repliedUser: false } satisfies { parse: []; repliedUser: false };

/** A message as the Discord adapter sends it (interaction reply, edit, or channel message). */
export interface DiscordMessagePayload {
  content?: string;
  embeds: APIEmbed[];
  allowedMentions: typeof NO_MENTIONS;
}

/** How Discord fits text: UTF-16 units (as Discord counts), a spaced ellipsis, and never half of a Markdown escape. */
export const DISCORD_FIT = { mark: ' …', unbreakable: /\\[\s\S]/g } as const satisfies FitOptions;

const COLOR_ANSWER = 0x2f6fd6;
const COLOR_REFUSAL = 0x8a8f98;

// The label of the user's words repeated back when their command gives none.
const DEFAULT_ECHO_LABEL = 'You asked';

/**
 * Renders a neutral reply as a Discord message: the user's words (escaped) in the content, a heading
 * embed for headings, notes and refusals, and one embed per quote (at most 3) titled with its citation
 * and linked to its source when known; a brief (status) lists all its quotes in one embed. Quotes stay
 * verbatim (never escaped). Everything is cut at a sentence to Discord's limits, and no mention can ping.
 */
export function renderDiscordEmbeds(reply: BotReply): DiscordMessagePayload {
  const embeds: APIEmbed[] = [];
  const color = reply.refused ? COLOR_REFUSAL : COLOR_ANSWER;
  const brief = resolveCommand(reply.command).layout === 'brief' && reply.quotes.length > 0;

  // Headings and lines are plain text (a refusal may repeat the user's words): escaped, they show as written.
  const notes = reply.lines.map((line) => fitEscaped(line, DISCORD_LIMITS.embedDescription));
  if (reply.quotesAreRelated && reply.quotes.length > 0) notes.push(RELATED_PASSAGES_NOTE);
  const title = reply.heading !== undefined ? fitEscaped(reply.heading, DISCORD_LIMITS.embedTitle) : reply.refused ? "The story doesn't answer that" : undefined;
  if (brief) {
    embeds.push(briefEmbed(title, notes, reply.quotes, color));
  } else {
    if (title !== undefined || notes.length > 0) {
      embeds.push(
        withoutEmpty({
          title,
          description: fitText(notes.join('\n'), DISCORD_LIMITS.embedDescription, DISCORD_FIT),
          color,
        }),
      );
    }
    for (const passage of reply.quotes.slice(0, MAX_QUOTE_EMBEDS)) embeds.push(quoteEmbed(passage, color));
  }

  const payload: DiscordMessagePayload = { embeds: fitEmbeds(embeds), allowedMentions: NO_MENTIONS };
  const content = contentOf(reply);
  if (content) payload.content = content;
  if (!payload.content && payload.embeds.length === 0) payload.content = reply.refused ? "The story doesn't answer that." : 'Done.';
  return payload;
}

/** A plain text version of the apology for a failed handler: short, and it pings no one. */
export function renderApology(reply: BotReply): { content: string; allowedMentions: typeof NO_MENTIONS } {
  return { content: fitText(reply.lines.join(' '), DISCORD_LIMITS.content, DISCORD_FIT), allowedMentions: NO_MENTIONS };
}

/** The message text: the question as the bot read it (a follow-up) in italics, the user's words, where the page stands. */
function contentOf(reply: BotReply): string | undefined {
  const parts: string[] = [];
  if (reply.answeredQuestion !== undefined) parts.push(`*${fitEscaped(reply.answeredQuestion.replace(/\s+/g, ' '), 600)}*`);
  const echo = echoLine(reply);
  if (echo !== undefined) parts.push(echo);
  if (reply.page) parts.push(describePage(reply.page));
  return parts.length > 0 ? fitText(parts.join('\n'), DISCORD_LIMITS.content, DISCORD_FIT) : undefined;
}

function echoLine(reply: BotReply): string | undefined {
  const echo = reply.echo?.trim();
  if (!echo) return undefined;
  const label = resolveCommand(reply.command).echoLabel ?? DEFAULT_ECHO_LABEL;
  const prefix = `**${label}:** `;
  return prefix + fitEscaped(echo.replace(/\s+/g, ' '), DISCORD_LIMITS.content - prefix.length);
}

/** Escapes the Markdown in text and cuts it, at a sentence where possible, to fit `max`, never inside an escape. */
function fitEscaped(text: string, max: number): string {
  // escapeMarkdown is slow on long text (quadratic), too slow to measure with: escaping never shortens text, so cut
  // the text first, escape what is left once, and cut the escaped form to the exact budget.
  return fitText(escapeMarkdown(fitText(text, max, DISCORD_FIT)), max, DISCORD_FIT);
}

function quoteEmbed(passage: CitedPassage, color: number): APIEmbed {
  const url = safeUrl(passage.url);
  return withoutEmpty({
    title: fitText(formatCitation(passage), DISCORD_LIMITS.embedTitle, DISCORD_FIT),
    url,
    description: blockQuote(passage.quote),
    color,
    footer: passage.related ? { text: RELATED_PASSAGE_LABEL } : undefined,
  });
}

function briefEmbed(title: string | undefined, notes: string[], quotes: CitedPassage[], color: number): APIEmbed {
  const first = quotes[0]!;
  const oneDocument = quotes.every((q) => q.doc === first.doc);
  const lines = quotes.map((q) => `${blockQuote(q.quote)}\n— ${oneDocument ? `¶${q.paragraph}` : formatCitation(q)}`);
  const about = [first.title, first.source, first.published].filter(Boolean).join(' · ');
  return withoutEmpty({
    title,
    url: oneDocument ? safeUrl(first.url) : undefined,
    description: [...notes, ...lines].join('\n\n'),
    color,
    footer: oneDocument && about ? { text: fitText(about, DISCORD_LIMITS.embedFooter, DISCORD_FIT) } : undefined,
  });
}

/** Markdown block quote, one `> ` per line; the quoted text itself stays verbatim. */
function blockQuote(text: string): string {
  return text
    .split('\n')
    .map((line) => `> ${line}`)
    .join('\n');
}

/** Keeps only http(s) URLs Discord accepts; a bad URL would make Discord reject the whole message. */
function safeUrl(url: string | undefined): string | undefined {
  if (!url || url.length > DISCORD_LIMITS.embedUrl) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? url : undefined;
  } catch {
    return undefined;
  }
}

/** Cuts descriptions (longest first) until each fits 4,096 characters and all embeds 6,000 together. */
function fitEmbeds(embeds: APIEmbed[]): APIEmbed[] {
  for (const embed of embeds) {
    if (embed.description) embed.description = fitText(embed.description, DISCORD_LIMITS.embedDescription, DISCORD_FIT);
  }
  let excess = embeds.reduce((sum, e) => sum + embedLength(e), 0) - DISCORD_LIMITS.embedsTotal;
  while (excess > 0) {
    const longest = embeds.reduce((a, b) => ((b.description?.length ?? 0) > (a.description?.length ?? 0) ? b : a));
    const length = longest.description?.length ?? 0;
    if (length <= 200) {
      embeds.pop(); // only short texts left: drop the least relevant embed instead
      if (embeds.length === 0) break;
    } else {
      longest.description = fitText(longest.description!, Math.max(200, length - excess), DISCORD_FIT);
    }
    excess = embeds.reduce((sum, e) => sum + embedLength(e), 0) - DISCORD_LIMITS.embedsTotal;
  }
  return embeds;
}

function embedLength(embed: APIEmbed): number {
  return (embed.title?.length ?? 0) + (embed.description?.length ?? 0) + (embed.footer?.text.length ?? 0) + (embed.author?.name.length ?? 0);
}

function withoutEmpty(embed: { [K in keyof APIEmbed]: APIEmbed[K] | undefined }): APIEmbed {
  const out: APIEmbed = {};
  for (const [key, value] of Object.entries(embed)) {
    if (value !== undefined && value !== '') (out as Record<string, unknown>)[key] = value;
  }
  return out;
}
