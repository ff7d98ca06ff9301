import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { PermissionFlagsBits } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../../commands/index.ts';
import { silentLogger } from '../../../src/logger.ts';
import { buildIsfCommand } from '../../../src/adapters/discord/buildSlashCommand.ts';
import { deployDiscordCommands, formatDeployResult } from '../../../src/adapters/discord/deployCommands.ts';
import { DISCORD_BOT_PERMISSIONS, discordInviteUrl } from '../../../src/adapters/discord/inviteUrl.ts';
import { closedPort } from '../../support/ports.ts';
import { makeTempDir, removeTempDirs } from '../../support/tempDir.ts';
import { APP_ID, FakeDiscord, GUILD_ID, TOKEN } from './fakeDiscord.ts';

const run = promisify(execFile);
let fake: FakeDiscord;
let emptyDir: string;

beforeAll(async () => {
  fake = await FakeDiscord.start();
  emptyDir = await makeTempDir('isf-deploy-'); // no .env here to leak into the test
});

afterAll(async () => {
  await fake?.close();
  await removeTempDirs();
});

describe('buildIsfCommand', () => {
  it('builds /isf with one subcommand per command definition, options and all', () => {
    const json = buildIsfCommand();
    expect(json.name).toBe('isf');
    const subs = json.options as Array<{ type: number; name: string; options?: Array<Record<string, unknown>> }>;
    expect(subs.map((s) => s.name)).toEqual(COMMANDS.map((c) => c.name));
    expect(subs.every((s) => s.type === 1)).toBe(true);
    for (const definition of COMMANDS) {
      const sub = subs.find((s) => s.name === definition.name)!;
      for (const option of definition.options) {
        const built = sub.options!.find((o) => o.name === option.name)!;
        expect(built.type).toBe(option.type === 'string' ? 3 : 5);
        expect(built.required).toBe(option.required);
        if (option.maxLength !== undefined) expect(built.max_length).toBe(option.maxLength);
        if (option.autocomplete) expect(built.autocomplete).toBe(true);
      }
    }
    const question = subs.find((s) => s.name === 'ask')!.options!.find((o) => o.name === 'question')!;
    expect(question).toMatchObject({ required: true, autocomplete: true });
    expect(question.max_length).toBeGreaterThan(0);
  });
});

describe('deployDiscordCommands', () => {
  it('registers /isf in one server when a guild is set, and again without change (idempotent)', async () => {
    const config = { token: TOKEN, applicationId: APP_ID, guildId: GUILD_ID, apiUrl: fake.apiUrl };
    const first = await deployDiscordCommands(config, silentLogger);
    const second = await deployDiscordCommands(config, silentLogger);
    expect(first).toEqual(second);
    expect(first.scope).toBe('guild');
    expect(first.commands).toEqual([expect.objectContaining({ name: 'isf', subcommands: ['status', 'ask', 'search', 'sources', 'help'] })]);
    const registered = fake.registered.get(`applications/${APP_ID}/guilds/${GUILD_ID}/commands`)!;
    expect(registered).toHaveLength(1);
    expect(registered[0]).toMatchObject(JSON.parse(JSON.stringify(buildIsfCommand())) as object);
    const puts = fake.requests.filter((r) => r.method === 'PUT');
    expect(puts.every((r) => r.authorization === `Bot ${TOKEN}`)).toBe(true);
  });

  it('registers globally when no guild is set', async () => {
    const result = await deployDiscordCommands({ token: TOKEN, applicationId: APP_ID, apiUrl: fake.apiUrl }, silentLogger);
    expect(result.scope).toBe('global');
    expect(fake.registered.get(`applications/${APP_ID}/commands`)?.map((c) => c.name)).toEqual(['isf']);
    expect(formatDeployResult(result)).toMatch(/Registered \/isf with subcommands status, ask, search, sources, help .*\n.*globally/);
  });
});

describe('npm run deploy:discord (isf deploy-discord, deployCli.ts)', () => {
  const isf = resolve('bin/isf.js');
  const env = (extra: Record<string, string>) => ({ PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', LOG_LEVEL: 'silent', ...extra });

  it('prints what it registered, and the invite URL', async () => {
    const { stdout } = await run(process.execPath, [isf, 'deploy-discord'], {
      cwd: emptyDir,
      env: env({ DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: APP_ID, DISCORD_GUILD_ID: GUILD_ID, DISCORD_API_URL: fake.apiUrl }),
    });
    expect(stdout).toContain('Registered /isf with subcommands status, ask, search, sources, help');
    expect(stdout).toContain(`in server ${GUILD_ID}`);
    expect(stdout).toContain(discordInviteUrl(APP_ID));
  });

  it('fails with a message naming the token when Discord rejects it', async () => {
    const failed = run(process.execPath, [isf, 'deploy-discord'], {
      cwd: emptyDir,
      env: env({ DISCORD_TOKEN: 'wrong', DISCORD_APPLICATION_ID: APP_ID, DISCORD_API_URL: fake.apiUrl }),
    });
    await expect(failed).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining('DISCORD_TOKEN was rejected') });
    const error = (await failed.catch((e: unknown) => e)) as { stderr: string };
    expect(error.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(error.stderr).toMatch(/^deploy:discord: Discord refused the registration: DISCORD_TOKEN was rejected by Discord/);
  });

  it('says it could not reach Discord, not that Discord refused, when nothing answers', async () => {
    const closed = await closedPort();
    const failed = run(process.execPath, [isf, 'deploy-discord'], {
      cwd: emptyDir,
      env: env({ DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: APP_ID, DISCORD_API_URL: `http://127.0.0.1:${closed}/api` }),
    });
    const error = (await failed.catch((e: unknown) => e)) as { code: number; stderr: string };
    expect(error.code).toBe(1);
    expect(error.stderr).toBe(`deploy:discord: cannot reach Discord at http://127.0.0.1:${closed}/api (ECONNREFUSED): check the network connection and DISCORD_API_URL; nothing was registered\n`);
    expect(error.stderr).not.toContain('refused the registration');
  });

  it('says what to set when Discord is not configured', async () => {
    await expect(run(process.execPath, [isf, 'deploy-discord'], { cwd: emptyDir, env: env({}) })).rejects.toMatchObject({
      code: 2,
      stderr: expect.stringContaining('DISCORD_TOKEN'),
    });
  });
});

describe('discordInviteUrl', () => {
  it('asks for the bot and applications.commands scopes and only the permissions the bot uses', () => {
    const url = new URL(discordInviteUrl(APP_ID));
    expect(url.searchParams.get('client_id')).toBe(APP_ID);
    expect(url.searchParams.get('scope')).toBe('bot applications.commands');
    const permissions = BigInt(url.searchParams.get('permissions')!);
    expect(permissions).toBe(DISCORD_BOT_PERMISSIONS);
    expect(permissions & PermissionFlagsBits.Administrator).toBe(0n);
    expect(permissions & PermissionFlagsBits.MentionEveryone).toBe(0n);
    expect(permissions & PermissionFlagsBits.SendMessages).toBe(PermissionFlagsBits.SendMessages);
  });
});
