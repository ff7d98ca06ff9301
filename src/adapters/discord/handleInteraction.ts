import {
  InteractionCallbackResponse,
  MessageFlags,
  type ApplicationCommandOptionChoiceData,
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type Interaction,
} from 'discord.js';
import { apologyReply, type Requester } from '../../bot/bot.ts';
import type { ConversationServices } from '../../bot/conversation/services.ts';
import type { BotReply } from '../../../commands/reply.ts';
import { resolveCommand, type CommandArgs, type CommandDefinition } from '../../../commands/index.ts';
import type { Logger } from '../../logger.ts';
import { ISF_COMMAND_NAME } from './buildSlashCommand.ts';
import { CALLBACK_DEADLINE_MS, MissedWindowError, sendBeforeDeadline } from './callbackWindow.ts';
import type { AnswersInFlight } from './answersInFlight.ts';
import { answerButtons, parseButton, reasonButtons } from './discordComponents.ts';
import { isExpiredInteraction, type DiscordBot } from './discordBot.ts';
import { conversationKeys, messageKey, parseConversation } from './conversationKeys.ts';
import { removeMentions } from './removeMentions.ts';
import { NO_MENTIONS, renderApology, renderDiscordEmbeds } from './renderDiscordEmbeds.ts';

/** What the interaction handler works with. */
export interface InteractionHandlerOptions {
  bot: DiscordBot;
  logger: Logger;
  /** A reply not ready after this many ms is deferred ("thinking…") and edited in when ready. */
  deferAfterMs: number;
  /** Vote recording for the 👍/👎 buttons; without it votes are acknowledged but not kept. */
  conversation?: ConversationServices;
  /** Slash answers being sent, per channel, so a quick reply to one can wait for its link. */
  answers?: AnswersInFlight;
}

// Discord's limits on autocomplete: 25 choices, each name and value 1-100 characters.
const MAX_CHOICES = 25;
const MAX_CHOICE_LENGTH = 100;

/** Routes `/isf` slash commands to the bot and autocomplete to the engine's question suggestions. */
export function createInteractionHandler(options: InteractionHandlerOptions): (interaction: Interaction) => Promise<void> {
  return async (interaction) => {
    if (interaction.isAutocomplete()) await answerAutocomplete(interaction, options);
    else if (interaction.isChatInputCommand()) await answerCommand(interaction, options);
    else if (interaction.isButton()) await answerButton(interaction, options);
  };
}

async function answerCommand(interaction: ChatInputCommandInteraction, { bot, logger, deferAfterMs, conversation: services, answers }: InteractionHandlerOptions): Promise<void> {
  const started = performance.now();
  let command = 'help';
  try {
    const definition = commandOf(interaction);
    command = definition.name;
    const args = readArgs(interaction, definition);
    const ephemeral = args.private === true || definition.privateByDefault;
    // A slash answer is a conversation of its own, continued by its **More** button and, when public, by a reply to it.
    const conversation = conversationKeys.slash(interaction.id);
    const requester: Requester = { platform: 'discord', userId: interaction.user.id, conversation };
    const link = services ? (messageId: string) => services.links.link(messageKey(messageId), conversation) : undefined;
    const responding = respondInTime(interaction, ephemeral, () => bot.run(command, args, requester), deferAfterMs, started + CALLBACK_DEADLINE_MS, conversation, link);
    const how = await (answers && link && !ephemeral ? answers.track(interaction.channelId, responding) : responding);
    logger.info({ command, interaction: interaction.id, how, ephemeral, ms: Math.round(performance.now() - started) }, 'discord command answered');
  } catch (error) {
    await apologize(interaction, command, error, logger);
  }
}

/** The definition behind `/isf <sub>`; an unknown or stale command gets help. */
function commandOf(interaction: ChatInputCommandInteraction): CommandDefinition {
  const sub = interaction.commandName === ISF_COMMAND_NAME ? interaction.options.getSubcommand(false) : null;
  return resolveCommand(sub ?? undefined);
}

/** Reads the options the definition declares; mentions in text are addressing, not part of the question. */
function readArgs(interaction: ChatInputCommandInteraction, definition: CommandDefinition): CommandArgs {
  const args: CommandArgs = {};
  for (const option of definition.options) {
    const value = option.type === 'string' ? interaction.options.getString(option.name) : interaction.options.getBoolean(option.name);
    if (value !== null) args[option.name] = typeof value === 'string' ? removeMentions(value) : value;
  }
  return args;
}

