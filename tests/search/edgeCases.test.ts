import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/corpus/loadCorpus.ts';
import type { Corpus, CorpusDocument } from '../../src/corpus/types.ts';
import { createEngine } from '../../src/search/createEngine.ts';
import { createSuggester, mineTopics, suggestionTopics } from '../../src/search/suggestQuestions.ts';
import { renderText } from '../../src/adapters/console/renderText.ts';
import { Bot } from '../../src/bot/bot.ts';
import { silentLogger } from '../../src/logger.ts';
import { storyEngine } from '../support/storyEngine.ts';

function corpusOf(file: string, raw: string): Corpus {
  const document = parseDocument(file, raw) as CorpusDocument;
  return { dir: '/tmp', documents: [document], problems: [] };
}

describe('status on a story whose sentences all repeat one another', () => {
  it('returns the lines it has instead of spinning', () => {
    const engine = createEngine(corpusOf('/tmp/harbour.md', 'The harbour reopened on Monday.\n\nThe harbour reopened on Monday after repairs.\n'));
    const brief = engine.status();
    expect(brief.lines.length).toBeGreaterThanOrEqual(1);
    expect(brief.lines.length).toBeLessThanOrEqual(6);
  });
});

describe('text from front matter in a terminal', () => {
  it('drops control characters from the heading and the citations', () => {
    const raw = '---\ntitle: "Evil \u001b[31mred\u001b[0m title"\nsource: "Src \u0007bell"\n---\n\nThe harbour reopened on Monday after a long week of repairs.\n\nShips came back on Tuesday, when the cranes were fixed at last.\n\nThe mayor said the port would stay open through the winter.\n';
    const bot = new Bot(createEngine(corpusOf('/tmp/evil.md', raw)), silentLogger);
    const text = renderText(bot.run('status', {}));
    expect(text).toContain('Evil');
    expect([...text].some((c) => c !== '\n' && c.charCodeAt(0) < 0x20)).toBe(false);
  });
});

describe('a blank title', () => {
  it('falls back to the file name', () => {
    const document = parseDocument('/tmp/blank-title.md', '---\ntitle: "   "\n---\n\nSome text.\n') as CorpusDocument;
    expect(document.title).toBe('blank-title');
  });
});

describe('autocomplete suggestions', () => {
  it('never split a character when the typed text is cut', async () => {
    const suggest = createSuggester(suggestionTopics((await storyEngine()).corpus));
    const [own] = suggest(`${'a'.repeat(99)}😀 Rubio`);
    expect(own).toBe('a'.repeat(99));
    expect(suggest('short')[0]).toBe('short');
  });

  it('end a name at a possessive', async () => {
    const engine = await storyEngine();
    const { names } = mineTopics(engine.corpus);
    expect(names.some((n) => /['’]s /.test(n))).toBe(false);
    expect(names).toContain('Russia');
  });
});

describe('definitional questions', () => {
  it('favour the paragraph where a document first names what is asked about', async () => {
    const engine = await storyEngine();
    const answer = engine.ask('What does ISF stand for?');
    expect(answer.answered).toBe(true);
    expect(answer.passages[0]!.quote).toContain('International Stabilization Force (ISF)');
  });
});

describe('refusal reasons', () => {
  it('name at most three words, each kept short', async () => {
    const engine = await storyEngine();
    // Three words the story lacks, none with a WordNet noun synonym it has ("last" has "final": ranked, then refused otherwise).
    expect(engine.ask('Who won the football match?').reason).toBe("The story doesn't say anything about won, football or match.");
    const long = engine.ask('x'.repeat(10_000));
    expect(long.answered).toBe(false);
    expect(long.reason!.length).toBeLessThan(120);
  });

  it('ignore pasted terminal colour codes', async () => {
    const engine = await storyEngine();
    expect(engine.ask('\u001b[31mWhat did Indonesia pledge?\u001b[0m').reason).toBe("The story doesn't mention Indonesia.");
  });
});

describe('questions about what someone said', () => {
  it('are read as asking for a statement, and favour the sentence that quotes or reports speech', async () => {
    const { questionAnswerType, sentenceFacts, answerTypeFit } = await import('../../src/text/answerTypes.ts');
    const { tokenizeWords } = await import('../../src/text/tokenize.ts');
    expect(questionAnswerType('What did Rubio say about the offer?')).toBe('statement');
    expect(questionAnswerType('How did Hamas react to the plan?')).toBe('statement');
    const quoted = '“We are grateful,” he said.';
    const plain = 'The offer was reaffirmed on Friday.';
    expect(answerTypeFit('statement', sentenceFacts(quoted, tokenizeWords(quoted)), new Set())).toBe(1);
    expect(answerTypeFit('statement', sentenceFacts(plain, tokenizeWords(plain)), new Set())).toBe(0);
    const engine = await storyEngine();
    expect(engine.ask("What did Rubio say about Pakistan's offer?").passages[0]!.quote).toContain('grateful');
  });
});
