import { consoleBanner, createConsoleAdapter } from '../adapters/console/consoleAdapter.ts';
import { loadEngine } from '../app/loadEngine.ts';
import { Bot } from '../bot/bot.ts';
import { describeSkippedFiles } from '../corpus/skippedFiles.ts';
import { ConversationBot } from '../bot/conversation/conversationBot.ts';
import { MemoryStore } from '../store/memoryStore.ts';
import { cliConfig } from './cliConfig.ts';
import { EXIT_CODES } from './exitCodes.ts';
import type { CliArgs } from './parseArgs.ts';
import { openProcessLogger } from './processLog.ts';
import type { CliIo } from './types.ts';

/** `isf chat`: the console chat on stdin and stdout, until the input ends or "exit". */
export async function runChat(args: CliArgs, io: CliIo): Promise<number> {
  const config = cliConfig(args, io);
  const logger = await openProcessLogger(config, io, { consoleChat: true });
  const core = new Bot(await loadEngine(config.corpusDir, logger, { dataDir: config.dataDir, logSkipped: false }), logger);
  // The session is one conversation, as in `npm start`'s console: its context lives as long as the process.
  const bot = new ConversationBot(core, { store: new MemoryStore(), logger });
  const chat = createConsoleAdapter(bot, {
    input: io.stdin,
    output: io.stdout,
    banner: consoleBanner(core.engine.corpus.documents.length, core.engine.passageCount, describeSkippedFiles(core.engine.corpus)),
    prompt: Boolean(io.stdin.isTTY),
    terminal: Boolean(io.stdin.isTTY),
  });
  await chat.start();
  await chat.closed;
  return EXIT_CODES.answered;
}
