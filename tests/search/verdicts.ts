import { expect } from 'vitest';
import type { Engine } from '../../src/search/engine.ts';
import type { CitedPassage } from '../../src/search/types.ts';

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
