import { describe, expect, it } from 'vitest';
import { verdictsOfStory } from './verdicts.ts';

// A tiny synthetic port story: things counted or sorted but never named (two lines, rival ports, some groups, one
// member), and things named (two airlines in apposition, the ports of a country, all sides).
const STORY = [
  'Cargo traffic at Brenmouth fell by 9 percent as two shipping lines moved their services to rival ports.',
  'The weather in the harbour was calm all week.',
  'The council vote on the new quay passed 7 to 1, with one member abstaining.',
  'The lunch at the town hall ran late.',
  'Two airlines, Skyrail and Nordair, added flights to Brenmouth in May.',
  'The mayor said all sides in the dispute must accept the ruling.',
  'The lunch at the town hall ran late again.',
  'Dredging, rail links, and new cranes remain practical hurdles for the quay.',
  'The plan funds several repairs, such as breakwaters and pontoons, from the port levy.',
  'The lunch at the town hall was cold.',
  'Brenmouth faces many risks. Storms may flood the quay and silt may block the channel.',
];

const { answeredFrom, refusal } = verdictsOfStory('port.md', { title: 'Brenmouth port loses cargo traffic', published: '2024-05-02' }, STORY);

describe('a "which N" question the story answers only with an unnamed mention', () => {
  it('refuses "two shipping lines" for which lines', () => {
    expect(refusal('Which two shipping lines moved their services away from Brenmouth?')).toBe("The story doesn't say which two shipping lines: it says only “two shipping lines”.");
  });

  it('refuses a bare plural ("rival ports") for which ports', () => {
    expect(refusal('Which rival ports did the shipping lines move their services to?')).toBe("The story doesn't say which rival ports: it says only “rival ports”.");
  });

  it('refuses "one member" for which member', () => {
    expect(refusal('Which council member abstained in the vote on the new quay?')).toBe("The story doesn't say which council member: it says only “one member”.");
  });

  it('answers a mention with the names beside it', () => {
    expect(answeredFrom('Which two airlines added flights to Brenmouth?').quote).toContain('Skyrail and Nordair');
  });

  it('answers a mention whose instances its sentence lists', () => {
    expect(answeredFrom('Which practical hurdles does the quay still face?').quote).toContain('Dredging, rail links, and new cranes');
    expect(answeredFrom('Which repairs does the plan fund?').quote).toContain('such as breakwaters');
  });

  it('answers a mention that ends its sentence when the next spells it out', () => {
    expect(answeredFrom('Which risks does Brenmouth face?').quote).toContain('Storms may flood');
  });

  it('answers a mention that takes them all', () => {
    expect(answeredFrom('Which sides must accept the ruling?').quote).toContain('all sides');
  });
});