/**
 * Answers within Discord's 3-second window: a reply ready in time is sent at once; otherwise the
 * interaction is deferred (the user sees "thinking…") and the reply is edited in when ready. A callback that
 * Discord rate-limits is retried only while the retry can still arrive in the window: a reply that cannot is
 * replaced by a deferral (a callback too, but one that no longer waits for the answer) and edited in.
 * A public answer's message id (the callback's response_message_id, or the edited original) goes to `link`,
 * so a reply to that message follows it up; an ephemeral one cannot be replied to and is not linked.
 */
async function respondInTime(
  interaction: ChatInputCommandInteraction,
  ephemeral: boolean,
  work: () => BotReply | Promise<BotReply>,
  deferAfterMs: number,
  deadline: number,
  conversation?: string,
  link?: (messageId: string) => Promise<void>,
): Promise<'replied' | 'deferred'> {
  const render = (reply: BotReply) => ({ ...renderDiscordEmbeds(reply), components: answerButtons(reply, conversation) });
  const pending = Promise.resolve().then(work);
  pending.catch(() => undefined); // still awaited below; this only stops an unhandled rejection if deferring fails first
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<undefined>((resolve) => {
    timer = setTimeout(resolve, deferAfterMs, undefined);
  });
  const ready = await Promise.race([pending.then((reply) => ({ reply })), late]).finally(() => clearTimeout(timer));
  const only = { flags: MessageFlags.Ephemeral as const };
  if (ready) {
    // A private note (over the rate limit) is ephemeral whatever the asker chose.
    const message = ready.reply.private ? { ...renderApology(ready.reply), ...only } : { ...render(ready.reply), ...(ephemeral && only) };
    const linked = link && !ready.reply.private && !ephemeral ? link : undefined;
    try {
      const response = await sendBeforeDeadline(() => interaction.reply({ ...message, withResponse: linked !== undefined }), deadline);
      const messageId = response instanceof InteractionCallbackResponse ? response.interaction.responseMessageId : null;
      if (linked && messageId !== null) await linked(messageId);
      return 'replied';
    } catch (error) {
      if (!(error instanceof MissedWindowError)) throw error;
    }
    await sendBeforeDeadline(() => interaction.deferReply(ready.reply.private || ephemeral ? only : {}), deadline);
    const edited = await interaction.editReply(ready.reply.private ? { ...renderApology(ready.reply), embeds: [] } : render(ready.reply));
    if (linked) await linked(edited.id);
    return 'deferred';
  }
  await sendBeforeDeadline(() => interaction.deferReply(ephemeral ? only : {}), deadline);
  const reply = await pending;
  if (reply.private && !ephemeral) {
    // A public "thinking…" cannot turn private: tell the asker alone, then remove the placeholder.
    await interaction.followUp({ ...renderApology(reply), ...only });
    await interaction.deleteReply();
  } else {
    const edited = await interaction.editReply(reply.private ? { ...renderApology(reply), embeds: [] } : render(reply));
    if (link && !reply.private && !ephemeral) await link(edited.id);
  }
  return 'deferred';
}

/**
 * The bot's buttons: **More** shows the next passages of the conversation it names (privately when the answer
 * was private); 👍/👎 and the reasons after a 👎 are recorded and acknowledged to the voter only.
 */
