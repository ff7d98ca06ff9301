import { describe, expect, it } from 'vitest';
import { blankAnswerForm } from '../../src/text/answerForm.ts';

const words = (text: string) => blankAnswerForm(text).trim().split(/\s+/).join(' ');

describe('blankAnswerForm', () => {
  it('drops the phrases asking for the form of the answer', () => {
    expect(words("how would you sum up the mayor's position in one word")).toBe("how would you the mayor's position");
    expect(words('briefly, what did the council decide')).toBe(', what did the council decide');
    expect(words('summarize the plan in a few words')).toBe('the plan');
    expect(words('in short, who won?')).toBe(', who won?');
  });

  it('keeps the same words where they are content', () => {
    expect(words('what sum did the council pay')).toBe('what sum did the council pay');
    expect(words('which word did the mayor use')).toBe('which word did the mayor use');
    expect(words('how many short films were shown')).toBe('how many short films were shown');
  });

  it('keeps offsets: the text keeps its length', () => {
    const text = 'sum up the plan in one word';
    expect(blankAnswerForm(text)).toHaveLength(text.length);
  });
});
