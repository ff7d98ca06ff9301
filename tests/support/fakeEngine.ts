import type { Corpus } from '../../src/corpus/types.ts';
import type { Engine } from '../../src/search/engine.ts';

/** An Engine whose every method throws, for testing how the bot copes with a failing handler. */
export function throwingEngine(message = 'engine exploded'): Engine {
  const fail = (): never => {
    throw new Error(message);
  };
  const corpus: Corpus = { dir: '/nowhere', documents: [], problems: [] };
  return { corpus, passageCount: 0, ask: fail, search: fail, status: fail, sources: fail, suggestQuestions: fail };
}

/** A logger that records what it is given, shaped like the pino methods the bot calls. */
export function recordingLogger(): { logger: never; lines: { level: string; args: unknown[] }[] } {
  const lines: { level: string; args: unknown[] }[] = [];
  const record =
    (level: string) =>
    (...args: unknown[]) =>
      void lines.push({ level, args });
  const logger = { error: record('error'), warn: record('warn'), info: record('info'), debug: record('debug'), trace: record('trace'), fatal: record('fatal') };
  return { logger: logger as never, lines };
}
