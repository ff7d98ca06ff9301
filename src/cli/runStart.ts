import { handleSignals } from '../app/shutdown.ts';
import { startBot } from '../app/startBot.ts';
import { cliConfig } from './cliConfig.ts';
import { EXIT_CODES } from './exitCodes.ts';
import type { CliArgs } from './parseArgs.ts';
import { openProcessLogger } from './processLog.ts';
import type { CliIo } from './types.ts';

/** `isf start` (`npm start`): every configured chat adapter, or the console chat; runs until stopped. */
export async function runStart(args: CliArgs, io: CliIo): Promise<number> {
  const config = cliConfig(args, io);
  const logger = await openProcessLogger(config, io, { serving: true, consoleChat: !config.slack && !config.discord });
  const signals = handleSignals(logger);
  try {
    const running = await startBot(config, logger, { input: io.stdin, output: io.stdout });
    signals.attach(running);
    await running.done;
    return EXIT_CODES.answered;
  } finally {
    signals.remove();
  }
}
