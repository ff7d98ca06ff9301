import { resolve } from 'node:path';

/** Thrown when an environment variable is missing or malformed; the message names it. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Slack settings: HTTP mode (signing secret) or Socket Mode (app token). */
export interface SlackConfig {
  botToken: string;
  signingSecret?: string;
  appToken?: string;
  mode: 'http' | 'socket';
  /** Web API base, ending with `/api/`. */
  apiUrl?: string;
}

/** Discord settings. */
export interface DiscordConfig {
  token: string;
  applicationId: string;
  guildId?: string;
  /** REST base, ending with `/api`. */
  apiUrl?: string;
}

/** The one validated configuration of the process. */
export interface Config {
  corpusDir: string;
  /** Folder of the bot's own data: the persisted index (and the store's database); DATA_DIR, default ./data. */
  dataDir: string;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** HTTP port of Slack's HTTP mode (and of the health endpoints when Slack HTTP runs). */
  port: number;
  /** Port of the health endpoints when Slack's HTTP server does not run; off when unset. */
  healthPort?: number;
  /** Questions one user may ask per minute. */
  rateLimitPerMinute: number;
  /** Variables that are set but no longer have an effect (MAX_CONCURRENT_QUESTIONS), for a one-time warning at start. */
  ignoredVariables: string[];
  /** After SIGTERM, how long acknowledged answers may take to go out before the process gives up on them, in ms. */
  drainTimeoutMs: number;
  /** The store: the embedded SQLite file under dataDir, or PostgreSQL when databaseUrl is set. */
  store: StoreConfig;
  /** The token of the /report page on HEALTH_PORT; the page is off when unset. */
  reportToken?: string;
  slack?: SlackConfig;
  discord?: DiscordConfig;
}

/** Every credential in a configuration, for the logger to keep out of its lines. */
export function configSecrets(config: Config): (string | undefined)[] {
  return [config.slack?.botToken, config.slack?.signingSecret, config.slack?.appToken, config.discord?.token, config.reportToken, databasePassword(config.store.databaseUrl)];
}

// The password of a DATABASE_URL (decoded as the driver sends it), or undefined when it has none.
function databasePassword(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  try {
    const password = decodeURIComponent(new URL(url).password);
    return password === '' ? undefined : password;
  } catch {
    return undefined;
  }
}

/** Where the bot keeps its memory, and for how long. */
export interface StoreConfig {
  /** Folder of the embedded SQLite database: the same DATA_DIR as the saved index (Config.dataDir). */
  dataDir: string;
  /** `postgres://…` (DATABASE_URL): the store on PostgreSQL, shared by replicas. */
  databaseUrl?: string;
  /** Questions and votes older than this many days are deleted (RETENTION_DAYS, default 90). */
  retentionDays: number;
}

/** Variables the bot once read and now accepts but ignores. */
export const IGNORED_VARIABLES = ['MAX_CONCURRENT_QUESTIONS'] as const;

/**
 * Default drain after SIGTERM, in seconds. A Slack response_url takes posts for 30 minutes and a Discord
 * interaction token for 15, but supervisors kill after a grace period (Kubernetes: 30 s, systemd: 90 s):
 * 25 s fits inside the shortest common one with room to close the sockets.
 */
export const DEFAULT_DRAIN_SECONDS = 25;

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** Reads and validates the environment once; throws ConfigError naming the first bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const read = (name: string): string | undefined => {
    const value = env[name]?.trim();
    return value === undefined || value === '' ? undefined : value;
  };
  const logLevel = read('LOG_LEVEL') ?? 'info';
  if (!(LOG_LEVELS as readonly string[]).includes(logLevel)) {
    throw new ConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')} (got "${logLevel}")`);
  }
  const healthPort = read('HEALTH_PORT');
  const dataDir = resolve(read('DATA_DIR') ?? 'data');
  return {
    corpusDir: resolve(read('CORPUS_DIR') ?? 'corpus'),
    dataDir,
    logLevel: logLevel as Config['logLevel'],
    port: parsePort('PORT', read('PORT') ?? '3000'),
    ...(healthPort !== undefined && { healthPort: parsePort('HEALTH_PORT', healthPort) }),
    rateLimitPerMinute: parsePositiveInt('RATE_LIMIT_PER_MINUTE', read('RATE_LIMIT_PER_MINUTE') ?? '10'),
    // Answers are synchronous, one at a time: a cap on answers at once never bound. Still accepted, so an old .env works.
    ignoredVariables: IGNORED_VARIABLES.filter((name) => read(name) !== undefined),
    drainTimeoutMs: parsePositiveInt('SHUTDOWN_DRAIN_SECONDS', read('SHUTDOWN_DRAIN_SECONDS') ?? String(DEFAULT_DRAIN_SECONDS)) * 1000,
    store: readStore(read, dataDir),
    ...optional('reportToken', read('REPORT_TOKEN')),
    ...optional('slack', readSlack(read)),
    ...optional('discord', readDiscord(read)),
  };
}

