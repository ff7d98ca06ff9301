import { describe, expect, it } from 'vitest';
import { verdictsOfStory } from './verdicts.ts';

// A tiny synthetic story: a state declared for a span from now, and a closure that lasted a span in the past.
const PARK = [
  'The Esk council has declared Tarn Moor a protected zone for five years, a move that bans new building there.',
  'The council had closed the Esk lido for two years in 1998 after a flood.',
];

const { answeredFrom, refusal } = verdictsOfStory('park.md', { title: 'Tarn Moor protected', published: '2026-05-05' }, PARK);

describe('how long a declared state will last', () => {
  it('answers from a present perfect with a span that runs from the act ("has declared … for five years")', () => {
    expect(answeredFrom('How long will the Tarn Moor protected zone status last?').paragraph).toBe(1);
  });

  it('still refuses a question about what is to come when the span is in the past ("had closed … for two years")', () => {
    expect(refusal('How long will the Esk lido be closed?')).toMatch(/about the past/);
  });
});

describe('a yes/no question whose subject opens with an adjective', () => {
  const bridge = verdictsOfStory('bridge.md', { title: 'Esk bridge to be replaced', published: '2026-05-06' }, [
    'The Esk council will replace the Esk bridge next year.',
    'The existing bridge will close during the works, and ferries will run instead.',
  ]);

  it('does not refuse for the adjective the story words otherwise ("old" for "existing")', () => {
    expect(bridge.answeredFrom('Will the old bridge close during the works?').paragraph).toBe(2);
  });

  it('still refuses a subject head the story never names', () => {
    expect(bridge.refusal('Will the old tunnel close during the works?')).toMatch(/tunnel/);
  });
});

describe('how long a strike to come will last, where the story gives only a past one\'s length', () => {
  const dock = verdictsOfStory('dock.md', { title: 'Dock strike vote', published: '2026-03-12' }, [
    'The union staged a 24-hour walkout on March 2 that halted loading at the docks. Its leader said on Friday that members would vote next month on further strikes.',
    'The rail union will hold a 48-hour strike from Monday, its secretary said.',
  ]);

  it('refuses: the length is a past walkout\'s ("staged a 24-hour walkout"), and "on Friday" is no length', () => {
    expect(dock.refusal('How long will the dock strike last?')).toMatch(/about the past|not a length/);
  });

  it('answers from a length of a strike to come', () => {
    expect(dock.answeredFrom('How long will the rail strike last?').paragraph).toBe(2);
  });
});
