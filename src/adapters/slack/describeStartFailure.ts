import type { SlackConfig } from '../../config.ts';
import { unreachableCode } from '../startError.ts';

/** Web API errors that mean the token itself is no good (Slack's auth.test and apps.connections.open docs). */
const REJECTED = new Set(['invalid_auth', 'not_authed', 'account_inactive', 'token_revoked', 'token_expired', 'invalid_token', 'not_allowed_token_type']);
/** Of those, the ones that mean it was good once: revoked by an uninstall or a rotation. */
const REVOKED = new Set(['token_revoked', 'token_expired', 'account_inactive']);

/** Where start() was when it failed: checking the bot token (auth.test), opening Socket Mode, or listening on PORT. */
export type SlackStartStep = 'auth' | 'connect' | 'listen';

/** One line for the operator: which variable or service, and what to check. */
export function describeSlackStartFailure(error: unknown, config: SlackConfig, step: SlackStartStep, port: number): string {
  const apiError = slackApiError(error);
  if (apiError && REJECTED.has(apiError)) {
    if (step === 'connect') {
      return `SLACK_APP_TOKEN was rejected by Slack (${apiError}): check the app-level token (xapp-…, scope connections:write) under Basic Information → App-Level Tokens`;
    }
    return REVOKED.has(apiError)
      ? `SLACK_BOT_TOKEN was revoked (${apiError}): reinstall the app to the workspace (OAuth & Permissions → Reinstall) and put its new Bot User OAuth Token (xoxb-…) in .env`
      : `SLACK_BOT_TOKEN was rejected by Slack (${apiError}): check it is the Bot User OAuth Token (xoxb-…) of this app, under OAuth & Permissions`;
  }
  const unreachable = unreachableCode(error);
  if (unreachable) {
    const url = config.apiUrl ?? 'https://slack.com/api/';
    return `cannot reach Slack's Web API at ${url} (${unreachable}): check the network connection${config.apiUrl ? ' and SLACK_API_URL' : ''}`;
  }
  if (step === 'listen' && errorCode(error) === 'EADDRINUSE') return `PORT ${port} is already in use: stop the program that holds it, or set PORT to a free port`;
  const what = apiError ? `Slack API error "${apiError}"` : error instanceof Error ? error.message.split('\n')[0]! : String(error);
  return `Slack (${config.mode} mode) could not start: ${what}. Check SLACK_BOT_TOKEN${config.mode === 'socket' ? ' and SLACK_APP_TOKEN' : ''}${config.apiUrl ? ' and SLACK_API_URL' : ''}`;
}

/** The `error` of a Web API answer (`{ ok: false, error }`), looking through Bolt's wrappers. */
function slackApiError(error: unknown): string | undefined {
  for (let current = error, depth = 0; current && typeof current === 'object' && depth < 4; depth++) {
    const data = (current as { data?: { error?: unknown } }).data;
    if (typeof data?.error === 'string') return data.error;
    current = (current as { original?: unknown }).original ?? (current as { cause?: unknown }).cause;
  }
  return undefined;
}

function errorCode(error: unknown): string | undefined {
  const code = error && typeof error === 'object' ? (error as { code?: unknown }).code : undefined;
  return typeof code === 'string' ? code : undefined;
}
