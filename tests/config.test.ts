import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.ts';

/** The message loadConfig throws for an environment; fails when it does not throw a ConfigError. */
function errorOf(env: NodeJS.ProcessEnv): string {
  try {
    loadConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    expect(message).not.toContain('\n');
    return message;
  }
  throw new Error(`loadConfig accepted ${JSON.stringify(env)}`);
}

const SLACK_HTTP = { SLACK_BOT_TOKEN: 'xoxb-1-2-abc', SLACK_SIGNING_SECRET: 'secret' };
const DISCORD = { DISCORD_TOKEN: 'discord-token', DISCORD_APPLICATION_ID: '123456789012345678' };

describe('loadConfig', () => {
  it('gives the defaults for an empty environment', () => {
    expect(loadConfig({})).toEqual({
      corpusDir: resolve('corpus'),
      dataDir: resolve('data'),
      logLevel: 'info',
      port: 3000,
      rateLimitPerMinute: 10,
      ignoredVariables: [],
      drainTimeoutMs: 25_000,
      store: { dataDir: resolve('data'), retentionDays: 90 },
    });
  });

  it('reads the store settings: DATA_DIR, a postgres DATABASE_URL, RETENTION_DAYS and REPORT_TOKEN', () => {
    const config = loadConfig({ DATA_DIR: '/srv/isf', DATABASE_URL: 'postgres://bot@db:5432/isf', RETENTION_DAYS: '30', REPORT_TOKEN: 'r3port' });
    expect(config.store).toEqual({ dataDir: '/srv/isf', databaseUrl: 'postgres://bot@db:5432/isf', retentionDays: 30 });
    expect(config.reportToken).toBe('r3port');
  });

  it('names DATABASE_URL when it is not a PostgreSQL URL, and RETENTION_DAYS when it is not a whole number', () => {
    expect(() => loadConfig({ DATABASE_URL: 'mysql://db/isf' })).toThrow(/DATABASE_URL/);
    expect(() => loadConfig({ DATABASE_URL: 'postgres://' })).toThrow(/DATABASE_URL/);
    expect(() => loadConfig({ RETENTION_DAYS: '0' })).toThrow(/RETENTION_DAYS/);
    expect(() => loadConfig({ RETENTION_DAYS: 'soon' })).toThrow(/RETENTION_DAYS/);
  });

  it('reads the shutdown drain in seconds, and refuses one that is not a whole number of at least 1', () => {
    expect(loadConfig({ SHUTDOWN_DRAIN_SECONDS: '5' }).drainTimeoutMs).toBe(5000);
    expect(() => loadConfig({ SHUTDOWN_DRAIN_SECONDS: '0' })).toThrow(/SHUTDOWN_DRAIN_SECONDS/);
    expect(() => loadConfig({ SHUTDOWN_DRAIN_SECONDS: 'soon' })).toThrow(/SHUTDOWN_DRAIN_SECONDS/);
  });

  it('has no Slack or Discord without their variables', () => {
    const config = loadConfig({});
    expect(config.slack).toBeUndefined();
    expect(config.discord).toBeUndefined();
  });

  it('treats empty and blank variables as unset', () => {
    expect(loadConfig({ PORT: '', LOG_LEVEL: '  ', SLACK_BOT_TOKEN: '', DISCORD_TOKEN: ' ' })).toEqual(loadConfig({}));
  });

  it('resolves CORPUS_DIR to an absolute folder', () => {
    expect(loadConfig({ CORPUS_DIR: 'stories' }).corpusDir).toBe(resolve('stories'));
    expect(loadConfig({ CORPUS_DIR: '/srv/stories' }).corpusDir).toBe('/srv/stories');
  });

  it('reads LOG_LEVEL and PORT', () => {
    expect(loadConfig({ LOG_LEVEL: 'debug', PORT: '8080' })).toMatchObject({ logLevel: 'debug', port: 8080 });
  });

  it.each(['loud', 'INFO ', 'verbose'])('rejects LOG_LEVEL=%s naming the variable', (level) => {
    expect(errorOf({ LOG_LEVEL: level })).toMatch(/^LOG_LEVEL /);
  });

  it.each(['abc', '-1', '65536', '30.5', '3000x', '0x1F90', '1e4', '0b1', '0o17', '+80'])('rejects PORT=%s naming the variable', (port) => {
    expect(errorOf({ PORT: port })).toMatch(/^PORT /);
  });

  it('accepts MAX_CONCURRENT_QUESTIONS, whatever its value, as a variable that is set but ignored', () => {
    expect(loadConfig({ MAX_CONCURRENT_QUESTIONS: '8' }).ignoredVariables).toEqual(['MAX_CONCURRENT_QUESTIONS']);
    expect(loadConfig({ MAX_CONCURRENT_QUESTIONS: '1.5' }).ignoredVariables).toEqual(['MAX_CONCURRENT_QUESTIONS']);
    expect(loadConfig({}).ignoredVariables).toEqual([]);
  });

  it('rejects a bad HEALTH_PORT or RATE_LIMIT_PER_MINUTE naming it', () => {
    expect(errorOf({ HEALTH_PORT: 'x' })).toMatch(/^HEALTH_PORT /);
    expect(errorOf({ RATE_LIMIT_PER_MINUTE: '0' })).toMatch(/^RATE_LIMIT_PER_MINUTE /);
  });

  it('takes only digits for every whole-number variable', () => {
    expect(errorOf({ HEALTH_PORT: '0x1F90' })).toMatch(/^HEALTH_PORT .*digits/);
    expect(errorOf({ RATE_LIMIT_PER_MINUTE: '1e1' })).toMatch(/^RATE_LIMIT_PER_MINUTE .*digits/);
    expect(loadConfig({ PORT: '08080', RATE_LIMIT_PER_MINUTE: '12' })).toMatchObject({ port: 8080, rateLimitPerMinute: 12 });
  });

  it('refuses a token with a line break or space inside, naming the variable and never the value', () => {
    const message = errorOf({ DISCORD_TOKEN: 'MTIz.first-half\nsecond-half', DISCORD_APPLICATION_ID: '1' });
    expect(message).toMatch(/^DISCORD_TOKEN must not contain/);
    expect(message).not.toContain('first-half');
    expect(errorOf({ SLACK_BOT_TOKEN: 'xoxb-1 2', SLACK_SIGNING_SECRET: 's' })).toMatch(/^SLACK_BOT_TOKEN /);
    expect(errorOf({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 'se\tcret' })).toMatch(/^SLACK_SIGNING_SECRET /);
  });
});

