import { handleSignals } from '../app/shutdown.ts';
import { startBot } from '../app/startBot.ts';
import { cliConfig } from './cliConfig.ts';
import { EXIT_CODES } from './exitCodes.ts';
import type { CliArgs } from './parseArgs.ts';
import { openProcessLogger } from './processLog.ts';
import type { CliIo } from './types.ts';

/** Time beyond the drain (SHUTDOWN_DRAIN_SECONDS) for closing sockets and servers before a stop counts as hung. */
const SHUTDOWN_CLOSE_MARGIN_MS = 5000;

/** `isf start` (`npm start`): every configured chat adapter, or the console chat; runs until stopped. */
export async function runStart(args: CliArgs, io: CliIo): Promise<number> {
  const config = cliConfig(args, io);
  const logger = await openProcessLogger(config, io, { serving: true, consoleChat: !config.slack && !config.discord });
  const signals = handleSignals(logger, { hardLimitMs: config.drainTimeoutMs + SHUTDOWN_CLOSE_MARGIN_MS });
  try {
    // A gateway that will never take the bot back (Discord 4004): stop, then exit 1 for a supervisor to restart it.
    const running = await startBot(config, logger, { input: io.stdin, output: io.stdout, onFatal: (reason) => signals.fail(reason) });
    signals.attach(running);
    await running.done;
    return EXIT_CODES.answered;
  } catch (error) {
    // Log lines buffered before the failure go out first, so the one-line "isf: …" reason is the last line.
    await new Promise<void>((resolve) => logger.flush(() => resolve()));
    throw error;
  } finally {
    signals.remove();
  }
}
