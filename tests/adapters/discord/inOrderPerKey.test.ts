import { describe, expect, it } from 'vitest';
import { inOrderPerKey } from '../../../src/adapters/discord/inOrderPerKey.ts';

/** A piece of work that finishes when the test says so, noting when it started and ended. */
function gate(log: string[], name: string): { run: () => Promise<string>; open: () => void } {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return {
    run: async () => {
      log.push(`start ${name}`);
      await opened;
      log.push(`end ${name}`);
      return name;
    },
    open,
  };
}

describe('inOrderPerKey', () => {
  it('runs one key’s work in the order it came, other keys side by side, and carries on after a failure', async () => {
    const inOrder = inOrderPerKey();
    const log: string[] = [];
    const a1 = gate(log, 'a1');
    const a2 = gate(log, 'a2');
    const b1 = gate(log, 'b1');
    const first = inOrder('a', a1.run);
    const second = inOrder('a', a2.run);
    const other = inOrder('b', b1.run);
    await new Promise((resolve) => setImmediate(resolve));
    expect(log).toEqual(['start a1', 'start b1']);
    a2.open();
    b1.open();
    await other;
    expect(log).not.toContain('start a2');
    a1.open();
    expect(await Promise.all([first, second])).toEqual(['a1', 'a2']);
    expect(log.indexOf('end a1')).toBeLessThan(log.indexOf('start a2'));

    const failed = inOrder('a', () => Promise.reject(new Error('boom')));
    const after = inOrder('a', () => Promise.resolve('after'));
    await expect(failed).rejects.toThrow('boom');
    expect(await after).toBe('after');
  });
});
