import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import type { Engine } from '../search/engine.ts';
import type { PassageIndex } from '../search/passageIndex.ts';

/**
 * Questions asked to warm up: enough for the JIT to compile the ranking paths (each question reranks 30
 * paragraphs), a fixed number whatever the corpus size, since each costs one search (about 0.1 s at
 * 100,000 paragraphs; 150 of them took 96 s there when the warm-up walked the whole corpus).
 */
const WARM_QUESTIONS = 40;

/**
 * Answers a few questions of each kind, built from the corpus's own words, before the bot takes traffic:
 * the word lists, the fuzzy vocabulary, the status brief and the compiled code are then ready, so the first
 * users after a start or a reload do not pay for them (and acknowledgements are not held up behind them).
 */
export function warmUp(engine: Engine): void {
  for (const step of warmUpSteps(engine)) step();
}

/**
 * Warms a reloaded engine in a serving process without asking it anything: each question costs one or two
 * searches (up to half a second at 100,000 paragraphs on a loaded machine, one task that holds up every
 * acknowledgement due meanwhile; issue 13), and the process has compiled the question paths already while
 * serving the old engine. What a question would build on first use is built here instead, a step at a time
 * with a pause for the event loop after each: the fuzzy vocabulary (in slices), the acronyms' long forms, the
 * status brief, the sources and the suggestions.
 */
export async function warmUpSliced(engine: Engine, index: PassageIndex): Promise<void> {
  await index.buildFuzzyVocabulary(yieldToEventLoop);
  const words = engine.corpus.documents[0]?.passages[0]?.text.match(/\p{L}{3,}/gu) ?? [];
  const steps: (() => unknown)[] = [() => index.longForms, () => engine.status(), () => engine.sources(), () => engine.suggestQuestions(words[0] ?? '')];
  for (const step of steps) {
    await yieldToEventLoop();
    step();
  }
}

function warmUpSteps(engine: Engine): (() => unknown)[] {
  const text = engine.corpus.documents[0]?.passages[0]?.text ?? '';
  const words = text.match(/\p{L}{3,}/gu) ?? [];
  const phrase = words.slice(0, 8).join(' ');
  const long = words.find((w) => w.length >= 8) ?? 'situation';
  // Two inner letters swapped: a typo that only the fuzzy vocabulary can repair.
  const typo = long.slice(0, 2) + long[3] + long[2] + long.slice(4);
  const steps: (() => unknown)[] = [() => engine.ask(`What does the story say about ${phrase}?`)];
  // Enough questions for the JIT to compile the hot paths: a few words of the first sentences, up to a bound.
  const sentences = firstSentences(engine, WARM_QUESTIONS);
  for (let i = 0; i < WARM_QUESTIONS; i++) {
    const sentence = sentences[i % Math.max(1, sentences.length)] ?? phrase;
    steps.push(() => engine.ask(`What about ${sentence.split(/\s+/).slice(i % 3, (i % 3) + 6).join(' ')}?`));
  }
  steps.push(
    () => engine.ask(`How many ${typo.toLowerCase()} were there in 2020?`),
    () => engine.ask('Who is Qwertyuiop Zxcvbnm?'),
    () => engine.search(phrase),
    () => engine.status(),
    () => engine.sources(),
    () => engine.suggestQuestions(words[0] ?? ''),
  );
  return steps;
}

/** The first `limit` sentences of the corpus, read no further than that. */
function firstSentences(engine: Engine, limit: number): string[] {
  const found: string[] = [];
  for (const document of engine.corpus.documents) {
    for (const passage of document.passages) {
      for (const sentence of passage.sentences) {
        found.push(sentence.text);
        if (found.length >= limit) return found;
      }
    }
  }
  return found;
}
