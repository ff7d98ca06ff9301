import { describe, expect, it } from 'vitest';
import { formOfAnotherVerb, pastTense, thirdPersonSingular, isSimplePast } from '../../src/text/inflectVerb.ts';

describe('inflectVerb', () => {
  it.each([
    ['meet', 'met'],
    ['die', 'died'],
    ['carry', 'carried'],
    ['stay', 'stayed'],
    ['step', 'stepped'],
    ['occur', 'occurred'],
    ['admit', 'admitted'],
    ['offer', 'offered'],
    ['visit', 'visited'],
    ['abstain', 'abstained'],
    ['limit', 'limited'],
    ['vomit', 'vomited'],
    ['permit', 'permitted'],
    ['panic', 'panicked'],
    ['flee', 'fled'],
    ['quit', 'quit'],
    ['set', 'set'],
  ])('spells the past of %s as %s', (verb, past) => {
    expect(pastTense(verb)).toBe(past);
  });

  it.each([
    ['expire', 'expires'],
    ['worry', 'worries'],
    ['watch', 'watches'],
    ['go', 'goes'],
    ['have', 'has'],
    ['play', 'plays'],
  ])('spells the third person of %s as %s', (verb, form) => {
    expect(thirdPersonSingular(verb)).toBe(form);
  });

  it('knows a form that is another verb\'s irregular one ("found" is the past of "find"), not one of its own verb', () => {
    expect(formOfAnotherVerb('found', 'found')).toBe(true);
    expect(formOfAnotherVerb('found', 'find')).toBe(false);
    expect(formOfAnotherVerb('led', 'lead')).toBe(false);
    expect(formOfAnotherVerb('founded', 'found')).toBe(false);
  });
});

describe('isSimplePast', () => {
  it('knows a simple past by English spelling rules and WordNet verbs, regular or irregular', () => {
    for (const word of ['staged', 'walked', 'carried', 'stopped', 'met', 'led']) expect(isSimplePast(word)).toBe(true);
  });

  it('refuses words that only look like one', () => {
    for (const word of ['red', 'bed', 'feed', 'need', 'hundred', 'walk', 'gone']) expect(isSimplePast(word)).toBe(false);
  });
});
