import { expect } from 'vitest';
import type { BotReply } from '../../commands/reply.ts';

/** Asserts the shape every BotReply has, whatever the command. */
export function expectBotReplyShape(reply: BotReply, command: string): void {
  expect(reply.command).toBe(command);
  expect(Array.isArray(reply.lines)).toBe(true);
  for (const line of reply.lines) expect(typeof line).toBe('string');
  expect(Array.isArray(reply.quotes)).toBe(true);
  expect(typeof reply.refused).toBe('boolean');
  expect(reply).toHaveProperty('json');
  // The JSON is printed by --json as is: it must survive a round trip.
  expect(JSON.parse(JSON.stringify(reply.json))).toEqual(reply.json);
}
