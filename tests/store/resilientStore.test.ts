import { afterEach, describe, expect, it } from 'vitest';
import { MemoryStore } from '../../src/store/memoryStore.ts';
import { ResilientStore } from '../../src/store/resilientStore.ts';
import type { Store, VoteRecord } from '../../src/store/types.ts';
import { captureLog } from '../support/captureLog.ts';
import { question } from './storeContract.ts';

/** A database the test switches off and on: a MemoryStore behind a switch (our own Store interface, not a driver). */
class SwitchableDatabase implements Store {
  readonly engine = 'postgres' as const;
  readonly data = new MemoryStore();
  /** 'up' answers; 'down' rejects at once (connection refused); 'hang' never answers (a silent network). */
  state: 'up' | 'down' | 'hang' = 'up';
  #gate<T>(work: () => Promise<T>): Promise<T> {
    if (this.state === 'down') return Promise.reject(new Error('connect ECONNREFUSED 127.0.0.1:5432'));
    if (this.state === 'hang') return new Promise<T>(() => {});
    return work();
  }
  recordQuestion: Store['recordQuestion'] = (q) => this.#gate(() => this.data.recordQuestion(q));
  recordVote: Store['recordVote'] = (v) => this.#gate(() => this.data.recordVote(v));
  getThread: Store['getThread'] = (k) => this.#gate(() => this.data.getThread(k));
  putThread: Store['putThread'] = (k, c, t) => this.#gate(() => this.data.putThread(k, c, t));
  hitRateLimit: Store['hitRateLimit'] = (k, l, w) => this.#gate(() => this.data.hitRateLimit(k, l, w));
  claimEvent: Store['claimEvent'] = (id) => this.#gate(() => this.data.claimEvent(id));
  claimOnce: Store['claimOnce'] = (k, t) => this.#gate(() => this.data.claimOnce(k, t));
  purgeOlderThan: Store['purgeOlderThan'] = (d) => this.#gate(() => this.data.purgeOlderThan(d));
  report: Store['report'] = (r) => this.#gate(() => this.data.report(r));
  health: Store['health'] = () => this.data.health();
  close: Store['close'] = async () => {};
}

const opened: ResilientStore[] = [];
afterEach(async () => {
  for (const store of opened.splice(0)) await store.close();
});

async function resilient(database: SwitchableDatabase, options: { failOpens?: number; maxPendingWrites?: number } = {}) {
  const log = captureLog();
  let failOpens = options.failOpens ?? 0;
  let opens = 0;
  const store = new ResilientStore({
    engine: 'postgres',
    logger: log.logger,
    operationTimeoutMs: 100,
    retryIntervalMs: 20,
    ...(options.maxPendingWrites !== undefined && { maxPendingWrites: options.maxPendingWrites }),
    open: async () => {
      opens += 1;
      if (failOpens > 0) {
        failOpens -= 1;
        throw new Error('connect ECONNREFUSED 127.0.0.1:5432');
      }
      return database;
    },
  });
  opened.push(store);
  await store.start();
  return { store, log, opens: () => opens };
}

