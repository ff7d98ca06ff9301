import type { Logger } from '../../logger.ts';

/** A gateway dispatch as discord.js emits it raw, before it builds its objects. */
export interface RawDispatch {
  t?: string | null;
  d?: unknown;
}

// The name a malformed interaction's dispatch is renamed to: discord.js has no handler for it, so it builds nothing.
const IGNORED = 'INTERACTION_CREATE_MALFORMED';

// Interaction types that carry `data` (application command, component, autocomplete, modal submit).
const TYPES_WITH_DATA = new Set([2, 3, 4, 5]);

// An id shown in a log line is cut to this: a real snowflake has at most 20 digits.
const MAX_LOGGED_ID = 24;

/**
 * Why an INTERACTION_CREATE payload cannot be handled, or undefined when it can: discord.js reads `data`, the user
 * (or the member's user) and the channel without checking them, and throws from inside its gateway handler.
 */
function malformedInteraction(payload: unknown): string | undefined {
  if (!isObject(payload)) return 'not an object';
  if (typeof payload.id !== 'string' || typeof payload.token !== 'string') return 'no id or token';
  if (!/^\d{1,20}$/.test(payload.id)) return 'id not a snowflake';
  if (typeof payload.type !== 'number') return 'no type';
  if (TYPES_WITH_DATA.has(payload.type) && !isObject(payload.data)) return 'no data';
  if (isObject(payload.data) && payload.data.options !== undefined && !Array.isArray(payload.data.options)) return 'options not a list';
  const user = isObject(payload.member) ? payload.member.user : payload.user;
  if (!isObject(user) || typeof user.id !== 'string') return 'no user';
  if (payload.channel !== undefined && !isObject(payload.channel)) return 'channel not an object';
  return undefined;
}

/**
 * A listener for discord.js's raw dispatches (Events.Raw, emitted just before discord.js handles each one): a
 * malformed interaction is logged (its id and what is wrong, never its token) and renamed so discord.js ignores
 * it, instead of throwing an unhandled rejection from its gateway handler.
 */
export function screenInteractions(logger: Logger): (packet: RawDispatch) => void {
  return (packet) => {
    if (packet.t !== 'INTERACTION_CREATE') return;
    const reason = malformedInteraction(packet.d);
    if (reason === undefined) return;
    const id = isObject(packet.d) && typeof packet.d.id === 'string' ? packet.d.id.slice(0, MAX_LOGGED_ID) : undefined;
    logger.warn({ interaction: id, reason }, 'discord: malformed interaction ignored');
    packet.t = IGNORED;
  };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
