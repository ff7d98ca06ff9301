import { watch, type FSWatcher } from 'node:fs';
import { basename } from 'node:path';
import { CorpusError } from '../corpus/loadCorpus.ts';
import type { Corpus } from '../corpus/types.ts';
import type { Logger } from '../logger.ts';
import type { Engine } from '../search/engine.ts';
import { loadEngine } from './loadEngine.ts';
import { reloadInWorker } from './reloadInWorker.ts';
import { isStoryName, statStoryFiles } from './storyFileStats.ts';

/** What the watcher swaps the new index into. */
interface EngineHolder {
  readonly engine: Engine;
  swapEngine(engine: Engine): void;
}

/** Options of the corpus watcher. */
export interface CorpusWatcherOptions {
  dir: string;
  bot: EngineHolder;
  logger: Logger;
  /** Quiet time after the last change before reloading, in ms (editors write in bursts). Default 300. */
  debounceMs?: number;
  /** Safety net for file systems whose change events do not arrive (network and some container mounts): the folder is compared every this many ms (longer when a comparison is slow, see POLL_COST_FACTOR). Default 2000; 0 turns it off. */
  pollMs?: number;
  /** Folder of the saved index (DATA_DIR): reloads then run in a worker thread (see reloadInWorker). */
  dataDir?: string;
  /** Builds an engine from the folder, keeping `previous`'s version of a story that fails to read for a passing reason; default reloadInWorker with a dataDir, else loadEngine (broken files logged and skipped). */
  load?: (dir: string, logger: Logger, previous: Corpus) => Promise<Engine>;
  /** After a passing read error (EMFILE, EIO...) the folder is read again after this many ms, doubling each time it persists. Default 1000. */
  retryFirstMs?: number;
  /** Longest wait between those retries, in ms. Default 60000. */
  retryMaxMs?: number;
}

/**
 * Retries after a passing read error: descriptors run out for seconds (a burst of connections) so the first
 * retry comes soon; a longer outage (a flaky mount) is retried once a minute, cheaply, until it passes.
 */
const RETRY_FIRST_MS = 1000;
const RETRY_MAX_MS = 60_000;

/**
 * The safety-net comparison of the folder may take this share of the time at most (1 in 10): at 17,000 stories
 * one comparison stats every file (about a second on a loaded 2-core machine), so it then runs every 10 s or so,
 * not every 2 s.
 */
const POLL_COST_FACTOR = 10;

/** A running corpus watcher. */
export interface CorpusWatcher {
  /** Reloads now (SIGHUP does this); resolves when done, true when a new index was swapped in. */
  reload(reason: string): Promise<boolean>;
  /** Stops watching; a reload under way finishes but is not swapped in. */
  close(): void;
}

/**
 * Watches the corpus folder and, on any change to a story (added, edited, removed), builds a new index beside
 * the old one and swaps it in one step. A broken file is logged and skipped by the loader; when the folder
 * as a whole is unusable (empty, gone, nothing readable), the error is logged and the last good index stays.
 * Reloads never overlap: changes during one lead to exactly one more. A story that fails to read for a passing
 * reason (out of file descriptors, a busy disk) keeps its last version, and the folder is read again after a
 * bounded backoff until it reads, even when no file changes.
 */
