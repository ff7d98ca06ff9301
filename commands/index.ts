import { ask } from './ask.ts';
import { help, describeCommands } from './help.ts';
import { search } from './search.ts';
import { sources } from './sources.ts';
import { status } from './status.ts';
import type { CommandDefinition } from './types.ts';

export type { CommandArgs, CommandContext, CommandDefinition, CommandOption } from './types.ts';

/** Every chat command, in the order help lists them. */
export const COMMANDS: readonly CommandDefinition[] = [status, ask, search, sources, help];
describeCommands(COMMANDS);

/** Finds a command by name (case-insensitive). */
export function findCommand(name: string): CommandDefinition | undefined {
  const wanted = name.toLowerCase();
  return COMMANDS.find((c) => c.name === wanted);
}

/** The command behind a name, as every platform runs it: an unknown, stale or missing name gets help. */
export function resolveCommand(name: string | undefined): CommandDefinition {
  return (name === undefined ? undefined : findCommand(name)) ?? help;
}