async function until(check: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 5000;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

const vote = (v: 'up' | 'down', at: number): VoteRecord => ({ answerId: 'a1', voterHash: 'h1', vote: v, question: 'q', citations: [], refused: false, platform: 'slack', at });

describe('ResilientStore', () => {
  it('buffers the writes of an outage in order and writes them all once the database answers again', async () => {
    const database = new SwitchableDatabase();
    const { store, log } = await resilient(database);
    await store.recordQuestion(question({ id: 'before' }));
    database.state = 'down';
    await store.recordQuestion(question({ id: 'during-1' }));
    await store.recordVote(vote('down', 1));
    await store.recordQuestion(question({ id: 'during-2' }));
    // The voter changes their mind during the outage: the later vote must land last.
    await store.recordVote(vote('up', 2));
    expect(store.health()).toMatchObject({ up: false, pendingWrites: 4 });
    expect(store.health().failures).toBeGreaterThan(0);
    await expect(store.report({})).rejects.toThrow(/not reachable/);
    database.state = 'up';
    await until(() => store.health().up && store.health().pendingWrites === 0, 'the buffer to be written');
    const report = await database.data.report({});
    expect(report.totals.questions).toBe(3);
    expect(report.downVotes).toEqual([]);
    expect(log.lines().map((l) => l.msg)).toEqual(expect.arrayContaining(['store: database unreachable; answering on in-process limits and buffering writes', 'store: database reachable again; buffered writes written']));
  });

  it('limits and claims in-process while the database is down, and on the database again after', async () => {
    const database = new SwitchableDatabase();
    const { store } = await resilient(database);
    expect(await store.hitRateLimit('slack:u', 2, 60_000)).toEqual({ allowed: true });
    database.state = 'down';
    expect(await store.hitRateLimit('slack:u', 2, 60_000)).toEqual({ allowed: true });
    expect(await store.hitRateLimit('slack:u', 2, 60_000)).toEqual({ allowed: true });
    expect((await store.hitRateLimit('slack:u', 2, 60_000)).allowed).toBe(false);
    expect(await store.claimEvent('Ev1')).toBe(true);
    expect(await store.claimEvent('Ev1')).toBe(false);
    database.state = 'up';
    await until(() => store.health().up, 'the database to be back');
    // The database's own window had one hit; the second is allowed there, the third not.
    expect(await store.hitRateLimit('slack:u', 2, 60_000)).toEqual({ allowed: true });
    expect((await store.hitRateLimit('slack:u', 2, 60_000)).allowed).toBe(false);
  });

  it('counts a database that does not answer as down after the operation timeout', async () => {
    const database = new SwitchableDatabase();
    const { store } = await resilient(database);
    database.state = 'hang';
    const started = Date.now();
    expect(await store.claimOnce('k', 1000)).toBe(true);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(store.health().up).toBe(false);
    await store.recordQuestion(question({ id: 'while-hanging' }));
    expect(store.health().pendingWrites).toBe(1);
    database.state = 'up';
    await until(() => store.health().pendingWrites === 0, 'the buffer to be written');
    expect((await database.data.report({})).totals.questions).toBe(1);
  });

  it('starts without the database, keeps trying to open it, and writes what came meanwhile', async () => {
    const database = new SwitchableDatabase();
    const { store, opens } = await resilient(database, { failOpens: 3 });
    expect(store.health().up).toBe(false);
    await store.recordQuestion(question({ id: 'early' }));
    await until(() => store.health().up && store.health().pendingWrites === 0, 'the database to open');
    expect(opens()).toBe(4);
    expect((await database.data.report({})).totals.questions).toBe(1);
  });

  it('closes a database that opens only after the open timed out, and uses the next open', async () => {
    const log = captureLog();
    const late = new SwitchableDatabase();
    let closedLate = false;
    late.close = async () => void (closedLate = true);
    const prompt = new SwitchableDatabase();
    let opens = 0;
    const store = new ResilientStore({
      engine: 'postgres',
      logger: log.logger,
      openTimeoutMs: 50,
      retryIntervalMs: 20,
      open: () => (++opens === 1 ? new Promise<Store>((resolve) => setTimeout(() => resolve(late), 150)) : Promise.resolve(prompt)),
    });
    opened.push(store);
    await store.start();
    expect(store.health().up).toBe(false);
    await until(() => store.health().up && closedLate, 'the second open, and the late one closed');
    await store.recordQuestion(question({ id: 'after' }));
    expect((await prompt.data.report({})).totals.questions).toBe(1);
    expect((await late.data.report({})).totals.questions).toBe(0);
  });

  it('keeps at most maxPendingWrites, dropping the oldest and counting them as failures', async () => {
    const database = new SwitchableDatabase();
    const { store, log } = await resilient(database, { maxPendingWrites: 3 });
    database.state = 'down';
    for (let i = 0; i < 5; i += 1) await store.recordQuestion(question({ id: `q${i}`, text: `question ${i}` }));
    expect(store.health().pendingWrites).toBe(3);
    expect(log.lines().some((l) => l.msg === 'store: write buffer full; dropping the oldest writes')).toBe(true);
    database.state = 'up';
    await until(() => store.health().pendingWrites === 0, 'the buffer to be written');
    const report = await database.data.report({});
    expect(report.totals.questions).toBe(3);
  });

  it('writes what it still holds when closed after the database came back', async () => {
    const database = new SwitchableDatabase();
    const { store } = await resilient(database);
    database.state = 'down';
    await store.recordQuestion(question({ id: 'late' }));
    database.state = 'up';
    await store.close();
    expect((await database.data.report({})).totals.questions).toBe(1);
  });

  it('never logs the text of a question, even when its write fails', async () => {
    const database = new SwitchableDatabase();
    const { store, log } = await resilient(database);
    database.state = 'down';
    await store.recordQuestion(question({ id: 'secret', text: 'a very private question about Zanzibar' }));
    expect(JSON.stringify(log.lines())).not.toContain('Zanzibar');
  });
});
