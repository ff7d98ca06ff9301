import type { Corpus, CorpusDocument } from '../corpus/types.ts';
import { analyzeText } from '../text/analyze.ts';
import { citePassage } from './citePassage.ts';
import type { StatusBrief } from './types.ts';

/** Fewest and most lines of the status brief. */
export const STATUS_LINES = { min: 3, max: 6 };

const DATED = /\b(january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|this week|last week)\b|\b(19|20)\d{2}\b/i;
const CURRENT = /\b(still|remains?|so far|as of|now|currently|no (final )?decision|has (not )?been|have (not )?been|yet|stance|position|stated|said|says|reaffirm\w*|confirm\w*|insist\w*)\b/i;
const NEXT = /\b(will|would|might|may|expected|expects?|aim\w*|plans?|planned|next|upcoming|could|until|determine|depend\w*|if)\b/i;

interface Candidate {
  paragraph: number;
  start: number;
  end: number;
  text: string;
  terms: Set<string>;
  weight: number;
}

/** The document a brief is about: the most recent by `published`, else the last in the corpus. */
export function latestDocument(corpus: Corpus): CorpusDocument {
  const dated = corpus.documents.filter((d) => d.published && !Number.isNaN(Date.parse(d.published)));
  if (dated.length === 0) return corpus.documents[corpus.documents.length - 1]!;
  return dated.reduce((a, b) => (Date.parse(b.published!) >= Date.parse(a.published!) ? b : a));
}

/**
 * Builds the status brief extractively from the most recent document: its lead sentence, then the most
 * central sentences that state a current position, a dated event and what comes next, without repeating
 * one another; 3 to 6 verbatim lines in story order.
 */
export function buildStatusBrief(corpus: Corpus): StatusBrief {
  const document = latestDocument(corpus);
  const candidates = sentencesOf(document);
  const chosen: Candidate[] = [];
  const take = (pool: Candidate[]) => {
    const next = pool
      .filter((c) => !chosen.includes(c) && !overlapsChosen(c, chosen))
      .sort((a, b) => b.weight - a.weight)[0];
    if (next) chosen.push(next);
  };
  const lead = candidates[0];
  if (lead) chosen.push(lead);
  take(candidates.filter((c) => CURRENT.test(c.text)));
  take(candidates.filter((c) => DATED.test(c.text)));
  take(candidates.filter((c) => NEXT.test(c.text) && c.paragraph > (document.passages.length / 2)));
  take(candidates.filter((c) => CURRENT.test(c.text)));
  while (chosen.length < STATUS_LINES.min && chosen.length < candidates.length) take(candidates);
  const lines = chosen
    .slice(0, STATUS_LINES.max)
    .sort((a, b) => a.paragraph - b.paragraph || a.start - b.start)
    .map((c) => citePassage(document, document.passages[c.paragraph - 1]!, c.text, c.weight));
  return { doc: document.id, title: document.title, lines };
}

/** Every sentence of a document with its centrality: how much of the document's vocabulary it shares. */
function sentencesOf(document: CorpusDocument): Candidate[] {
  const termCounts = new Map<string, number>();
  const raw = document.passages.flatMap((p) =>
    p.sentences.map((s) => {
      const terms = new Set(analyzeText(s.text).map((t) => t.term));
      for (const t of terms) termCounts.set(t, (termCounts.get(t) ?? 0) + 1);
      return { paragraph: p.paragraph, start: s.start, end: s.end, text: s.text, terms, weight: 0 };
    }),
  );
  for (const c of raw) {
    let sum = 0;
    for (const t of c.terms) sum += (termCounts.get(t) ?? 1) - 1;
    // Central sentences share many recurring words; long sentences are not favoured for length alone.
    c.weight = sum / Math.sqrt(c.terms.size + 1);
  }
  return raw.filter((c) => c.text.length >= 40);
}

function overlapsChosen(candidate: Candidate, chosen: readonly Candidate[]): boolean {
  return chosen.some((c) => {
    if (c.paragraph === candidate.paragraph && c.start === candidate.start) return true;
    let shared = 0;
    for (const t of candidate.terms) if (c.terms.has(t)) shared += 1;
    return shared / Math.min(candidate.terms.size, c.terms.size || 1) > 0.5;
  });
}
