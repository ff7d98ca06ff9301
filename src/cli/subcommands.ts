import { COMMANDS } from '../../commands/index.ts';
import type { CommandDefinition } from '../../commands/types.ts';
import { EXIT_CODE_HELP, EXIT_CODES } from './exitCodes.ts';
import type { Subcommand } from './types.ts';

/** A chat command (commands/) as a subcommand: its text option is the words after it, or stdin lines in batch. */
function fromChatCommand(command: CommandDefinition): Subcommand {
  const text = command.options.find((o) => o.type === 'string');
  const flags = '[--json] [--corpus DIR]';
  const usage = text
    ? [
        { line: `${command.name} "${text.name.toUpperCase()}" ${flags}`, summary: command.description },
        { line: `${command.name} ${flags} < FILE`, summary: 'batch: one per stdin line, each answer written as soon as it is ready' },
      ]
    : [{ line: `${command.name} ${flags}`, summary: command.description }];
  return {
    name: command.name,
    usage,
    options: ['json', 'corpus'],
    configured: true,
    run: async (args, io) => (await import('./runChatCommand.ts')).runChatCommand(command, args, io),
  };
}

/** Subcommands that are not chat commands. To add one: an entry here, its module beside this file. */
const CLI_ONLY: readonly Subcommand[] = [
  {
    name: 'chat',
    usage: [{ line: 'chat [--corpus DIR]', summary: 'interactive console chat: questions or /isf commands; "exit" quits' }],
    options: ['corpus'],
    configured: true,
    run: async (args, io) => (await import('./runChat.ts')).runChat(args, io),
  },
  {
    name: 'start',
    usage: [{ line: 'start [--corpus DIR]', summary: 'the bot: Slack and Discord when configured, else the console chat' }],
    options: ['corpus'],
    configured: true,
    run: async (args, io) => (await import('./runStart.ts')).runStart(args, io),
  },
  {
    name: 'report',
    usage: [{ line: 'report [--json] [--since DATE] [--until DATE]', summary: 'what the story could not answer (by reason), answers voted down, questions per day' }],
    options: ['json', 'since', 'until'],
    configured: true,
    run: async (args, io) => (await import('./runReport.ts')).runReport(args, io),
  },
  {
    name: 'deploy-discord',
    usage: [{ line: 'deploy-discord', summary: 'register the /isf command with Discord (DISCORD_GUILD_ID: one server)' }],
    options: [],
    configured: true,
    run: async (_args, io) => (await import('../adapters/discord/deployCli.ts')).runDeployCli(io.env, io.stdout, io.stderr),
  },
  {
    name: 'help',
    usage: [{ line: 'help', summary: 'this text' }],
    options: [],
    configured: false,
    run: async (_args, io) => {
      io.stdout.write(usageText());
      return EXIT_CODES.answered;
    },
  },
];

/** Every `isf` subcommand: the chat commands (but chat help, which the CLI's own help replaces), then the CLI's own. */
const SUBCOMMANDS: readonly Subcommand[] = [
  ...COMMANDS.filter((c) => !CLI_ONLY.some((s) => s.name === c.name)).map(fromChatCommand),
  ...CLI_ONLY,
];

/** The subcommand of that name, if there is one. */
export function findSubcommand(name: string): Subcommand | undefined {
  return SUBCOMMANDS.find((s) => s.name === name);
}

/** The usage text: every subcommand's lines, the common options, the exit codes. */
export function usageText(): string {
  const lines = [...SUBCOMMANDS.flatMap((s) => s.usage), { line: '--version', summary: 'print the version' }];
  const width = Math.max(...lines.map((l) => l.line.length)) + 2;
  return [
    'Usage:',
    ...lines.map((l) => `  isf ${l.line.padEnd(width)}${l.summary}`),
    '',
    'Options: --json prints JSON only on stdout (logs go to stderr); --corpus DIR reads another folder of stories',
    '(default CORPUS_DIR, else ./corpus); -h, --help prints this. After -- every word is text, even one with a dash.',
    '',
    EXIT_CODE_HELP,
  ].join('\n');
}
