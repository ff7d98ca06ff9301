import type { types } from '@slack/bolt';
import { describePage, formatCitation, hasMorePassages, RELATED_PASSAGES_NOTE, type BotReply } from '../../../commands/reply.ts';
import type { CitedPassage } from '../../search/types.ts';
import { resolveCommand } from '../../../commands/index.ts';
import { clipText, fitText, type FitOptions } from '../../text/fitText.ts';
import { escapedLength, escapeSlackText } from './escapeSlackText.ts';

/** Slack's limits that rendering keeps to (characters are counted after escaping). */
export const SLACK_LIMITS = {
  /** Text of a section block. */
  sectionText: 3000,
  /** One text element of a context block (kept well under Slack's own limit). */
  contextText: 2000,
  /** Blocks in one message. */
  blocks: 50,
  /** A button's value. */
  buttonValue: 2000,
  /** The notification text fallback (Slack truncates long ones; 3,000 keeps it readable). */
  fallbackText: 3000,
} as const;

/** How Slack fits text: measured once escaped, and cut short with a spaced ellipsis. */
const SLACK_FIT: FitOptions = { measure: escapedLength, mark: ' …' };

/** The longest a sharer's name may be in "Shared by" (Slack's display names are at most 80 characters). */
const MAX_SHARER_TEXT = 80;

/** Quotes shown at most in one answer. */
export const MAX_QUOTES = 3;

/** The action id of the "Share to channel" button. */
export const SHARE_ACTION_ID = 'isf_share';

/** The action id of the **More** button; its value is the conversation whose answer it continues. */
export const MORE_ACTION_ID = 'isf_more';

/** The action id of the 👍/👎 feedback buttons; their values are `up:<answer id>` and `down:<answer id>`. */
export const FEEDBACK_ACTION_ID = 'isf_feedback';

/** How a reply is rendered beyond its content. */
export interface RenderOptions {
  /** Adds a "Share to channel" button that re-runs this command text (ephemeral slash-command answers). */
  shareCommandText?: string;
  /** The name (never a mention: it would ping) of whoever shared the answer to the channel; adds "Shared by name". */
  sharedBy?: string;
  /** The conversation the reply belongs to: with passages left to show, adds a **More** button that continues it. */
  conversation?: string;
  /** Quotes shown at most; default MAX_QUOTES (a chat answer). The Home tab shows the whole status brief. */
  maxQuotes?: number;
}

/** A Slack message: Block Kit blocks and the plain-text fallback used by notifications. */
export interface SlackMessage {
  text: string;
  blocks: types.KnownBlock[];
}

/**
 * Renders a neutral BotReply as a Block Kit message: heading, the user's words (escaped), note lines,
 * at most 3 quotes as quote blocks each with its citation underneath, and an optional share button.
 * Pure; every dynamic text is escaped and cut to fit Slack's limits, never rejected.
 */
export function renderSlackBlocks(reply: BotReply, options: RenderOptions = {}): SlackMessage {
  const quotes = reply.quotes.slice(0, options.maxQuotes ?? MAX_QUOTES);
  const head: types.KnownBlock[] = [];
  const tail: types.KnownBlock[] = [];

  // The question as the bot read it comes first, so a follow-up's reading is seen before its answer.
  if (reply.answeredQuestion !== undefined) head.push(section(`_${fitEscaped(reply.answeredQuestion, SLACK_LIMITS.sectionText - 2)}_`));
  if (options.sharedBy !== undefined) head.push(context(`Shared by ${sharerName(options.sharedBy)}`));
  if (reply.heading) head.push(section(`*${fitEscaped(reply.heading, SLACK_LIMITS.sectionText - 2)}*`));
  if (reply.echo !== undefined) head.push(context(`${echoLabel(reply.command)}: ${fitEscaped(reply.echo, SLACK_LIMITS.contextText - 20)}`));

  if (quotes.length > 0 && reply.quotesAreRelated) tail.push(context(RELATED_PASSAGES_NOTE));
  for (const quote of quotes) tail.push(quoteSection(quote.quote), context(citationText(quote)));
  const more = hasMorePassages(reply) && options.conversation !== undefined;
  if (reply.page) tail.push(context(`${describePage(reply.page)}${more ? ' *More* shows the next.' : ''}`));
  else if (reply.quotes.length > quotes.length) tail.push(context(`Showing ${quotes.length} of ${reply.quotes.length} passages.`));
  const buttons = [...(more ? [moreButton(options.conversation!)] : []), ...(options.shareCommandText !== undefined ? [shareButton(options.shareCommandText)] : [])];
  if (buttons.length > 0) tail.push({ type: 'actions', elements: buttons });
  if (reply.answerId !== undefined) tail.push(feedbackButtons(reply.answerId));

  const room = SLACK_LIMITS.blocks - head.length - tail.length;
  const blocks = [...head, ...lineSections(reply.lines, room), ...tail];
  return { text: fallbackText(reply, quotes, options), blocks };
}

// The label of the user's words repeated back when their command gives none.
const DEFAULT_ECHO_LABEL = 'Question';

/** The label in front of the user's own words, as their command gives it. */
function echoLabel(command: string): string {
  return resolveCommand(command).echoLabel ?? DEFAULT_ECHO_LABEL;
}

/** A mention of a Slack user id; anything that is not a user id is shown as escaped text. */
function sharerName(name: string): string {
  // Plain text, escaped and kept short: a <@U…> mention would ping the sharer in a public channel.
  return escapeSlackText(clipText(name, MAX_SHARER_TEXT));
}

