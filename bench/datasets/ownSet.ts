import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { loadCorpus } from '../../src/corpus/loadCorpus.ts';
import { normalizeForQuote } from '../metrics.ts';
import { REPO_ROOT } from '../paths.ts';
import type { BenchQuestion, Dataset } from './types.ts';

/** Path of the own question set about the shipped story. */
export const OWN_SET_FILE = resolve(REPO_ROOT, 'bench/questions/isf-pakistan-troops.json');

interface RawQuestion {
  id?: unknown;
  question?: unknown;
  answerable?: unknown;
  doc?: unknown;
  paragraph?: unknown;
  answer?: unknown;
  alsoParagraphs?: unknown;
}

/** Loads the own question set and the corpus it names (relative to the repo root); validates every entry. */
export async function loadOwnSet(file = OWN_SET_FILE): Promise<Dataset> {
  const raw = JSON.parse(await readFile(file, 'utf8')) as { corpus?: unknown; questions?: unknown };
  if (typeof raw.corpus !== 'string' || !Array.isArray(raw.questions)) {
    throw new Error(`${file}: expected { corpus: string, questions: [...] }`);
  }
  const corpusDir = resolve(REPO_ROOT, raw.corpus);
  const corpus = await loadCorpus(corpusDir);
  const paragraphs = new Map(corpus.documents.flatMap((d) => d.passages.map((p) => [`${p.doc}#${p.paragraph}`, p.text])));
  const warnings: string[] = corpus.problems.map((p) => `corpus problem: ${p.file}: ${p.message}`);
  const seen = new Set<string>();

  const questions = (raw.questions as RawQuestion[]).map((q, i): BenchQuestion => {
    const where = `${file} question ${i + 1}`;
    if (typeof q.id !== 'string' || typeof q.question !== 'string' || typeof q.answerable !== 'boolean') {
      throw new Error(`${where}: needs string id, string question and boolean answerable`);
    }
    if (seen.has(q.id)) throw new Error(`${where}: duplicate id ${q.id}`);
    seen.add(q.id);
    if (!q.answerable) return { id: q.id, question: q.question, answerable: false, expected: [], answers: [] };
    if (typeof q.doc !== 'string' || typeof q.paragraph !== 'number' || typeof q.answer !== 'string') {
      throw new Error(`${where} (${q.id}): an answerable question needs doc, paragraph and answer`);
    }
    const also = Array.isArray(q.alsoParagraphs) ? (q.alsoParagraphs as unknown[]) : [];
    if (!also.every((n) => typeof n === 'number')) throw new Error(`${where} (${q.id}): alsoParagraphs must be numbers`);
    const doc = q.doc;
    const expected = [q.paragraph, ...(also as number[])].map((paragraph) => ({ doc, paragraph }));
    for (const e of expected) {
      if (!paragraphs.has(`${e.doc}#${e.paragraph}`)) warnings.push(`${q.id}: ${e.doc} ¶${e.paragraph} is not in the corpus`);
    }
    const gold = paragraphs.get(`${doc}#${q.paragraph}`);
    if (gold !== undefined && !normalizeForQuote(gold).includes(normalizeForQuote(q.answer))) {
      warnings.push(`${q.id}: answer ${JSON.stringify(q.answer)} is not in ${doc} ¶${q.paragraph}`);
    }
    return { id: q.id, question: q.question, answerable: true, expected, answers: [q.answer] };
  });

  const answerable = questions.filter((q) => q.answerable).length;
  if (answerable < 60) warnings.push(`only ${answerable} answerable questions (the requirement is at least 60)`);
  if (questions.length - answerable < 15) {
    warnings.push(`only ${questions.length - answerable} unanswerable questions (the requirement is at least 15)`);
  }
  return {
    id: 'own',
    description: `own set (${file.slice(REPO_ROOT.length)}) over ${corpusDir.slice(REPO_ROOT.length) || '.'}/`,
    corpusDir,
    corpus,
    questions,
    warnings,
    dispose: async () => {},
  };
}
