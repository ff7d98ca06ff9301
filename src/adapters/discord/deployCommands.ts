import { REST, Routes, type APIApplicationCommand, type RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import type { DiscordConfig } from '../../config.ts';
import type { Logger } from '../../logger.ts';
import { buildIsfCommand } from './buildSlashCommand.ts';

/** One slash command as Discord registered it. */
interface RegisteredCommand {
  /** Discord's id for it; absent if Discord's answer did not say. */
  id?: string;
  name: string;
  subcommands: string[];
}

/** What a deploy registered, and where. */
export interface DeployResult {
  scope: 'guild' | 'global';
  guildId?: string;
  applicationId: string;
  commands: RegisteredCommand[];
}

/**
 * Registers `/isf` with Discord: in one server when `guildId` is set (instant), globally otherwise.
 * A bulk overwrite (PUT), so running it again changes nothing; it returns what Discord now holds.
 */
export async function deployDiscordCommands(config: DiscordConfig, logger: Logger): Promise<DeployResult> {
  const rest = new REST(config.apiUrl !== undefined ? { api: config.apiUrl } : {}).setToken(config.token);
  const body = [buildIsfCommand()];
  const route = config.guildId ? Routes.applicationGuildCommands(config.applicationId, config.guildId) : Routes.applicationCommands(config.applicationId);
  logger.debug({ route, commands: body.map((c) => c.name) }, 'registering discord commands');
  try {
    const answer = await rest.put(route, { body });
    return {
      scope: config.guildId ? 'guild' : 'global',
      ...(config.guildId !== undefined && { guildId: config.guildId }),
      applicationId: config.applicationId,
      commands: describeRegistered(answer, body),
    };
  } finally {
    rest.clearHashSweeper();
    rest.clearHandlerSweeper();
  }
}

/** One line per command: what was registered and where, for the deploy script's output. */
export function formatDeployResult(result: DeployResult): string {
  const where = result.scope === 'guild' ? `in server ${result.guildId} (available now)` : 'globally (every server the bot is in, and DMs)';
  const lines = result.commands.map(
    (c) => `Registered /${c.name}${c.subcommands.length > 0 ? ` with subcommands ${c.subcommands.join(', ')}` : ''}${c.id ? ` (id ${c.id})` : ''}`,
  );
  return [`${lines.join('\n')}`, `for application ${result.applicationId} ${where}.`].join('\n');
}

// Reads Discord's answer (the commands it now holds); falls back to what was sent if the answer is not a list.
function describeRegistered(answer: unknown, sent: RESTPostAPIChatInputApplicationCommandsJSONBody[]): RegisteredCommand[] {
  const commands = Array.isArray(answer) && answer.length > 0 ? (answer as Partial<APIApplicationCommand>[]) : sent;
  return commands.map((command) => ({
    ...('id' in command && typeof command.id === 'string' && { id: command.id }),
    name: String(command.name),
    subcommands: (command.options ?? []).filter((o) => o.type === 1).map((o) => o.name),
  }));
}
