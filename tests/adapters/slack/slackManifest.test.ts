import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';

interface Manifest {
  features: { slash_commands: { command: string; should_escape?: boolean }[]; app_home: { home_tab_enabled: boolean; messages_tab_enabled: boolean; messages_tab_read_only_enabled: boolean }; assistant_view?: unknown };
  oauth_config: { scopes: { bot: string[]; user?: string[] } };
  settings: { event_subscriptions: { bot_events: string[] }; interactivity: { is_enabled: boolean }; socket_mode_enabled: boolean };
}

describe('slack-manifest.json', () => {
  it('declares exactly what the adapter listens to, with the scopes that needs and no more', async () => {
    const manifest = JSON.parse(await readFile('slack-manifest.json', 'utf8')) as Manifest;
    expect(manifest.features.slash_commands.map((c) => c.command)).toEqual(['/isf']);
    // Mentions, DMs (and the assistant panel's messages, which are DM threads), the Home tab, the panel's threads.
    expect([...manifest.settings.event_subscriptions.bot_events].sort()).toEqual(['app_home_opened', 'app_mention', 'assistant_thread_context_changed', 'assistant_thread_started', 'message.im']);
    // assistant:write: the panel's status, title and suggested prompts; views.publish (Home) needs no scope.
    expect([...manifest.oauth_config.scopes.bot].sort()).toEqual(['app_mentions:read', 'assistant:write', 'chat:write', 'commands', 'im:history']);
    expect(manifest.oauth_config.scopes.user).toBeUndefined();
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
    expect(manifest.settings.socket_mode_enabled).toBe(true);
    // Users can write to the bot in its Messages tab (DMs).
    expect(manifest.features.app_home).toMatchObject({ messages_tab_enabled: true, messages_tab_read_only_enabled: false });
    // The Home tab shows the status brief and the sources.
    expect(manifest.features.app_home.home_tab_enabled).toBe(true);
    // The assistant panel needs a paid plan: the operator turns it on (README), so the manifest installs anywhere.
    expect(manifest.features.assistant_view).toBeUndefined();
  });
});
