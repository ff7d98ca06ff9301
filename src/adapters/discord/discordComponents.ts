import { ButtonStyle, ComponentType, type APIActionRowComponent, type APIButtonComponent } from 'discord.js';
import { DOWN_VOTE_REASONS, isDownVoteReason, type DownVoteReason, type Vote } from '../../bot/conversation/feedback.ts';
import { parseConversation } from './conversationKeys.ts';
import { hasMorePassages, type BotReply } from '../../../commands/reply.ts';

/** A row of buttons under a message. */
export type ButtonRow = APIActionRowComponent<APIButtonComponent>;

// Discord's limit on a component's custom_id.
const MAX_CUSTOM_ID = 100;

/** What a button of the bot asks for, read back from its custom_id. */
export type ButtonRequest =
  | { kind: 'more'; conversation: string }
  | { kind: 'vote'; vote: Vote; answerId: string }
  | { kind: 'reason'; reason: DownVoteReason; answerId: string };

/** The buttons under an answer: **More** when passages are left (it names the conversation), and 👍/👎 when it has an answer id. */
export function answerButtons(reply: BotReply, conversation: string | undefined): ButtonRow[] {
  const buttons: APIButtonComponent[] = [];
  const more = `isf:more:${conversation ?? ''}`;
  if (conversation !== undefined && hasMorePassages(reply) && more.length <= MAX_CUSTOM_ID) {
    buttons.push({ type: ComponentType.Button, style: ButtonStyle.Primary, label: 'More', custom_id: more });
  }
  if (reply.answerId !== undefined) {
    buttons.push(
      { type: ComponentType.Button, style: ButtonStyle.Secondary, emoji: { name: '👍' }, custom_id: `isf:vote:up:${reply.answerId}` },
      { type: ComponentType.Button, style: ButtonStyle.Secondary, emoji: { name: '👎' }, custom_id: `isf:vote:down:${reply.answerId}` },
    );
  }
  return buttons.length > 0 ? [{ type: ComponentType.ActionRow, components: buttons }] : [];
}

/** The optional "what was wrong?" buttons after a 👎. */
export function reasonButtons(answerId: string): ButtonRow[] {
  return [
    {
      type: ComponentType.ActionRow,
      components: DOWN_VOTE_REASONS.map((r) => ({ type: ComponentType.Button, style: ButtonStyle.Secondary, label: r.label, custom_id: `isf:why:${r.id}:${answerId}` })),
    },
  ];
}

/** Reads a custom_id of one of the bot's buttons; undefined for anything else. */
export function parseButton(customId: string): ButtonRequest | undefined {
  let match: RegExpExecArray | null;
  if ((match = /^isf:more:(.+)$/.exec(customId)) && parseConversation(match[1]!)) return { kind: 'more', conversation: match[1]! };
  if ((match = /^isf:vote:(up|down):([0-9a-f]{1,64})$/.exec(customId))) return { kind: 'vote', vote: match[1] as Vote, answerId: match[2]! };
  if ((match = /^isf:why:([a-z-]+):([0-9a-f]{1,64})$/.exec(customId)) && isDownVoteReason(match[1]!)) return { kind: 'reason', reason: match[1], answerId: match[2]! };
  return undefined;
}
