import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { loadCorpus } from '../../src/corpus/loadCorpus.ts';
import { normalizeForQuote } from '../metrics.ts';
import { REPO_ROOT } from '../paths.ts';
import { QUESTION_KINDS, type BenchQuestion, type QuestionKind } from './types.ts';

interface RawQuestion {
  id?: unknown;
  question?: unknown;
  answerable?: unknown;
  kind?: unknown;
  note?: unknown;
  doc?: unknown;
  paragraph?: unknown;
  answer?: unknown;
  alsoParagraphs?: unknown;
}

/** A question file read and checked against the corpus it names. */
export interface QuestionFile {
  description: string;
  corpusDir: string;
  corpus: Awaited<ReturnType<typeof loadCorpus>>;
  questions: BenchQuestion[];
  warnings: string[];
}

/**
 * Reads a question file `{ corpus, description?, questions: [...] }` (corpus relative to the repo root) and loads its
 * corpus. A question has `id` and `question`, and either `answerable` (true/false) or `kind` (see QuestionKind);
 * an answerable one also `doc`, `paragraph`, `answer` (a substring of that paragraph) and optionally
 * `alsoParagraphs`. A near-miss needs a `note` saying what the story lacks (for humans; nothing reads it).
 */
export async function readQuestionFile(file: string): Promise<QuestionFile> {
  const raw = JSON.parse(await readFile(file, 'utf8')) as { corpus?: unknown; description?: unknown; questions?: unknown };
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
    if (typeof q.id !== 'string' || typeof q.question !== 'string') throw new Error(`${where}: needs string id and question`);
    const kind = questionKind(q, `${where} (${q.id})`);
    if (seen.has(q.id)) throw new Error(`${where}: duplicate id ${q.id}`);
    seen.add(q.id);
    if (kind === 'near-miss' && (typeof q.note !== 'string' || q.note.trim() === '')) {
      throw new Error(`${where} (${q.id}): a near-miss needs a note saying what the story lacks`);
    }
    if (kind !== 'answerable') return { id: q.id, question: q.question, answerable: false, kind, expected: [], answers: [] };
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
    return { id: q.id, question: q.question, answerable: true, kind, expected, answers: [q.answer] };
  });
  const description = typeof raw.description === 'string' ? raw.description : '';
  return { description, corpusDir, corpus, questions, warnings };
}

/** The kind of a raw question: its `kind`, else `answerable`/`unanswerable` from its boolean `answerable`. */
function questionKind(q: RawQuestion, where: string): QuestionKind {
  if (q.kind !== undefined) {
    if (typeof q.kind !== 'string' || !(QUESTION_KINDS as readonly string[]).includes(q.kind)) {
      throw new Error(`${where}: kind must be one of ${QUESTION_KINDS.join(', ')}`);
    }
    if (typeof q.answerable === 'boolean' && q.answerable !== (q.kind === 'answerable')) {
      throw new Error(`${where}: kind ${q.kind} contradicts answerable: ${q.answerable}`);
    }
    return q.kind as QuestionKind;
  }
  if (typeof q.answerable !== 'boolean') throw new Error(`${where}: needs a kind or a boolean answerable`);
  return q.answerable ? 'answerable' : 'unanswerable';
}
