import { describe, expect, it } from 'vitest';
import { blankDocumentReferences } from '../../src/text/documentReferences.ts';

const words = (text: string) => blankDocumentReferences(text).trim().split(/\s+/).join(' ');

describe('blankDocumentReferences', () => {
  it('drops the phrases by which a question points at the document', () => {
    expect(words('whats the religious makeup of pakistan acc to the piece')).toBe('whats the religious makeup of pakistan');
    expect(words('According to the article, who voted?')).toBe(', who voted?');
    expect(words('what nickname does the article use for the plan')).toBe('what nickname does for the plan');
    expect(words('what does the story call the new force')).toBe('what does the new force');
    expect(words('how does the author describe the plan')).toBe('how does describe the plan');
    expect(words('which outlet does the piece cite')).toBe('which outlet does cite');
  });

  it('keeps the same words where they are the subject', () => {
    expect(words('who is the author of the report?')).toBe('who is the author of the report?');
    expect(words('what piece of land was sold')).toBe('what piece of land was sold');
    expect(words('what is in the text of the resolution')).toBe('what is in the text of the resolution');
  });

  it('keeps offsets: the text keeps its length', () => {
    const text = 'what did rubio say acc to the piece';
    expect(blankDocumentReferences(text)).toHaveLength(text.length);
  });
});