export function watchCorpus(options: CorpusWatcherOptions): CorpusWatcher {
  const { dir, bot, logger } = options;
  const debounceMs = options.debounceMs ?? 300;
  const pollMs = options.pollMs ?? 2000;
  let cancelLoad: (() => void) | undefined;
  const loadHere = (folder: string, log: Logger, previous: Corpus) => loadEngine(folder, log, { warm: true, previous });
  // The worker keeps a story's previous version from the index it saved last time (see openIndexedCorpus).
  const loadInWorker = async (folder: string, log: Logger, previous: Corpus): Promise<Engine> => {
    const reload = reloadInWorker(folder, options.dataDir!, log);
    cancelLoad = reload.cancel;
    try {
      return await reload.engine;
    } catch (error) {
      if (error instanceof CorpusError || closed) throw error;
      // The worker could not run or save (DATA_DIR not writable, say): build here, as before, rather than not at all.
      log.warn({ err: error }, 'reload in a worker failed; building the index on the main thread');
      return await loadHere(folder, log, previous);
    } finally {
      cancelLoad = undefined;
    }
  };
  const load = options.load ?? (options.dataDir !== undefined ? loadInWorker : loadHere);
  const retryFirstMs = options.retryFirstMs ?? RETRY_FIRST_MS;
  const retryMaxMs = options.retryMaxMs ?? RETRY_MAX_MS;
  let retryTimer: NodeJS.Timeout | undefined;
  let retries = 0;
  let closed = false;
  let debounce: NodeJS.Timeout | undefined;
  let running: Promise<boolean> | undefined;
  let dirtyReason: string | undefined;
  let lastSignature: string | undefined;
  let watcher: FSWatcher | undefined;

  const reloadOnce = async (reason: string): Promise<boolean> => {
    const started = performance.now();
    logger.info({ reason }, 'reloading');
    lastSignature = await folderSignature(dir);
    let engine: Engine;
    try {
      engine = await load(dir, logger, bot.engine.corpus);
    } catch (error) {
      // Shutting down: the reload was abandoned on purpose.
      if (closed) return false;
      if (error instanceof CorpusError) logger.error({ dir, reason, error: error.message }, 'reload failed: the last good index keeps answering');
      else logger.error({ err: error, dir, reason }, 'reload failed: the last good index keeps answering');
      retryIf(error instanceof CorpusError && error.transient);
      return false;
    }
    if (closed) return false;
    bot.swapEngine(engine);
    retryIf(hasTransientProblems(engine.corpus));
    logger.info(
      { reason, documents: engine.corpus.documents.length, passages: engine.passageCount, skipped: engine.corpus.problems.length, ms: Math.round(performance.now() - started) },
      'reload',
    );
    return true;
  };

  const reload = (reason: string): Promise<boolean> => {
    dirtyReason = reason;
    running ??= (async () => {
      let swapped = false;
      while (dirtyReason !== undefined && !closed) {
        const why = dirtyReason;
        dirtyReason = undefined;
        swapped = (await reloadOnce(why)) || swapped;
      }
      return swapped;
    })().finally(() => {
      running = undefined;
    });
    return running;
  };

  // A passing read error leaves the files as they were, so no change event would ever bring the story back.
  const retryIf = (transient: boolean): void => {
    if (!transient) {
      retries = 0;
      clearTimeout(retryTimer);
      retryTimer = undefined;
      return;
    }
    if (closed || retryTimer) return;
    const delayMs = Math.min(retryFirstMs * 2 ** retries, retryMaxMs);
    retries += 1;
    logger.warn({ dir, retryInMs: delayMs }, 'a corpus file could not be read for a passing reason: reading the folder again soon');
    retryTimer = setTimeout(() => {
      retryTimer = undefined;
      void reload('retry');
    }, delayMs);
    retryTimer.unref();
  };

  const schedule = (reason: string): void => {
    if (closed) return;
    clearTimeout(debounce);
    debounce = setTimeout(() => {
      debounce = undefined;
      void reload(reason);
    }, debounceMs);
    debounce.unref();
  };

  const startWatching = (): void => {
    try {
      watcher = watch(dir, { persistent: false }, (_event, filename) => {
        // Editors' swap and backup files are not stories; a missing name may be anything.
        if (filename === null || isStoryName(filename)) schedule('change');
      });
      watcher.on('error', (error) => {
        logger.warn({ err: error, dir }, 'corpus watch failed; checking the folder every few seconds instead');
        watcher?.close();
        watcher = undefined;
      });
    } catch (error) {
      logger.warn({ err: error, dir }, 'cannot watch the corpus folder; checking it every few seconds instead');
    }
  };

  startWatching();
  retryIf(hasTransientProblems(bot.engine.corpus));
  void folderSignature(dir).then((signature) => {
    lastSignature ??= signature;
  });
  // The next comparison waits pollMs, and at least POLL_COST_FACTOR times as long as the last one took.
  let poll: NodeJS.Timeout | undefined;
  const schedulePoll = (delayMs: number): void => {
    if (pollMs <= 0 || closed) return;
    poll = setTimeout(() => void compareFolder(), delayMs);
    poll.unref();
  };
  const compareFolder = async (): Promise<void> => {
    if (running || debounce || closed) return schedulePoll(pollMs);
    const started = performance.now();
    const signature = await folderSignature(dir);
    if (!(closed || running || debounce || signature === lastSignature)) {
      if (!watcher) startWatching();
      schedule('poll');
    }
    schedulePoll(Math.max(pollMs, POLL_COST_FACTOR * (performance.now() - started)));
  };
  schedulePoll(pollMs);

  return {
    reload,
    close() {
      closed = true;
      cancelLoad?.();
      clearTimeout(debounce);
      clearTimeout(retryTimer);
      clearTimeout(poll);
      watcher?.close();
      watcher = undefined;
    },
  };
}

function hasTransientProblems(corpus: Corpus): boolean {
  return corpus.problems.some((problem) => problem.transient === true);
}

/** Names, sizes and modification times of the folder's stories: changes when any story does. */
async function folderSignature(dir: string): Promise<string> {
  const found = await statStoryFiles(dir);
  if (!found) return '(no folder)';
  return found.map(({ file, stats }) => (stats ? `${basename(file)}:${stats.size}:${stats.mtimeMs}` : `${basename(file)}:gone`)).join('|');
}
