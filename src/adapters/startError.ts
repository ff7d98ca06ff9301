/**
 * A chat platform could not be started for a reason the operator can fix (a rejected token, a service that cannot be
 * reached, a port in use). The message is one line naming the variable or the service and what to check; the CLI
 * prints it without a stack trace and exits 1.
 */
export class StartError extends Error {
  override name = 'StartError';
}

/** Error codes of a connection that never reached the other side (node's net and dns, undici's connect timeout). */
const UNREACHABLE_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'ECONNRESET', 'EHOSTUNREACH', 'ENETUNREACH', 'UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_SOCKET']);

/** The code of the network failure behind an error (looking through `cause` and `original`), if it is one. */
export function unreachableCode(error: unknown): string | undefined {
  for (let current = error, depth = 0; current && typeof current === 'object' && depth < 6; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && UNREACHABLE_CODES.has(code)) return code;
    const next = (current as { cause?: unknown; original?: unknown }).cause ?? (current as { original?: unknown }).original;
    if (next === undefined && current instanceof Error && /fetch failed/i.test(current.message)) return 'fetch failed';
    current = next;
  }
  return undefined;
}
