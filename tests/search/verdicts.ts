import { afterAll, beforeAll, expect } from 'vitest';
import { loadCorpus } from '../../src/corpus/loadCorpus.ts';
import { createEngine } from '../../src/search/createEngine.ts';
import type { Engine } from '../../src/search/engine.ts';
import type { CitedPassage } from '../../src/search/types.ts';
import { makeTempCorpus, story } from '../support/tempCorpus.ts';
import { removeTempDirs } from '../support/tempDir.ts';

/** Test helpers for the verifier: the passage an engine answers with, or the reason it refuses (related passages only). */
export function verdictsOf(engine: () => Engine): { answeredFrom: (question: string) => CitedPassage; refusal: (question: string) => string } {
  return {
    answeredFrom(question) {
      const answer = engine().ask(question);
      expect(answer.answered, `${question} → ${answer.reason ?? ''}`).toBe(true);
      return answer.passages[0]!;
    },
    refusal(question) {
      const answer = engine().ask(question);
      expect(answer.answered, `${question} was answered with ¶${answer.passages[0]?.paragraph}`).toBe(false);
      for (const passage of answer.passages) expect(passage.related).toBe(true);
      return answer.reason!;
    },
  };
}

/**
 * The verdict helpers for an engine over one synthetic story, built before the file's tests and removed after:
 * `file` is the story's file name, `fields` its front matter.
 */
export function verdictsOfStory(
  file: string,
  fields: Record<string, string>,
  paragraphs: string[],
): { engine: () => Engine; answeredFrom: (question: string) => CitedPassage; refusal: (question: string) => string } {
  let built: Engine | undefined;
  beforeAll(async () => {
    const dir = await makeTempCorpus({ [file]: story(fields, paragraphs) });
    built = createEngine(await loadCorpus(dir));
  });
  afterAll(removeTempDirs);
  const engine = () => built!;
  return { engine, ...verdictsOf(engine) };
}