describe('loadConfig for Slack', () => {
  it('chooses HTTP mode with a signing secret', () => {
    expect(loadConfig(SLACK_HTTP).slack).toEqual({ botToken: 'xoxb-1-2-abc', signingSecret: 'secret', mode: 'http' });
  });

  it('chooses Socket Mode with an app token', () => {
    expect(loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1-2' }).slack).toEqual({ botToken: 'xoxb-1', appToken: 'xapp-1-2', mode: 'socket' });
  });

  it('chooses Socket Mode when both a secret and an app token are set', () => {
    expect(loadConfig({ ...SLACK_HTTP, SLACK_APP_TOKEN: 'xapp-1' }).slack?.mode).toBe('socket');
  });

  it('fails when SLACK_BOT_TOKEN has neither a signing secret nor an app token, naming them', () => {
    const message = errorOf({ SLACK_BOT_TOKEN: 'xoxb-1' });
    expect(message).toContain('SLACK_BOT_TOKEN');
    expect(message).toContain('SLACK_SIGNING_SECRET');
    expect(message).toContain('SLACK_APP_TOKEN');
  });

  it('fails when a signing secret or app token comes without SLACK_BOT_TOKEN', () => {
    expect(errorOf({ SLACK_SIGNING_SECRET: 's' })).toMatch(/^SLACK_BOT_TOKEN is required/);
    expect(errorOf({ SLACK_APP_TOKEN: 'xapp-1' })).toMatch(/^SLACK_BOT_TOKEN is required/);
  });

  it('fails for an app token that is not an xapp- token', () => {
    expect(errorOf({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xoxb-2' })).toMatch(/^SLACK_APP_TOKEN /);
  });

  it('reads SLACK_API_URL, ending it with a slash', () => {
    expect(loadConfig({ ...SLACK_HTTP, SLACK_API_URL: 'http://127.0.0.1:9999/api' }).slack?.apiUrl).toBe('http://127.0.0.1:9999/api/');
    expect(loadConfig({ ...SLACK_HTTP, SLACK_API_URL: 'https://slack.test/api/' }).slack?.apiUrl).toBe('https://slack.test/api/');
  });

  it('fails for a SLACK_API_URL that is not an http(s) URL', () => {
    expect(errorOf({ ...SLACK_HTTP, SLACK_API_URL: 'not a url' })).toMatch(/^SLACK_API_URL /);
    expect(errorOf({ ...SLACK_HTTP, SLACK_API_URL: 'ftp://slack.test/api/' })).toMatch(/^SLACK_API_URL /);
  });

  it('does not switch Slack on for Discord variables', () => {
    expect(loadConfig(DISCORD).slack).toBeUndefined();
  });
});

describe('loadConfig for Discord', () => {
  it('reads the token and application id', () => {
    expect(loadConfig(DISCORD).discord).toEqual({ token: 'discord-token', applicationId: '123456789012345678' });
  });

  it('fails when DISCORD_TOKEN comes without DISCORD_APPLICATION_ID, naming it', () => {
    expect(errorOf({ DISCORD_TOKEN: 't' })).toMatch(/^DISCORD_APPLICATION_ID is required/);
  });

  it('fails when DISCORD_APPLICATION_ID comes without DISCORD_TOKEN', () => {
    expect(errorOf({ DISCORD_APPLICATION_ID: '1' })).toMatch(/^DISCORD_TOKEN is required/);
  });

  it('fails for ids that are not numeric snowflakes, naming the variable', () => {
    expect(errorOf({ ...DISCORD, DISCORD_APPLICATION_ID: 'abc' })).toMatch(/^DISCORD_APPLICATION_ID /);
    expect(errorOf({ ...DISCORD, DISCORD_GUILD_ID: 'my-server' })).toMatch(/^DISCORD_GUILD_ID /);
  });

  it('reads DISCORD_GUILD_ID and DISCORD_API_URL without its trailing slash', () => {
    expect(loadConfig({ ...DISCORD, DISCORD_GUILD_ID: '42', DISCORD_API_URL: 'http://127.0.0.1:9/api/' }).discord).toMatchObject({
      guildId: '42',
      apiUrl: 'http://127.0.0.1:9/api',
    });
  });

  it('switches Slack and Discord on together', () => {
    const config = loadConfig({ ...SLACK_HTTP, ...DISCORD });
    expect(config.slack?.mode).toBe('http');
    expect(config.discord?.applicationId).toBe(DISCORD.DISCORD_APPLICATION_ID);
  });
});

describe('.env.example', () => {
  it('lists every variable loadConfig reads, each with a comment above it', async () => {
    const source = await readFile(new URL('../src/config.ts', import.meta.url), 'utf8');
    const names = [...new Set([...source.matchAll(/read\('([A-Z_]+)'\)/g)].map((m) => m[1]!))];
    expect(names).toEqual(expect.arrayContaining(['CORPUS_DIR', 'LOG_LEVEL', 'PORT', 'SLACK_BOT_TOKEN', 'DISCORD_TOKEN']));
    const example = (await readFile(new URL('../.env.example', import.meta.url), 'utf8')).split('\n');
    for (const name of names) {
      const at = example.findIndex((line) => line.startsWith(`${name}=`));
      expect(at, name).toBeGreaterThan(0);
      expect(example[at - 1], `comment above ${name}`).toMatch(/^#/);
    }
  });
});
