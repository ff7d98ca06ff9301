import { escapeMarkdown, type APIEmbed } from 'discord.js';
import { formatCitation, type BotReply } from '../../bot/reply.ts';
import type { CitedPassage } from '../../search/types.ts';
import { cutAtSentence } from './cutText.ts';

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

const COLOR_ANSWER = 0x2f6fd6;
const COLOR_REFUSAL = 0x8a8f98;

// How the user's own words are labelled when repeated back.
const ECHO_LABELS: Record<string, string> = { ask: 'Q', search: 'Search' };

// Commands whose quotes form one brief (read top to bottom) rather than separate answers.
const BRIEF_COMMANDS = new Set(['status']);

/**
 * Renders a neutral reply as a Discord message: the user's words (escaped) in the content, a heading
 * embed for headings, notes and refusals, and one embed per quote (at most 3) titled with its citation
 * and linked to its source when known; a brief (status) lists all its quotes in one embed. Quotes stay
 * verbatim (never escaped). Everything is cut at a sentence to Discord's limits, and no mention can ping.
 */
export function renderDiscordEmbeds(reply: BotReply): DiscordMessagePayload {
  const embeds: APIEmbed[] = [];
  const color = reply.refused ? COLOR_REFUSAL : COLOR_ANSWER;
  const brief = BRIEF_COMMANDS.has(reply.command) && reply.quotes.length > 0;

  // Headings and lines are plain text (a refusal may repeat the user's words): escaped, they show as written.
  const notes = reply.lines.map((line) => escapeLimited(line, DISCORD_LIMITS.embedDescription));
  if (reply.quotesAreRelated && reply.quotes.length > 0) notes.push('Related passages from the story, which do not answer it:');
  const title = reply.heading !== undefined ? escapeLimited(reply.heading, DISCORD_LIMITS.embedTitle) : reply.refused ? "The story doesn't answer that" : undefined;
  if (brief) {
    embeds.push(briefEmbed(title, notes, reply.quotes, color));
  } else {
    if (title !== undefined || notes.length > 0) {
      embeds.push(
        withoutEmpty({
          title: title && cutAtSentence(title, DISCORD_LIMITS.embedTitle),
          description: cutAtSentence(notes.join('\n'), DISCORD_LIMITS.embedDescription),
          color,
        }),
      );
    }
    for (const passage of reply.quotes.slice(0, MAX_QUOTE_EMBEDS)) embeds.push(quoteEmbed(passage, color));
  }

  const payload: DiscordMessagePayload = { embeds: fitEmbeds(embeds), allowedMentions: NO_MENTIONS };
  const content = echoLine(reply);
  if (content) payload.content = content;
  if (!payload.content && payload.embeds.length === 0) payload.content = reply.refused ? "The story doesn't answer that." : 'Done.';
  return payload;
}

/** A plain text version of the apology for a failed handler: short, and it pings no one. */
export function renderApology(reply: BotReply): { content: string; allowedMentions: typeof NO_MENTIONS } {
  return { content: cutAtSentence(reply.lines.join(' '), DISCORD_LIMITS.content), allowedMentions: NO_MENTIONS };
}

function echoLine(reply: BotReply): string | undefined {
  const echo = reply.echo?.trim();
  if (!echo) return undefined;
  const label = ECHO_LABELS[reply.command] ?? 'You asked';
  // Escape the user's words before the label is added, so the budget covers the escaped form.
  const prefix = `**${label}:** `;
  return prefix + cutAtSentence(escapeLimited(echo.replace(/\s+/g, ' '), DISCORD_LIMITS.content), DISCORD_LIMITS.content - prefix.length);
}

/**
 * Escapes Markdown in text that will be cut to `max` anyway: cut first (escaping is slow on very long text,
 * and only what fits is shown), then escape; the caller cuts the escaped form to its exact budget.
 */
function escapeLimited(text: string, max: number): string {
  return escapeMarkdown(cutAtSentence(text, max));
}

function quoteEmbed(passage: CitedPassage, color: number): APIEmbed {
  const url = safeUrl(passage.url);
  return withoutEmpty({
    title: cutAtSentence(formatCitation(passage), DISCORD_LIMITS.embedTitle),
    url,
    description: blockQuote(passage.quote),
    color,
    footer: passage.related ? { text: 'Related passage, not an answer' } : undefined,
  });
}

function briefEmbed(title: string | undefined, notes: string[], quotes: CitedPassage[], color: number): APIEmbed {
  const first = quotes[0]!;
  const oneDocument = quotes.every((q) => q.doc === first.doc);
  const lines = quotes.map((q) => `${blockQuote(q.quote)}\n— ${oneDocument ? `¶${q.paragraph}` : formatCitation(q)}`);
  const about = [first.title, first.source, first.published].filter(Boolean).join(' · ');
  return withoutEmpty({
    title: title && cutAtSentence(title, DISCORD_LIMITS.embedTitle),
    url: oneDocument ? safeUrl(first.url) : undefined,
    description: [...notes, ...lines].join('\n\n'),
    color,
    footer: oneDocument && about ? { text: cutAtSentence(about, DISCORD_LIMITS.embedFooter) } : undefined,
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
    if (embed.description) embed.description = cutAtSentence(embed.description, DISCORD_LIMITS.embedDescription);
  }
  let excess = embeds.reduce((sum, e) => sum + embedLength(e), 0) - DISCORD_LIMITS.embedsTotal;
  while (excess > 0) {
    const longest = embeds.reduce((a, b) => ((b.description?.length ?? 0) > (a.description?.length ?? 0) ? b : a));
    const length = longest.description?.length ?? 0;
    if (length <= 200) {
      embeds.pop(); // only short texts left: drop the least relevant embed instead
      if (embeds.length === 0) break;
    } else {
      longest.description = cutAtSentence(longest.description!, Math.max(200, length - excess));
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
