import type { Corpus, CorpusDocument } from '../corpus/types.ts';
import { analyzeText } from '../text/analyze.ts';
import { datePrecision, findNameRuns, yearsIn, type DatePrecision } from '../text/entities.ts';
import { citePassage } from './citePassage.ts';
import type { StatusBrief } from './types.ts';

/** Fewest and most lines of the status brief. */
export const STATUS_LINES = { min: 3, max: 6 };

/** Shortest sentence worth a line of its own in the brief. */
const MIN_LINE_LENGTH = 60;

const POSITION = /\b(no (final )?decision|not (yet )?decided|has (not )?been (taken|made)|still|remains?|as of now|so far|reaffirm\w*|confirm\w*|insist\w*|reject\w*|refus\w*|stated|announced|emphasi[sz]ed|thanked)\b/i;
const NEXT = /\b(will|aim\w*|expected|expects?|plans?|planned|next|upcoming|timeframe|timeline|deadline|hasten\w*|determine|schedul\w*)\b/i;

/** Weight of a sentence as a dated event, by how precisely it dates it (a day beats a month, a month a weekday). */
const DATE_STRENGTH: Record<DatePrecision, number> = { day: 2, 'month-or-year': 1.5, weekday: 1, none: 0 };

interface Candidate {
  paragraph: number;
  start: number;
  text: string;
  terms: Set<string>;
  centrality: number;
}

/** The document a brief is about: the most recent by `published`, else the last in the corpus. */
export function latestDocument(corpus: Corpus): CorpusDocument {
  const dated = corpus.documents.filter((d) => d.published && !Number.isNaN(Date.parse(d.published)));
  if (dated.length === 0) return corpus.documents[corpus.documents.length - 1]!;
  return dated.reduce((a, b) => (Date.parse(b.published!) >= Date.parse(a.published!) ? b : a));
}

/**
 * Builds the status brief extractively from the most recent document: its lead sentence, the central
 * sentences that state where the actors stand, the key dated events, and what comes next (future
 * markers, or a year after the document's own), without repeating one another; 3 to 6 verbatim lines in story order.
 */
export function buildStatusBrief(corpus: Corpus): StatusBrief {
  const document = latestDocument(corpus);
  const candidates = sentencesOf(document);
  const publishedYear = document.published ? new Date(document.published).getUTCFullYear() : undefined;
  const chosen: Candidate[] = [];
  const take = (strength: (c: Candidate) => number) => {
    let best: Candidate | undefined;
    let bestValue = 0;
    for (const c of candidates) {
      if (chosen.includes(c) || repeats(c, chosen)) continue;
      const value = strength(c) * c.centrality;
      if (value > bestValue) {
        bestValue = value;
        best = c;
      }
    }
    if (best) chosen.push(best);
    return best !== undefined;
  };
  const lead = candidates[0];
  if (lead) chosen.push(lead);
  const position = (c: Candidate) => (POSITION.test(c.text) ? 1 + namesIn(c.text) * 0.25 : 0);
  const dated = (c: Candidate) => DATE_STRENGTH[datePrecision(c.text)];
  const next = (c: Candidate) => {
    const laterYear = publishedYear !== undefined && yearsIn(c.text).some((year) => year > publishedYear);
    return (laterYear ? 2 : 0) + (NEXT.test(c.text) ? 1 : 0);
  };
  take(position);
  take(dated);
  take(next);
  take(position);
  take(dated);
  // Fill up to the minimum with whatever is left; stop when nothing new can be added (all repeats).
  while (chosen.length < STATUS_LINES.min && take(() => 1));
  const lines = chosen
    .slice(0, STATUS_LINES.max)
    .sort((a, b) => a.paragraph - b.paragraph || a.start - b.start)
    .map((c) => citePassage(document, document.passages[c.paragraph - 1]!, c.text, c.centrality));
  return { doc: document.id, title: document.title, lines };
}

/** Every sentence of a document worth a line, with its centrality: how much of the document's vocabulary it shares. */
function sentencesOf(document: CorpusDocument): Candidate[] {
  const termCounts = new Map<string, number>();
  const all = document.passages.flatMap((p) =>
    p.sentences.map((s) => {
      const terms = new Set(analyzeText(s.text).map((t) => t.term));
      for (const t of terms) termCounts.set(t, (termCounts.get(t) ?? 0) + 1);
      return { paragraph: p.paragraph, start: s.start, text: s.text, terms, centrality: 0 };
    }),
  );
  for (const c of all) {
    let shared = 0;
    for (const t of c.terms) shared += Math.log((termCounts.get(t) ?? 1));
    // Central sentences share many recurring words; long sentences are not favoured for length alone.
    c.centrality = shared / Math.sqrt(c.terms.size + 1) + 0.01;
  }
  const long = all.filter((c) => c.text.length >= MIN_LINE_LENGTH);
  return long.length >= STATUS_LINES.min ? long : all;
}

/** How many different words of names a sentence holds ("the Pakistani Foreign Office" counts three). */
function namesIn(text: string): number {
  return new Set(findNameRuns(text).flatMap((run) => run.name.split(/\s+/))).size;
}

/** Whether a sentence says mostly what a chosen one already says. */
function repeats(candidate: Candidate, chosen: readonly Candidate[]): boolean {
  return chosen.some((c) => {
    let shared = 0;
    for (const t of candidate.terms) if (c.terms.has(t)) shared += 1;
    return shared / Math.max(1, Math.min(candidate.terms.size, c.terms.size)) > 0.5;
  });
}
