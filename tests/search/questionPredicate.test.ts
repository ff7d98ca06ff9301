import { describe, expect, it } from 'vitest';
import { questionPredicate } from '../../src/search/questionPredicate.ts';

describe('questionPredicate', () => {
  const read: [question: string, surface: string, indirect: string][] = [
    ['Which country drafted the resolution?', 'drafted', 'which country drafted the resolution'],
    ['Who will lead the force?', 'lead', 'who will lead the force'],
    ['Which countries have refused to join?', 'refused', 'which countries have refused to join'],
    ['How many workers have been killed in the mines?', 'killed', 'how many workers have been killed in the mines'],
    ['When was the truce broken?', 'broken', 'when the truce was broken'],
    ['When did Chile and Peru sign a treaty?', 'sign', 'when Chile and Peru signed a treaty'],
    ['When does the permit expire?', 'expire', 'when the permit expires'],
    ['Who did Lind meet in Oslo?', 'meet', 'who Lind met in Oslo'],
    ['How many dockers does the port employ at the moment?', 'employ', 'how many dockers the port employs at the moment'],
    ['how much does a nurse in the north earn per month', 'earn', 'how much a nurse in the north earns per month'],
    ['wich general wuld lead the troops', 'lead', 'which general would lead the troops'],
    ['Why did Lind resign?', 'resign', 'why Lind resigned'],
    ['Why did the talks break down in May?', 'break', 'why the talks broke down in May'],
    ['Why did the coalition fall apart?', 'fall', 'why the coalition fell apart'],
    ['Where was the ballot held?', 'held', 'where the ballot was held'],
    ['Who must approve the budget?', 'approve', 'who must approve the budget'],
    ['why did the envoy step back', 'step', 'why the envoy stepped back'],
    ['when did the minister die', 'die', 'when the minister died'],
    ['why does the court worry', 'worry', 'why the court worries'],
    ['why did the talks occur', 'occur', 'why the talks occurred'],
    ['why did they open talks', 'open', 'why they opened talks'],
  ];
  it('reads no predicate where the closing word after "did" is a noun or an infinitive', () => {
    expect(questionPredicate('why did peru contribute troops')).toBeUndefined();
    expect(questionPredicate('why did peru decide to abstain')).toBeUndefined();
  });
  it('names the event an aspectual verb times, without its prepositional phrase', () => {
    expect(questionPredicate('When did the talks between the union and the ministry begin?')).toMatchObject({ surface: 'begin', eventNoun: 'talks' });
    expect(questionPredicate('When did the talks under the old mandate end?')).toMatchObject({ surface: 'end', eventNoun: 'talks' });
    expect(questionPredicate('When did the council sign the deal?')?.eventNoun).toBeUndefined();
  });
  it('reads a closing "among" phrase as the noun\'s, not as an adverbial before the verb', () => {
    expect(questionPredicate('When did the fighting among the clans end?')).toMatchObject({ surface: 'end', eventNoun: 'fighting' });
  });
  for (const [question, surface, indirect] of read) {
    it(`reads "${surface}" from "${question}"`, () => {
      expect(questionPredicate(question)).toMatchObject({ surface, indirect });
    });
  }

  const none = [
    'Who is the mayor of Oslo?',
    'Who was the most influential researcher of problems posed by algorithms?',
    'What did the council say about the vote?',
    'Which museums are cited as lenders?',
    'When are the talks supposed to start?',
    'How many households has kids under 18?',
    "Which outlet does the piece cite on the ministry's position?",
    'Why is the port seen as a strong candidate?',
    'Where is the new terminal located?',
    'Where did the council focus its efforts?',
    'Why did the judge say such a heavy penalty was needed?',
  ];
  for (const question of none) {
    it(`reads no event predicate from "${question}"`, () => {
      expect(questionPredicate(question)).toBeUndefined();
    });
  }
});
