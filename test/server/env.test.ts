import { describe, expect, it } from 'vitest';
import { EnvError, loadEnv } from '../../src/server/env.js';

const errorOf = (env: NodeJS.ProcessEnv): EnvError => {
  try {
    loadEnv(env);
  } catch (e) {
    if (e instanceof EnvError) return e;
    throw e;
  }
  throw new Error('expected an EnvError');
};

describe('loadEnv', () => {
  it('fills the documented defaults', () => {
    expect(loadEnv({})).toEqual({
      SLACK_BOT_TOKEN: undefined,
      SLACK_SIGNING_SECRET: undefined,
      SLACK_API_URL: 'https://slack.com/api/',
      MICROSOFT_APP_ID: undefined,
      MICROSOFT_APP_PASSWORD: undefined,
      MICROSOFT_APP_TENANT_ID: undefined,
      MICROSOFT_APP_TYPE: undefined,
      PORT: 3978,
      DATABASE_PATH: './data/verzuimbot.db',
      VERZUIMBOT_MODE: 'local',
      SCHEDULER_INTERVAL_SECONDS: 60,
      LOG_LEVEL: 'info',
    });
  });

  it('reads given values and treats blank ones as unset', () => {
    const env = loadEnv({
      SLACK_BOT_TOKEN: 'xoxb-test', SLACK_SIGNING_SECRET: 'shh', SLACK_API_URL: 'http://localhost:9999/api/',
      MICROSOFT_APP_ID: 'app', MICROSOFT_APP_PASSWORD: 'pw', MICROSOFT_APP_TYPE: 'SingleTenant', MICROSOFT_APP_TENANT_ID: 'tid',
      PORT: '0', DATABASE_PATH: '/tmp/x.db', VERZUIMBOT_MODE: 'production', SCHEDULER_INTERVAL_SECONDS: ' 5 ', LOG_LEVEL: 'debug',
      UNRELATED: 'ignored',
    });
    expect(env).toMatchObject({ PORT: 0, SCHEDULER_INTERVAL_SECONDS: 5, VERZUIMBOT_MODE: 'production', MICROSOFT_APP_TYPE: 'SingleTenant', SLACK_API_URL: 'http://localhost:9999/api/' });
    expect(env).not.toHaveProperty('UNRELATED');
    expect(loadEnv({ PORT: '', SLACK_BOT_TOKEN: '  ', MICROSOFT_APP_TYPE: '' })).toMatchObject({ PORT: 3978, SLACK_BOT_TOKEN: undefined, MICROSOFT_APP_TYPE: undefined });
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ PORT: '80.5' }, 'PORT'],
    [{ VERZUIMBOT_MODE: 'prod' }, 'VERZUIMBOT_MODE'],
    [{ SCHEDULER_INTERVAL_SECONDS: '0' }, 'SCHEDULER_INTERVAL_SECONDS'],
    [{ SCHEDULER_INTERVAL_SECONDS: 'often' }, 'SCHEDULER_INTERVAL_SECONDS'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ SLACK_API_URL: 'not a url' }, 'SLACK_API_URL'],
    [{ SLACK_API_URL: 'ftp://slack.example/' }, 'SLACK_API_URL'],
    [{ MICROSOFT_APP_TYPE: 'Multi' }, 'MICROSOFT_APP_TYPE'],
    [{ MICROSOFT_APP_ID: 'app' }, 'MICROSOFT_APP_PASSWORD'],
    [{ MICROSOFT_APP_ID: 'app', MICROSOFT_APP_PASSWORD: 'pw', MICROSOFT_APP_TYPE: 'SingleTenant' }, 'MICROSOFT_APP_TENANT_ID'],
  ])('names the variable of a bad value: %o', (env, variable) => {
    const err = errorOf(env);
    expect(err.variable).toBe(variable);
    expect(err.message).toMatch(new RegExp(`^Environment variable ${variable} is not valid: .+\\.$`));
    expect(err.message).not.toContain('\n');
  });

  it('a managed identity needs no password', () => {
    expect(loadEnv({ MICROSOFT_APP_ID: 'app', MICROSOFT_APP_TYPE: 'UserAssignedMSI' }).MICROSOFT_APP_ID).toBe('app');
  });

  it('never repeats the value it refused', () => {
    const err = errorOf({ SLACK_API_URL: 'xoxb-secret-looking-value' });
    expect(err.message).not.toContain('xoxb-secret-looking-value');
  });
});
