import { describe, expect, it } from 'vitest';
import { copulaOf } from '../../src/search/postQuestion.ts';
import { verdictsOfStory } from './verdicts.ts';

// A tiny synthetic council story: posts named with their holders (a minister with her portfolio, a firm's chief
// executive), bodies named without anyone who heads them, and a surname given in full once and alone later.
const COUNCIL = [
  'Norland agreed on Monday to buy the ferry operator Baltline for €400 million, funded from cash.',
  "Norland's chief executive, Pieter Haas, said the deal would save €20 million a year.",
  'The transport minister of Estmark, Ida Lund, said the government would study the deal.',
  'The Harbour Safety Board must approve the purchase. Analysts at Kessler Partners said Norland was paying a high price.',
  'The ferry union, led by its general secretary Tomas Berg, asked for job guarantees.',
  'Berg said members would vote in May.',
  'However, a lawyer for Baltline told the court in June that the price was too low.',
];

const { answeredFrom, refusal } = verdictsOfStory('council.md', { title: 'Norland to buy ferry operator Baltline', published: '2025-03-04' }, COUNCIL);

describe('who holds a post', () => {
  it('refuses a post whose qualifier the story gives to another post ("transport minister" for the finance minister)', () => {
    expect(refusal("Who is Estmark's finance minister?")).toBe("The story doesn't say who the finance minister of Estmark is.");
  });

  it('answers the post with its qualifier', () => {
    expect(answeredFrom("Who is Estmark's transport minister?").quote).toContain('Ida Lund');
  });

  it("refuses a post the story writes as another named body's (Norland's chief executive for Baltline's)", () => {
    expect(refusal('Who is the chief executive of Baltline?')).toBe("The story doesn't say who the chief executive of Baltline is.");
  });

  it('answers the post of the body it is written for', () => {
    expect(answeredFrom("Who is Norland's chief executive?").quote).toContain('Pieter Haas');
  });

  it('refuses a post of an owner typed in lower case', () => {
    expect(refusal('who is the chief executive of baltline')).toBe("The story doesn't name the chief executive of baltline.");
  });

  it('refuses "what is the name of the X who…" when no one is named beside X (a capitalised first word or a month is no name)', () => {
    expect(refusal('What is the name of the lawyer who represented Baltline?')).toBe("The story doesn't name the lawyer who represented Baltline.");
  });

  it('refuses "who heads X" when no person is named beside X', () => {
    expect(refusal('Who heads the Harbour Safety Board?')).toBe("The story doesn't say who heads the Harbour Safety Board.");
    expect(refusal('Who runs Kessler Partners?')).toBe("The story doesn't say who runs Kessler Partners.");
  });

  it('answers "who leads X" from a person named beside X', () => {
    expect(answeredFrom('Who leads the ferry union?').quote).toContain('Tomas Berg');
  });
});

describe('what a post holder said', () => {
  it('refuses the speech of a post the story never names (a finance minister where it names a transport minister)', () => {
    expect(refusal("What did Estmark's finance minister say about the deal?")).toBe("The story doesn't report anything Estmark's finance minister said.");
  });

  it("refuses the speech of a post the story names only as another body's", () => {
    expect(refusal("What did Baltline's chief executive say about the deal?")).toBe("The story doesn't report anything Baltline's chief executive said.");
  });

  it('answers the speech of a post the story names', () => {
    expect(answeredFrom("What did Estmark's transport minister say about the deal?").quote).toContain('study the deal');
  });
});

describe('copulaOf', () => {
  it(`repeats the question's copula, "is" for "who's"`, () => {
    expect(copulaOf('Who were the founders of Baltline?')).toBe('were');
    expect(copulaOf("who's the mayor of Oslo")).toBe('is');
  });
});
