import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/loadCorpus.ts';
import { createEngine } from '../../src/search/createEngine.ts';
import type { Engine } from '../../src/search/engine.ts';
import { PassageIndex } from '../../src/search/passageIndex.ts';
import { warmUp, warmUpSliced } from '../../src/app/warmUp.ts';

describe('warmUp', () => {
  it('exercises every kind of work a first user could ask for, with words from the corpus itself', async () => {
    const engine = createEngine(await loadCorpus('corpus'));
    const calls: string[] = [];
    const asked: string[] = [];
    const spy: Engine = {
      ...engine,
      corpus: engine.corpus,
      passageCount: engine.passageCount,
      ask: (q) => (calls.push('ask'), asked.push(q), engine.ask(q)),
      search: (q, n) => (calls.push('search'), engine.search(q, n)),
      status: () => (calls.push('status'), engine.status()),
      sources: () => (calls.push('sources'), engine.sources()),
      suggestQuestions: (t, n) => (calls.push('suggest'), engine.suggestQuestions(t, n)),
    };
    warmUp(spy);
    expect(new Set(calls)).toEqual(new Set(['ask', 'search', 'status', 'sources', 'suggest']));
    const firstWord = engine.corpus.documents[0]!.passages[0]!.text.match(/\p{L}{3,}/u)![0];
    expect(asked.some((q) => q.includes(firstWord))).toBe(true);
  });

  it('warms a reloaded engine without asking it anything: the caches a first question would build are built instead', async () => {
    const corpus = await loadCorpus('corpus');
    const index = new PassageIndex(corpus);
    const engine = createEngine(corpus, { index });
    const calls: string[] = [];
    const spy: Engine = {
      ...engine,
      corpus: engine.corpus,
      passageCount: engine.passageCount,
      ask: (q) => (calls.push('ask'), engine.ask(q)),
      search: (q, n) => (calls.push('search'), engine.search(q, n)),
      status: () => (calls.push('status'), engine.status()),
      sources: () => (calls.push('sources'), engine.sources()),
      suggestQuestions: (t, n) => (calls.push('suggest'), engine.suggestQuestions(t, n)),
    };
    let built = false;
    const buildFuzzyVocabulary = index.buildFuzzyVocabulary.bind(index);
    index.buildFuzzyVocabulary = async (pause) => {
      await buildFuzzyVocabulary(pause);
      built = true;
    };
    await warmUpSliced(spy, index);
    expect(calls).toEqual(['status', 'sources', 'suggest']);
    expect(built).toBe(true);
  });
});
