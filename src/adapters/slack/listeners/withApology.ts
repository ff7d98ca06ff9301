import { apologyReply } from '../../../bot/bot.ts';
import type { Logger } from '../../../logger.ts';
import { renderSlackBlocks, type SlackMessage } from '../renderSlackBlocks.ts';

/**
 * Runs a listener's work and never throws: on failure it logs the error and sends the user a short
 * apology through `send` (the same place the answer would have gone); if even that fails, it logs that too.
 */
export async function withApology(
  logger: Logger,
  where: Record<string, unknown>,
  send: (message: SlackMessage) => Promise<unknown>,
  work: () => Promise<void>,
): Promise<void> {
  try {
    await work();
  } catch (error) {
    logger.error({ err: error, ...where }, 'slack: answering failed');
    try {
      await send(renderSlackBlocks(apologyReply(String(where.listener ?? 'slack'))));
    } catch (sendError) {
      logger.error({ err: sendError, ...where }, 'slack: the apology could not be sent either');
    }
  }
}
