// Strict authentication: with an app id, only a valid Bot Framework token gets an activity
// processed; production without an app id turns /api/messages off entirely.
import nock from 'nock';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { message } from '../../../src/core/ui.js';
import { activity, startTeams, type TeamsServer } from './helpers/harness.js';
import { channelClaims, generateKey, interceptSigningAuthority, signJwt, type SigningKey } from './helpers/jwt.js';
import { recordingBot, type RecordingBot } from './helpers/recordingBot.js';

const APP_ID = '3f2c9a51-6a7d-4e0f-9a55-2d1c0b9e8f71';
const SERVICE_URL = 'https://smba.test/teams/';

let key: SigningKey;
let stranger: SigningKey;
let server: TeamsServer;
let bot: RecordingBot;
let firstSeen: ReturnType<typeof vi.spyOn>;

beforeAll(() => {
  // botbuilder's token extractor prints refused tokens' errors with console.error; keep CI output readable.
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  key = generateKey('bf-key-1');
  stranger = generateKey('bf-key-1'); // same kid, different key: a forged signature
  nock.disableNetConnect();
  nock.enableNetConnect(/127\.0\.0\.1/);
});
afterAll(() => {
  vi.restoreAllMocks();
  nock.cleanAll();
  nock.enableNetConnect();
});

function bearer(token: string): Record<string, string> {
  return { authorization: `Bearer ${token}` };
}

describe('production mode with MICROSOFT_APP_ID: tokens are verified', () => {
  beforeEach(async () => {
    interceptSigningAuthority(key);
    bot = recordingBot();
    server = await startTeams({ bot, env: { VERZUIMBOT_MODE: 'production', MICROSOFT_APP_ID: APP_ID, MICROSOFT_APP_PASSWORD: 'not-a-real-secret' } });
    firstSeen = vi.spyOn(server.store.inbox, 'firstSeen');
  });
  afterEach(async () => {
    await server.close();
    nock.cleanAll();
  });

  it('a valid token is accepted and the activity processed', async () => {
    const res = await server.post(activity('message'), bearer(signJwt(key, channelClaims(APP_ID, SERVICE_URL))));
    expect(res.status).toBe(200);
    expect(bot.events).toHaveLength(1);
    expect(firstSeen).toHaveBeenCalledWith('teams', '1741594502123', expect.any(Date));
  });

  const refusals: Array<[string, () => Record<string, string>]> = [
    ['missing', () => ({})],
    ['not Bearer', () => ({ authorization: `Basic ${Buffer.from('a:b').toString('base64')}` })],
    ['expired', () => bearer(signJwt(key, { ...channelClaims(APP_ID, SERVICE_URL), nbf: 1_600_000_000, iat: 1_600_000_000, exp: 1_600_003_600 }))],
    ['wrongly signed', () => bearer(signJwt(stranger, channelClaims(APP_ID, SERVICE_URL)))],
    ['with an unknown key id', () => bearer(signJwt(key, channelClaims(APP_ID, SERVICE_URL), 'other-kid'))],
    ['for another app id', () => bearer(signJwt(key, channelClaims('11111111-2222-4333-8444-555555555555', SERVICE_URL)))],
    ['for another serviceUrl', () => bearer(signJwt(key, channelClaims(APP_ID, 'https://evil.test/')))],
    ['from another issuer', () => bearer(signJwt(key, { ...channelClaims(APP_ID, SERVICE_URL), iss: 'https://evil.test' }))],
  ];

  it.each(refusals)('token %s → 401; the bot is not called and the inbox untouched', async (_name, headers) => {
    const res = await server.post(activity('message'), headers());
    expect(res.status).toBe(401);
    expect(await res.text()).toBe(''); // no error details for the caller
    expect(bot.events).toHaveLength(0);
    expect(firstSeen).not.toHaveBeenCalled();
    // The refused id was not recorded: the genuine delivery of the same activity still goes through.
    const retry = await server.post(activity('message'), bearer(signJwt(key, channelClaims(APP_ID, SERVICE_URL))));
    expect(retry.status).toBe(200);
    expect(bot.events).toHaveLength(1);
  });

  it('an invoke with a bad token gets 401 too', async () => {
    const res = await server.post(activity('invoke-action'), bearer(signJwt(stranger, channelClaims(APP_ID, SERVICE_URL))));
    expect(res.status).toBe(401);
    expect(bot.events).toHaveLength(0);
  });

  it('logs the refusal code, never the token', async () => {
    const token = signJwt(stranger, channelClaims(APP_ID, SERVICE_URL));
    await server.post(activity('message'), bearer(token));
    const logged = JSON.stringify(server.logs);
    expect(logged).toContain('invalid-token');
    expect(logged).not.toContain(token.split('.')[2]);
  });
});

