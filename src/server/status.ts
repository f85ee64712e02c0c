// What the environment switches on, and why: logged at start and used to decide which platforms mount.
import type { Env } from './env.js';

/** On or off, with the reason in words an operator understands (never a secret). */
export interface PlatformState {
  on: boolean;
  why: string;
}

/** Slack and Teams as configured by the environment. */
export interface PlatformStatus {
  slack: PlatformState;
  /** `auth` says how /api/messages treats tokens: verified, accepted without (local only), or route off. */
  teams: PlatformState & { auth: 'strict' | 'anonymous' | 'off' };
}

/** Derives the platform status from a validated environment (architecture.md "The embedded default"). */
export function platformStatus(env: Env): PlatformStatus {
  const missing = [!env.SLACK_BOT_TOKEN && 'SLACK_BOT_TOKEN', !env.SLACK_SIGNING_SECRET && 'SLACK_SIGNING_SECRET'].filter(Boolean);
  const slack: PlatformState = missing.length
    ? { on: false, why: `${missing.join(' and ')} not set` }
    : { on: true, why: 'SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET set; requests are signature-checked' };
  let teams: PlatformStatus['teams'];
  if (env.MICROSOFT_APP_ID) {
    teams = { on: true, auth: 'strict', why: 'MICROSOFT_APP_ID set; Bot Framework tokens are verified' };
  } else if (env.VERZUIMBOT_MODE === 'local') {
    teams = { on: true, auth: 'anonymous', why: 'local mode without MICROSOFT_APP_ID; /api/messages accepts unauthenticated traffic (Emulator, tests)' };
  } else {
    teams = { on: false, auth: 'off', why: 'production mode without MICROSOFT_APP_ID; /api/messages answers 404 (botbuilder would skip token checks)' };
  }
  return { slack, teams };
}