async function answerButton(interaction: ButtonInteraction, { bot, logger, conversation: services }: InteractionHandlerOptions): Promise<void> {
  const request = parseButton(interaction.customId);
  if (!request) return;
  const only = { flags: MessageFlags.Ephemeral as const };
  try {
    if (request.kind === 'more') {
      if (!isWhereItWasAnswered(request.conversation, interaction)) {
        await interaction.reply({ content: 'That button belongs to another conversation.', allowedMentions: NO_MENTIONS, ...only });
        return;
      }
      const ephemeral = interaction.message.flags.has(MessageFlags.Ephemeral);
      const reply = await bot.runText('more', { platform: 'discord', userId: interaction.user.id, conversation: request.conversation });
      if (reply.private) {
        await interaction.reply({ ...renderApology(reply), ...only });
        return;
      }
      const message = { ...renderDiscordEmbeds(reply), components: answerButtons(reply, request.conversation), ...(ephemeral && only) };
      const response = await interaction.reply({ ...message, withResponse: !ephemeral && services !== undefined });
      // The next page is part of the conversation too: a reply to it follows it up.
      const messageId = response instanceof InteractionCallbackResponse ? response.interaction.responseMessageId : null;
      if (services && messageId !== null) await services.links.link(messageKey(messageId), request.conversation);
      return;
    }
    const voter: Requester = { platform: 'discord', userId: interaction.user.id };
    const vote = request.kind === 'vote' ? request.vote : 'down';
    const outcome = services
      ? await services.feedback.vote({ answerId: request.answerId, vote, voter, ...(request.kind === 'reason' && { reason: request.reason }) })
      : { text: 'Thanks for the feedback.', askWhy: false, recorded: false };
    const payload = { content: outcome.text, allowedMentions: NO_MENTIONS, components: outcome.askWhy ? reasonButtons(request.answerId) : [] };
    // A reason replaces the private "what was wrong?" it answers; a vote gets a private note of its own.
    if (request.kind === 'reason') await interaction.update(payload);
    else await interaction.reply({ ...payload, ...only });
  } catch (error) {
    if (isExpiredInteraction(error)) logger.warn({ interaction: interaction.id, code: 10062 }, 'discord button expired before the bot answered');
    else logger.error({ err: error, interaction: interaction.id }, 'discord button failed');
  }
}

/**
 * A DM's or a thread's More button works only where that conversation is (a DM stays private to its
 * user); a channel's conversations are public there, so anyone in it may page them.
 */
function isWhereItWasAnswered(conversation: string, interaction: ButtonInteraction): boolean {
  const parsed = parseConversation(conversation);
  if (parsed?.kind === 'dm' || parsed?.kind === 'thread') return parsed.id === interaction.channelId;
  return parsed !== undefined;
}

/** Logs a failed command and tells the user, privately where Discord allows; an expired interaction is only logged. */
async function apologize(interaction: ChatInputCommandInteraction, command: string, error: unknown, logger: Logger): Promise<void> {
  if (isExpiredInteraction(error)) {
    logger.warn({ command, interaction: interaction.id, code: 10062 }, 'discord interaction expired before the bot answered');
    return;
  }
  if (error instanceof MissedWindowError) {
    // Not answered, and nothing more can be sent: any callback now would come after Discord's window.
    logger.warn({ command, interaction: interaction.id, retryAfterMs: error.retryAfterMs }, 'discord command not answered: rate limited past the 3-second window');
    return;
  }
  logger.error({ err: error, command, interaction: interaction.id }, 'discord command failed');
  const apology = renderApology(apologyReply(command));
  try {
    // A deferred reply's visibility was fixed when it was deferred: fill it in rather than leave "thinking…".
    if (interaction.deferred && !interaction.replied) await interaction.editReply({ ...apology, embeds: [] });
    else if (interaction.replied) await interaction.followUp({ ...apology, flags: MessageFlags.Ephemeral });
    else await interaction.reply({ ...apology, flags: MessageFlags.Ephemeral });
  } catch (apologyError) {
    logger.warn({ err: apologyError, command, interaction: interaction.id }, 'discord apology could not be sent');
  }
}

/** Suggests questions the story can answer, as the user types; never fails the interaction. */
async function answerAutocomplete(interaction: AutocompleteInteraction, { bot, logger }: InteractionHandlerOptions): Promise<void> {
  let choices: ApplicationCommandOptionChoiceData<string>[] = [];
  try {
    const typed = interaction.options.getFocused();
    choices = toChoices(bot.engine.suggestQuestions(typed, MAX_CHOICES));
  } catch (error) {
    logger.error({ err: error, interaction: interaction.id }, 'discord autocomplete failed');
  }
  try {
    await interaction.respond(choices);
  } catch (error) {
    // Expiry is routine here: the user kept typing and Discord moved on to a newer request.
    if (isExpiredInteraction(error)) logger.debug({ interaction: interaction.id, code: 10062 }, 'discord autocomplete expired');
    else logger.warn({ err: error, interaction: interaction.id }, 'discord autocomplete could not be answered');
  }
}

function toChoices(suggestions: string[]): ApplicationCommandOptionChoiceData<string>[] {
  const seen = new Set<string>();
  const choices: ApplicationCommandOptionChoiceData<string>[] = [];
  for (const raw of suggestions) {
    const text = raw.trim();
    if (text === '' || text.length > MAX_CHOICE_LENGTH || seen.has(text)) continue;
    seen.add(text);
    choices.push({ name: text, value: text });
    if (choices.length === MAX_CHOICES) break;
  }
  return choices;
}
