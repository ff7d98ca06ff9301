// Child process of the bench, run as `node [--expose-gc] bin/run-ts.js bench/probe.ts MODE SYSTEM CORPUS_DIR [QUESTION]`.
//   ask:    loads the corpus, builds the system's index, then answers QUESTION, or every stdin line, one JSON line each
//           (the same protocol as `isf ask --json`), so baselines get the same start-up and batch measurements as the CLI.
//   memory: loads the corpus, then prints the heap and RSS growth caused by building the index (after gc when exposed),
//           and the whole process's RSS after the build (tsx, modules and their data, corpus, index).
import { createInterface } from 'node:readline';
import { loadCorpus } from '../src/corpus/loadCorpus.ts';
import { isSystemId, loadSystem } from './systems/index.ts';

const [mode, systemId, corpusDir, question] = process.argv.slice(2);
if ((mode !== 'ask' && mode !== 'memory') || !systemId || !isSystemId(systemId) || !corpusDir) {
  console.error('usage: bench/probe.ts ask|memory isf-bot|minisearch|bm25 CORPUS_DIR [QUESTION]');
  process.exit(2);
}

const system = await loadSystem(systemId);
const corpus = await loadCorpus(corpusDir);

if (mode === 'memory') {
  const gc = (globalThis as { gc?: () => void }).gc;
  const settle = (): void => {
    gc?.();
    gc?.();
  };
  settle();
  const before = process.memoryUsage();
  const index = system.build(corpus);
  settle();
  const after = process.memoryUsage();
  const alive = index.ask('test').passages.length >= 0; // keeps the index reachable until after the measurement
  console.log(
    JSON.stringify({ heapUsed: after.heapUsed - before.heapUsed, rss: after.rss - before.rss, rssTotal: after.rss, gcExposed: gc !== undefined, alive }),
  );
} else {
  const index = system.build(corpus);
  const answer = (q: string): void => {
    process.stdout.write(`${JSON.stringify({ question: q, ...index.ask(q) })}\n`);
  };
  if (question !== undefined) answer(question);
  else {
    for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
      if (line.trim() !== '') answer(line.trim());
    }
  }
}
