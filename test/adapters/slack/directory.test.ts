// The Slack PeopleDirectory: users.info → name, language and e-mail.
import nock from 'nock';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { toLocale } from '../../../adapters/slack/directory.js';
import { API_HOST, decodeArgs, fixture, isolateNetwork, startSlack, type SlackHarness } from './support/harness.js';
import { RecordingBot } from './support/recordingBot.js';

describe('SlackDirectory', () => {
  let h: SlackHarness;

  beforeAll(async () => {
    isolateNetwork();
    h = await startSlack(new RecordingBot());
  });
  afterAll(async () => {
    await h.stop();
    nock.enableNetConnect();
  });
  afterEach(() => nock.cleanAll());

  it('reads name, locale and e-mail from users.info (asking for the locale), and caches the answer', async () => {
    let args: Record<string, unknown> = {};
    const scope = nock(API_HOST).post('/api/users.info').once().reply(200, (_u, b) => { args = decodeArgs(b); return fixture('users-info-piet.json'); });
    const id = { platform: 'slack' as const, tenantId: 'T0VERZUIM1', userId: 'U0PIET0001' };
    expect(await h.mount.directory.lookup(id)).toEqual({ name: 'Piet Jansen', locale: 'nl', email: 'piet.jansen@bakkerij-de-vries.example' });
    expect(args).toMatchObject({ user: 'U0PIET0001', include_locale: 'true' });
    expect(await h.mount.directory.lookup(id)).toEqual({ name: 'Piet Jansen', locale: 'nl', email: 'piet.jansen@bakkerij-de-vries.example' });
    expect(scope.isDone()).toBe(true);
  });

  it('returns undefined for an unknown user and for other platforms', async () => {
    nock(API_HOST).post('/api/users.info').reply(200, { ok: false, error: 'user_not_found' });
    expect(await h.mount.directory.lookup({ platform: 'slack', tenantId: 'T0VERZUIM1', userId: 'U0NOBODY01' })).toBeUndefined();
    expect(await h.mount.directory.lookup({ platform: 'teams', tenantId: 't', userId: 'x' })).toBeUndefined();
  });

  it('leaves out an e-mail the token may not read, and maps only nl and en', async () => {
    const user = fixture<{ user: Record<string, unknown> }>('users-info-piet.json').user;
    nock(API_HOST).post('/api/users.info').reply(200, { ok: true, user: { ...user, id: 'U0JAN00001', real_name: 'Jan Bakker', locale: 'en-GB', profile: { real_name: 'Jan Bakker' } } });
    expect(await h.mount.directory.lookup({ platform: 'slack', tenantId: 'T0VERZUIM1', userId: 'U0JAN00001' })).toEqual({ name: 'Jan Bakker', locale: 'en' });
    expect([toLocale('nl-NL'), toLocale('en-US'), toLocale('de-DE'), toLocale(undefined)]).toEqual(['nl', 'en', undefined, undefined]);
  });
});
