import { cliConfig } from './cliConfig.ts';
import { EXIT_CODES } from './exitCodes.ts';
import { UsageError, type CliArgs } from './parseArgs.ts';
import type { CliIo } from './types.ts';
import { openDatabaseStore } from '../store/openStore.ts';
import { renderReportText } from '../report/renderReportText.ts';
import { reportJson } from '../report/reportJson.ts';
import { parseReportRange, ReportRangeError } from '../report/reportRange.ts';

/** `isf report [--json] [--since DATE] [--until DATE]`: reads the configured store and prints the coverage report. */
export async function runReport(args: CliArgs, io: CliIo): Promise<number> {
  const config = cliConfig(args, io);
  const value = (name: string): string | undefined => (typeof args.options[name] === 'string' ? (args.options[name] as string) : undefined);
  let range;
  try {
    range = parseReportRange(value('since'), value('until'));
  } catch (error) {
    if (error instanceof ReportRangeError) throw new UsageError(error.message);
    throw error;
  }
  const store = await openDatabaseStore(config.store);
  try {
    const report = await store.report(range);
    io.stdout.write(args.options.json ? `${JSON.stringify(reportJson(report), null, 2)}\n` : renderReportText(report));
    return EXIT_CODES.answered;
  } finally {
    await store.close();
  }
}
