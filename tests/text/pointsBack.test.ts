import { describe, expect, it } from 'vitest';
import { pointsBack } from '../../src/text/pointsBack.ts';

describe('pointsBack', () => {
  it('finds a sentence opening with a word whose referent is in the sentence before', () => {
    for (const sentence of ['He said the convoys would resume.', 'It has sent 4,000 tonnes.', '“They will stay,” she said.', 'Such a force needs a mandate.', 'The latter abstained.']) {
      expect(pointsBack(sentence)).toBe(true);
    }
  });

  it('leaves a sentence that names its own subject, or only starts with such letters', () => {
    for (const sentence of ['The agency delivered grain.', 'Items were shipped.', 'Theirs is a longer road.', 'Heavy rain closed the roads.']) {
      expect(pointsBack(sentence)).toBe(false);
    }
  });
});