describe('production mode with MICROSOFT_APP_ID: replies carry the bot token', () => {
  it('acquires a token from Microsoft Entra ID and sends the reply with it', async () => {
    interceptSigningAuthority(key);
    let tokenRequests = 0;
    // MSAL (inside botbuilder) discovers the authority, then asks the token endpoint.
    nock('https://login.microsoftonline.com')
      .persist()
      .get(/\/common\/discovery\/instance/)
      .reply(200, { tenant_discovery_endpoint: 'https://login.microsoftonline.com/botframework.com/v2.0/.well-known/openid-configuration', 'api-version': '1.1', metadata: [{ preferred_network: 'login.microsoftonline.com', preferred_cache: 'login.windows.net', aliases: ['login.microsoftonline.com', 'login.windows.net'] }] })
      .get(/\/botframework\.com\/v2\.0\/\.well-known\/openid-configuration/)
      .reply(200, {
        token_endpoint: 'https://login.microsoftonline.com/botframework.com/oauth2/v2.0/token',
        issuer: 'https://login.microsoftonline.com/botframework.com/v2.0',
        authorization_endpoint: 'https://login.microsoftonline.com/botframework.com/oauth2/v2.0/authorize',
        end_session_endpoint: 'https://login.microsoftonline.com/botframework.com/oauth2/v2.0/logout',
        jwks_uri: 'https://login.microsoftonline.com/botframework.com/discovery/v2.0/keys',
      })
      .post(/^\/botframework\.com\/oauth2\/v2\.0\/token/)
      .reply(() => {
        tokenRequests++;
        return [200, { token_type: 'Bearer', expires_in: 3599, ext_expires_in: 3599, access_token: 'fake-bot-access-token' }];
      });
    let replyAuth: string | undefined;
    nock('https://smba.test')
      .post(/\/teams\/v3\/conversations\/.+\/activities\/1741594502123$/)
      .reply(function () {
        replyAuth = this.req.headers.authorization as string | undefined;
        return [200, { id: 'reply-1' }];
      });
    bot = recordingBot(() => [message('Hallo Anna.')]);
    server = await startTeams({ bot, env: { VERZUIMBOT_MODE: 'production', MICROSOFT_APP_ID: APP_ID, MICROSOFT_APP_PASSWORD: 'not-a-real-secret' } });
    try {
      const res = await server.post(activity('message'), bearer(signJwt(key, channelClaims(APP_ID, SERVICE_URL))));
      expect(res.status).toBe(200);
      expect(tokenRequests).toBe(1);
      expect(replyAuth).toBe('Bearer fake-bot-access-token');
    } finally {
      await server.close();
      nock.cleanAll();
    }
  });
});

describe('production mode without MICROSOFT_APP_ID', () => {
  it('answers 404, never calls the bot, and the log says why', async () => {
    bot = recordingBot();
    server = await startTeams({ bot, env: { VERZUIMBOT_MODE: 'production' } });
    firstSeen = vi.spyOn(server.store.inbox, 'firstSeen');
    try {
      expect(server.logs.some((l) => String(l.msg).includes('production mode needs MICROSOFT_APP_ID'))).toBe(true);
      const res = await server.post(activity('message'));
      expect(res.status).toBe(404);
      expect((await server.post(activity('invoke-action'), bearer(signJwt(key, channelClaims(APP_ID, SERVICE_URL))))).status).toBe(404);
      expect(bot.events).toHaveLength(0);
      expect(firstSeen).not.toHaveBeenCalled();
      expect(await server.mount.messenger.send({ platform: 'teams', tenantId: 't', userId: 'u' }, message('x'))).toMatchObject({ ok: false, retryable: false });
    } finally {
      await server.close();
    }
  });
});

describe('local mode with MICROSOFT_APP_ID: still strict', () => {
  it('refuses an unauthenticated activity', async () => {
    interceptSigningAuthority(key);
    bot = recordingBot();
    server = await startTeams({ bot, env: { VERZUIMBOT_MODE: 'local', MICROSOFT_APP_ID: APP_ID, MICROSOFT_APP_PASSWORD: 'not-a-real-secret' } });
    try {
      expect((await server.post(activity('message'))).status).toBe(401);
      expect(bot.events).toHaveLength(0);
    } finally {
      await server.close();
      nock.cleanAll();
    }
  });
});