function readStore(read: (name: string) => string | undefined, dataDir: string): StoreConfig {
  const databaseUrl = read('DATABASE_URL');
  if (databaseUrl !== undefined && !/^postgres(ql)?:\/\/./.test(databaseUrl)) {
    throw new ConfigError('DATABASE_URL must be a postgres:// (or postgresql://) URL; leave it unset for the embedded SQLite file in DATA_DIR');
  }
  if (databaseUrl !== undefined) {
    try {
      new URL(databaseUrl);
    } catch {
      throw new ConfigError('DATABASE_URL is not a valid URL');
    }
  }
  return {
    dataDir,
    ...optional('databaseUrl', databaseUrl),
    retentionDays: parsePositiveInt('RETENTION_DAYS', read('RETENTION_DAYS') ?? '90'),
  };
}

function readSlack(read: (name: string) => string | undefined): SlackConfig | undefined {
  const botToken = read('SLACK_BOT_TOKEN');
  const signingSecret = read('SLACK_SIGNING_SECRET');
  const appToken = read('SLACK_APP_TOKEN');
  const apiUrl = read('SLACK_API_URL');
  checkSecret('SLACK_BOT_TOKEN', botToken);
  checkSecret('SLACK_SIGNING_SECRET', signingSecret);
  checkSecret('SLACK_APP_TOKEN', appToken);
  if (!botToken) {
    if (signingSecret || appToken) throw new ConfigError('SLACK_BOT_TOKEN is required when SLACK_SIGNING_SECRET or SLACK_APP_TOKEN is set');
    return undefined;
  }
  if (!signingSecret && !appToken) {
    throw new ConfigError('SLACK_BOT_TOKEN is set but neither SLACK_SIGNING_SECRET (HTTP mode) nor SLACK_APP_TOKEN (Socket Mode) is');
  }
  if (appToken && !appToken.startsWith('xapp-')) throw new ConfigError('SLACK_APP_TOKEN must be an app-level token starting with xapp-');
  if (apiUrl !== undefined) parseUrl('SLACK_API_URL', apiUrl);
  return {
    botToken,
    ...optional('signingSecret', signingSecret),
    ...optional('appToken', appToken),
    mode: appToken ? 'socket' : 'http',
    ...optional('apiUrl', apiUrl && (apiUrl.endsWith('/') ? apiUrl : `${apiUrl}/`)),
  };
}

function readDiscord(read: (name: string) => string | undefined): DiscordConfig | undefined {
  const token = read('DISCORD_TOKEN');
  const applicationId = read('DISCORD_APPLICATION_ID');
  const guildId = read('DISCORD_GUILD_ID');
  const apiUrl = read('DISCORD_API_URL');
  checkSecret('DISCORD_TOKEN', token);
  if (!token) {
    if (applicationId) throw new ConfigError('DISCORD_TOKEN is required when DISCORD_APPLICATION_ID is set');
    return undefined;
  }
  if (!applicationId) throw new ConfigError('DISCORD_APPLICATION_ID is required when DISCORD_TOKEN is set');
  if (!/^\d+$/.test(applicationId)) throw new ConfigError('DISCORD_APPLICATION_ID must be a numeric snowflake');
  if (guildId !== undefined && !/^\d+$/.test(guildId)) throw new ConfigError('DISCORD_GUILD_ID must be a numeric snowflake');
  if (apiUrl !== undefined) parseUrl('DISCORD_API_URL', apiUrl);
  return {
    token,
    applicationId,
    ...optional('guildId', guildId),
    ...optional('apiUrl', apiUrl?.replace(/\/+$/, '')),
  };
}

function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

// Digits only: Number() would also take "0x1F90", "1e4", "0b1" and " 12 ", which nobody means as a count or a port.
const DIGITS = /^\d{1,15}$/;

function parsePort(name: string, value: string): number {
  const port = DIGITS.test(value) ? Number(value) : Number.NaN;
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new ConfigError(`${name} must be a port number 0-65535, in digits (got "${value}")`);
  return port;
}

function parsePositiveInt(name: string, value: string): number {
  const number = DIGITS.test(value) ? Number(value) : Number.NaN;
  if (!Number.isInteger(number) || number < 1) throw new ConfigError(`${name} must be a whole number of at least 1, in digits (got "${value}")`);
  return number;
}

/** A credential must be one word: a line break or space inside is a paste error, and would end up in HTTP headers. */
function checkSecret(name: string, value: string | undefined): void {
  // The message names the variable, never the value.
  if (value !== undefined && /[\s\p{Cc}]/u.test(value)) throw new ConfigError(`${name} must not contain spaces, tabs or line breaks`);
}

function parseUrl(name: string, value: string): void {
  try {
    const url = new URL(value);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('not http(s)');
  } catch {
    throw new ConfigError(`${name} must be an http(s) URL (got "${value}")`);
  }
}
