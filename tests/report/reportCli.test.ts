import { afterAll, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../src/store/openSqlite.ts';
import { runCli } from '../support/runCli.ts';
import { makeTempDirSync, removeTempDirs } from '../support/tempDir.ts';
import { question } from '../store/storeContract.ts';

const dataDir = makeTempDirSync('isf-report-');
afterAll(removeTempDirs);

const INDONESIA = "The story doesn't mention Indonesia.";

async function seed(): Promise<void> {
  const store = await openSqliteStore(dataDir);
  await store.recordQuestion(question({ at: Date.UTC(2026, 0, 9, 10), answered: true }));
  await store.recordQuestion(question({ at: Date.UTC(2026, 0, 10, 10), answered: false, reason: INDONESIA, text: 'Will Indonesia send troops?', citations: [] }));
  await store.recordQuestion(question({ at: Date.UTC(2026, 0, 10, 11), answered: false, reason: INDONESIA, text: 'Is Indonesia in?', citations: [] }));
  await store.recordQuestion(question({ at: Date.UTC(2026, 0, 10, 12), answered: false, reason: "The story doesn't say when.", text: 'When do they go?', citations: [] }));
  await store.recordVote({ answerId: 'a1', voterHash: 'v1', vote: 'down', reasonCategory: 'wrong passage', question: 'Who abstained?', citations: [{ doc: 'isf-pakistan-troops', paragraph: 7 }], refused: false, platform: 'slack', at: Date.UTC(2026, 0, 10, 13) });
  await store.close();
}

describe('isf report', () => {
  it('prints the gaps grouped by reason (most asked first), the down-voted answers and the days, as JSON', async () => {
    await seed();
    const run = await runCli(['report', '--json'], { env: { DATA_DIR: dataDir, LOG_LEVEL: 'silent' } });
    expect(run.code).toBe(0);
    const body = JSON.parse(run.stdout) as Record<string, unknown> & { gaps: { reason: string; count: number; examples: string[] }[]; downVotes: unknown[]; perDay: unknown[] };
    expect(body.gaps.map((g) => [g.reason, g.count])).toEqual([
      [INDONESIA, 2],
      ["The story doesn't say when.", 1],
    ]);
    expect(body.gaps[0]!.examples).toEqual(['Is Indonesia in?', 'Will Indonesia send troops?']);
    expect(body.downVotes).toEqual([expect.objectContaining({ question: 'Who abstained?', citations: [{ doc: 'isf-pakistan-troops', paragraph: 7 }], downVotes: 1, reasons: ['wrong passage'] })]);
    expect(body.perDay).toEqual([
      { day: '2026-01-09', answered: 1, refused: 0, smallTalk: 0 },
      { day: '2026-01-10', answered: 0, refused: 3, smallTalk: 0 },
    ]);
  });

  it('limits the report to --since and --until (a date includes that whole day), and prints text by default', async () => {
    const run = await runCli(['report', '--since', '2026-01-09', '--until', '2026-01-09'], { env: { DATA_DIR: dataDir, LOG_LEVEL: 'silent' } });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Coverage report, 2026-01-09 to 2026-01-09');
    expect(run.stdout).toContain('1 question: 1 answered, 0 not answered by the story');
    expect(run.stdout).not.toContain('Indonesia');
    const all = await runCli(['report'], { env: { DATA_DIR: dataDir, LOG_LEVEL: 'silent' } });
    expect(all.stdout).toMatch(/2 × The story doesn't mention Indonesia\.\n\s+“Is Indonesia in\?”/);
    expect(all.stdout).toContain('cited: isf-pakistan-troops ¶7; why: wrong passage');
  });

  it('is a usage error (exit 2) for a date it cannot read', async () => {
    const run = await runCli(['report', '--since', 'last tuesday'], { env: { DATA_DIR: dataDir, LOG_LEVEL: 'silent' } });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--since must be a date');
  });
});
