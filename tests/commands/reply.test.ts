import { describe, expect, it } from 'vitest';
import { formatCitation } from '../../commands/reply.ts';

describe('formatCitation', () => {
  it('gives title, ¶, source and date in one line', () => {
    expect(formatCitation({ doc: 'd', title: 'A story', paragraph: 13, quote: 'q', score: 1, source: 'Wire', published: '2025-12-20' })).toBe(
      'A story · ¶13 · Wire · 2025-12-20',
    );
  });

  it('leaves out what the document lacks', () => {
    expect(formatCitation({ doc: 'd', title: 'A story', paragraph: 2, quote: 'q', score: 1 })).toBe('A story · ¶2');
  });
});
