import type { SocketModeReceiver } from '@slack/bolt';
import type { Logger } from '../../logger.ts';
import { countRefusals, isPlainObject } from './countRefusals.ts';

/** The Socket Mode client as far as the screen uses it: its message event, its parser and its ack. */
interface SocketClient {
  on(event: 'ws_message', listener: (data: unknown, isBinary: boolean) => void): unknown;
  removeAllListeners(event: 'ws_message'): unknown;
  onWebSocketMessage(data: unknown, isBinary: boolean): Promise<void>;
  send(envelopeId: string, body?: Record<string, unknown>): Promise<void>;
}

type Refusal = 'malformed envelope';

/** Interactions Bolt reads by their `actions` (bolt's getTypeAndConversation): without any, it drops them unacknowledged. */
const ACTION_TYPES: ReadonlySet<string> = new Set(['block_actions', 'interactive_message']);

/**
 * Screens every Socket Mode message before the Socket Mode client and Bolt read it, as guardSlackRequests does for
 * HTTP: an envelope whose payload is not what its type promises (a null payload, an event envelope without an
 * event, a slash command without a command, an interaction without a type, a click without its actions) makes them
 * throw an unhandled rejection or drop it unanswered. Such an envelope is acknowledged (so Slack does not send it
 * again), counted and dropped; every other message (hello, disconnect, good envelopes) goes on to the client as is.
 */
export function screenSocketEnvelopes(receiver: SocketModeReceiver, logger: Logger): void {
  const client = receiver.client as unknown as SocketClient;
  const refusals = countRefusals<Refusal>(logger, 'slack: refused Socket Mode envelopes');
  client.removeAllListeners('ws_message');
  client.on('ws_message', (data, isBinary) => {
    const refused = isBinary ? undefined : malformedEnvelopeId(data);
    if (refused === undefined) {
      void client.onWebSocketMessage(data, isBinary).catch((error: unknown) => logger.warn({ err: error }, 'slack: reading a Socket Mode message failed'));
      return;
    }
    refusals('malformed envelope');
    void client.send(refused).catch((error: unknown) => logger.warn({ err: error }, 'slack: acknowledging a malformed envelope failed'));
  });
}

/** The id of an envelope to refuse (its payload does not match its type); undefined for anything to pass on. */
function malformedEnvelopeId(data: unknown): string | undefined {
  let message: unknown;
  try {
    message = JSON.parse(typeof data === 'string' ? data : Buffer.from(data as ArrayBuffer).toString('utf8'));
  } catch {
    return undefined; // The client logs and ignores what does not parse.
  }
  if (!isPlainObject(message) || typeof message.envelope_id !== 'string') return undefined;
  const payload = message.payload;
  return payloadFits(message.type, payload) ? undefined : message.envelope_id;
}

function payloadFits(type: unknown, payload: unknown): boolean {
  if (!isPlainObject(payload)) return false;
  if (type === 'events_api') return isPlainObject(payload.event) && typeof payload.event.type === 'string';
  if (type === 'slash_commands') return typeof payload.command === 'string';
  if (type === 'interactive') return typeof payload.type === 'string' && (!ACTION_TYPES.has(payload.type) || (Array.isArray(payload.actions) && payload.actions.length > 0));
  return true;
}
