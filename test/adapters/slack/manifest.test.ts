// The Slack manifest asks for exactly the scopes the adapter's code needs: no missing, no extra.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { SLACK_EVENTS_PATH } from '../../../adapters/slack/index.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));

/** The parts of Slack's app manifest (schema v1) this app uses; unknown keys are refused to catch typos. */
const manifestSchema = z
  .object({
    _metadata: z.object({ major_version: z.literal(1), minor_version: z.number() }).strict(),
    display_information: z.object({ name: z.string(), description: z.string().optional(), long_description: z.string().optional(), background_color: z.string().regex(/^#[0-9a-f]{6}$/i).optional() }).strict(),
    features: z.object({
      app_home: z.object({ home_tab_enabled: z.boolean(), messages_tab_enabled: z.boolean(), messages_tab_read_only_enabled: z.boolean() }).strict(),
      bot_user: z.object({ display_name: z.string(), always_online: z.boolean() }).strict(),
      slash_commands: z.array(z.object({ command: z.string().max(32), url: z.string().url(), description: z.string().max(2000), usage_hint: z.string().max(1000), should_escape: z.boolean() }).strict()),
    }).strict(),
    oauth_config: z.object({ scopes: z.object({ bot: z.array(z.string()) }).strict() }).strict(),
    settings: z.object({
      event_subscriptions: z.object({ request_url: z.string().url(), bot_events: z.array(z.string()) }).strict(),
      interactivity: z.object({ is_enabled: z.boolean(), request_url: z.string().url() }).strict(),
      org_deploy_enabled: z.boolean(),
      socket_mode_enabled: z.boolean(),
      token_rotation_enabled: z.boolean(),
    }).strict(),
  })
  .strict();
const manifest = manifestSchema.parse(JSON.parse(readFileSync(join(root, 'manifest/slack/manifest.json'), 'utf8')));

/** Bot scopes per Web API method (Slack's method reference); an empty list means no scope needed. */
const METHOD_SCOPES: Record<string, string[]> = {
  'chat.postMessage': ['chat:write'],
  'chat.update': ['chat:write'],
  'chat.postEphemeral': ['chat:write'],
  'conversations.open': ['im:write'],
  'conversations.history': ['im:history'],
  'views.open': [],
  'views.publish': [],
  'views.update': [],
  'views.push': [],
  'users.info': ['users:read'],
  'users.lookupByEmail': ['users:read.email'],
  'auth.test': [],
};
/** Scopes that follow from manifest features rather than method calls. */
const EVENT_SCOPES: Record<string, string[]> = { app_home_opened: [], 'message.im': ['im:history'] };

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? sourceFiles(p) : p.endsWith('.ts') ? [p] : [];
  });
}
const sources = sourceFiles(join(root, 'adapters/slack')).map((f) => readFileSync(f, 'utf8'));

/** Web API methods called as `client.<family>.<method>(` anywhere in the adapter. */
function calledMethods(): string[] {
  const found = new Set<string>();
  for (const src of sources) for (const m of src.matchAll(/\bclient\.((?:[a-z]+\.)+[a-zA-Z]+)\s*\(/g)) found.add(m[1]);
  return [...found].sort();
}

describe('Slack manifest', () => {
  it('finds the Web API calls the adapter makes', () => {
    expect(calledMethods()).toEqual(['chat.postMessage', 'conversations.history', 'conversations.open', 'users.info', 'views.open', 'views.publish']);
  });

  it('lists exactly the scopes those calls, the slash command and the subscribed events need', () => {
    const needed = new Set<string>();
    for (const method of calledMethods()) {
      expect(METHOD_SCOPES, `scope map knows ${method}`).toHaveProperty([method]);
      for (const s of METHOD_SCOPES[method]) needed.add(s);
    }
    // users.info returns the e-mail address only with users:read.email; the directory reads it.
    if (sources.some((s) => /profile\?\.email/.test(s))) needed.add('users:read.email');
    if (manifest.features.slash_commands.length) needed.add('commands');
    for (const e of manifest.settings.event_subscriptions.bot_events) {
      expect(EVENT_SCOPES, `scope map knows event ${e}`).toHaveProperty([e]);
      for (const s of EVENT_SCOPES[e]) needed.add(s);
    }
    expect([...(manifest.oauth_config.scopes.bot)].sort()).toEqual([...needed].sort());
  });

  it('declares the bot user, /verzuim with escaping, App Home tabs, interactivity and events on /slack/events', () => {
    expect(manifest.features.bot_user.display_name).toMatch(/^[a-z0-9._-]{1,80}$/);
    const [command] = manifest.features.slash_commands;
    expect(command).toMatchObject({ command: '/verzuim', should_escape: true, url: `https://YOUR-HOST${SLACK_EVENTS_PATH}` });
    expect(command.usage_hint).toMatch(/ziek/);
    expect((command.usage_hint ?? '').length).toBeLessThanOrEqual(1000);
    expect(manifest.features.app_home).toMatchObject({ home_tab_enabled: true, messages_tab_enabled: true, messages_tab_read_only_enabled: false });
    expect(manifest.settings.interactivity).toMatchObject({ is_enabled: true, request_url: `https://YOUR-HOST${SLACK_EVENTS_PATH}` });
    expect(manifest.settings.event_subscriptions.request_url).toBe(`https://YOUR-HOST${SLACK_EVENTS_PATH}`);
    expect([...manifest.settings.event_subscriptions.bot_events].sort()).toEqual(['app_home_opened', 'message.im']);
    expect(manifest.display_information.name.length).toBeLessThanOrEqual(35);
    expect((manifest.display_information.description ?? '').length).toBeLessThanOrEqual(140);
    const long = manifest.display_information.long_description ?? '';
    expect(long.length).toBeGreaterThanOrEqual(175);
    expect(long.length).toBeLessThanOrEqual(4000);
  });
});
