import { SlashCommandBuilder, type RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import { COMMANDS, type CommandDefinition } from '../../../commands/index.ts';
import { fitText } from '../../text/fitText.ts';

/** The one slash command of the bot; every chat command is a subcommand of it. */
export const ISF_COMMAND_NAME = 'isf';

const ISF_DESCRIPTION = 'Questions about the story, answered by quoting it with sources';

// Discord's limit on command and option descriptions.
const MAX_DESCRIPTION = 100;

/** Builds the `/isf` command JSON (subcommands and typed options) from the platform-neutral definitions. */
export function buildIsfCommand(commands: readonly CommandDefinition[] = COMMANDS): RESTPostAPIChatInputApplicationCommandsJSONBody {
  const builder = new SlashCommandBuilder().setName(ISF_COMMAND_NAME).setDescription(ISF_DESCRIPTION);
  for (const definition of commands) {
    builder.addSubcommand((sub) => {
      sub.setName(definition.name).setDescription(describe(definition.description));
      // Discord requires required options before optional ones.
      const options = [...definition.options].sort((a, b) => Number(b.required) - Number(a.required));
      for (const option of options) {
        if (option.type === 'string') {
          sub.addStringOption((o) => {
            o.setName(option.name).setDescription(describe(option.description)).setRequired(option.required);
            if (option.maxLength !== undefined) o.setMaxLength(Math.min(option.maxLength, 6000));
            if (option.autocomplete) o.setAutocomplete(true);
            return o;
          });
        } else {
          sub.addBooleanOption((o) => o.setName(option.name).setDescription(describe(option.description)).setRequired(option.required));
        }
      }
      return sub;
    });
  }
  return builder.toJSON();
}

function describe(text: string): string {
  return fitText(text, MAX_DESCRIPTION, { mark: '…' });
}