function section(text: string): types.SectionBlock {
  // verbatim: Slack must not link-ify names or parse mentions in quoted or user-given text.
  return { type: 'section', text: { type: 'mrkdwn', text, verbatim: true } };
}

function context(text: string): types.ContextBlock {
  return { type: 'context', elements: [{ type: 'mrkdwn', text, verbatim: true }] };
}

/** A verbatim quote as a mrkdwn quote (every line prefixed with `>`), escaped and cut at a sentence to fit. */
function quoteSection(quote: string): types.SectionBlock {
  const measure = (s: string): number => escapedLength(s) + 1 + (s.match(/\n/g)?.length ?? 0);
  const fitted = fitText(quote, SLACK_LIMITS.sectionText, { ...SLACK_FIT, measure });
  return section(`>${escapeSlackText(fitted).replace(/\n/g, '\n>')}`);
}

/** Title · ¶N · source · date, then a link to the source when its URL is known. */
function citationText(passage: CitedPassage): string {
  const link = passage.url ? slackLink(passage.url, 'link') : undefined;
  const room = SLACK_LIMITS.contextText - (link ? link.length + 3 : 0);
  const citation = fitEscaped(formatCitation(passage), room);
  return link ? `${citation} · ${link}` : citation;
}

/** A Slack link to an http(s) URL; other URLs are not linked. */
function slackLink(url: string, label: string): string | undefined {
  if (!/^https?:\/\/[^\s]+$/i.test(url) || url.length > 1000) return undefined;
  return `<${escapeSlackText(url).replace(/\|/g, '%7C')}|${label}>`;
}

/** Note lines, packed into as few sections as fit; beyond the room left, the last one ends with an ellipsis line. */
function lineSections(lines: readonly string[], room: number): types.SectionBlock[] {
  // Packed and cut as the user's text, measured escaped, and escaped last: a cut never splits an entity.
  const texts: string[] = [];
  let current = '';
  let currentLength = 0;
  for (const line of lines) {
    const fitted = fitText(line, SLACK_LIMITS.sectionText, SLACK_FIT);
    const length = escapedLength(fitted);
    if (current !== '' && currentLength + 1 + length > SLACK_LIMITS.sectionText) {
      texts.push(current);
      current = '';
    }
    currentLength = current === '' ? length : currentLength + 1 + length;
    current = current === '' ? fitted : `${current}\n${fitted}`;
  }
  if (current !== '') texts.push(current);
  if (texts.length > room) {
    texts.length = Math.max(0, room);
    const last = texts.length - 1;
    if (last >= 0) texts[last] = fitText(`${texts[last]!}\n…`, SLACK_LIMITS.sectionText, { ...SLACK_FIT, mark: '\n…' });
  }
  return texts.map((text) => section(escapeSlackText(text)));
}

/** The "Share to channel" button; its value is the command text (escaped, like all text sent), re-run when clicked. */
function shareButton(commandText: string): types.Button {
  return {
    type: 'button',
    action_id: SHARE_ACTION_ID,
    text: { type: 'plain_text', text: 'Share to channel', emoji: false },
    value: fitEscaped(commandText, SLACK_LIMITS.buttonValue) || 'help',
  };
}

/** The **More** button: its value names the conversation, whose next passages it shows. */
function moreButton(conversation: string): types.Button {
  return { type: 'button', action_id: MORE_ACTION_ID, text: { type: 'plain_text', text: 'More', emoji: false }, value: conversation.slice(0, SLACK_LIMITS.buttonValue) };
}

/** 👍/👎 under an answer: Block Kit's context_actions block with feedback_buttons. */
function feedbackButtons(answerId: string): types.ContextActionsBlock {
  return {
    type: 'context_actions',
    elements: [
      {
        type: 'feedback_buttons',
        action_id: FEEDBACK_ACTION_ID,
        positive_button: { text: { type: 'plain_text', text: '👍' }, value: `up:${answerId}`, accessibility_label: 'This answer helped' },
        negative_button: { text: { type: 'plain_text', text: '👎' }, value: `down:${answerId}`, accessibility_label: 'This answer was wrong or unhelpful' },
      },
    ],
  };
}

/** The plain-text fallback shown in notifications: the same content, one item a line, escaped. */
function fallbackText(reply: BotReply, quotes: readonly CitedPassage[], options: RenderOptions): string {
  const parts: string[] = [];
  if (reply.answeredQuestion !== undefined) parts.push(reply.answeredQuestion);
  if (reply.heading) parts.push(reply.heading);
  if (reply.echo !== undefined) parts.push(`${echoLabel(reply.command)}: ${reply.echo}`);
  parts.push(...reply.lines);
  for (const quote of quotes) parts.push(`${/^["“]/.test(quote.quote) ? quote.quote : `“${quote.quote}”`} (${formatCitation(quote)})`);
  const body = fitEscaped(parts.join('\n') || reply.command, SLACK_LIMITS.fallbackText - 100);
  return options.sharedBy === undefined ? body : `Shared by ${sharerName(options.sharedBy)}: ${body}`;
}

/** Cuts text, at a sentence where possible, so that once escaped it fits `max`, and escapes it. */
function fitEscaped(text: string, max: number): string {
  return escapeSlackText(fitText(text, max, SLACK_FIT));
}
