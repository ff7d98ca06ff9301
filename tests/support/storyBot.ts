import { Bot } from '../../src/bot/bot.ts';
import { loadCorpus } from '../../src/corpus/loadCorpus.ts';
import type { Corpus } from '../../src/corpus/types.ts';
import { silentLogger, type Logger } from '../../src/logger.ts';
import { createEngine } from '../../src/search/createEngine.ts';
import type { Engine } from '../../src/search/engine.ts';
import { CORPUS_DIR } from './paths.ts';

/** The shipped story as the app loads it: the corpus, the engine on it, a bot over that, and each paragraph's text by `doc#¶`. */
export interface StoryBot {
  corpus: Corpus;
  engine: Engine;
  bot: Bot;
  paragraphs: Map<string, string>;
}

/** Loads the shipped corpus and builds the engine and a bot on it, as `npm start` does (a fresh one each call). */
export async function loadStoryBot(logger: Logger = silentLogger): Promise<StoryBot> {
  const corpus = await loadCorpus(CORPUS_DIR);
  const engine = createEngine(corpus);
  const paragraphs = new Map(corpus.documents.flatMap((d) => d.passages.map((p) => [`${p.doc}#${p.paragraph}`, p.text] as const)));
  return { corpus, engine, bot: new Bot(engine, logger), paragraphs };
}
