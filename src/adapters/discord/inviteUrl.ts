import { OAuth2Scopes, PermissionFlagsBits } from 'discord.js';

/**
 * The least the bot needs in a channel: see it, answer mentions (as replies, which needs Read Message
 * History), in threads too, with embeds. Slash command answers need no permission at all.
 */
export const DISCORD_BOT_PERMISSIONS =
  PermissionFlagsBits.ViewChannel |
  PermissionFlagsBits.SendMessages |
  PermissionFlagsBits.SendMessagesInThreads |
  PermissionFlagsBits.EmbedLinks |
  PermissionFlagsBits.ReadMessageHistory;

/** The OAuth2 URL that adds the bot to a server, with the bot and applications.commands scopes. */
export function discordInviteUrl(applicationId: string): string {
  const params = new URLSearchParams({
    client_id: applicationId,
    scope: [OAuth2Scopes.Bot, OAuth2Scopes.ApplicationsCommands].join(' '),
    permissions: DISCORD_BOT_PERMISSIONS.toString(),
  });
  return `https://discord.com/oauth2/authorize?${params.toString()}`;
}
