// Who may talk to /api/messages: strict Bot Framework tokens whenever an app id is set; without one,
// production mode turns the route off (botbuilder would skip every check) and local mode accepts
// unauthenticated traffic from the Emulator and tests.
import { ConfigurationBotFrameworkAuthentication, type Activity } from 'botbuilder';
import type { Logger } from '../../src/log.js';

/** The environment variables the Teams adapter reads. */
export interface TeamsEnv {
  MICROSOFT_APP_ID?: string;
  MICROSOFT_APP_PASSWORD?: string;
  MICROSOFT_APP_TENANT_ID?: string;
  MICROSOFT_APP_TYPE?: string;
  VERZUIMBOT_MODE: 'local' | 'production';
}

/** strict: tokens verified; anonymous: local mode without app id; off: route answers 404. */
export type TeamsAuthMode = 'strict' | 'anonymous' | 'off';

/** The result of authenticating one request (botbuilder's AuthenticateRequestResult). */
export type TeamsAuthResult = Awaited<ReturnType<ConfigurationBotFrameworkAuthentication['authenticateRequest']>>;

/** A request that failed authentication; `status` is what the HTTP answer should be. */
export class TeamsAuthError extends Error {
  constructor(
    public readonly status: 401 | 503,
    public readonly code: string,
  ) {
    super(`teams auth failed: ${code}`);
    this.name = 'TeamsAuthError';
  }
}

/** Decides the mode from the environment. */
export function authModeOf(env: TeamsEnv): TeamsAuthMode {
  if (env.MICROSOFT_APP_ID?.trim()) return 'strict';
  return env.VERZUIMBOT_MODE === 'production' ? 'off' : 'anonymous';
}

/** botbuilder's configuration object for the CloudAdapter (empty app id = authentication disabled). */
export function createBotFrameworkAuth(env: TeamsEnv, mode: TeamsAuthMode): ConfigurationBotFrameworkAuthentication {
  if (mode !== 'strict') return new ConfigurationBotFrameworkAuthentication({});
  return new ConfigurationBotFrameworkAuthentication({
    MicrosoftAppId: env.MICROSOFT_APP_ID!.trim(),
    MicrosoftAppPassword: env.MICROSOFT_APP_PASSWORD ?? '',
    MicrosoftAppTenantId: env.MICROSOFT_APP_TENANT_ID ?? '',
    MicrosoftAppType: env.MICROSOFT_APP_TYPE ?? 'MultiTenant',
  });
}

function errorStatus(err: unknown): number | undefined {
  const status = (err as { statusCode?: unknown } | null)?.statusCode;
  return typeof status === 'number' ? status : undefined;
}

/**
 * Authenticates one inbound request. Every failure is a TeamsAuthError: 401 for a missing, expired,
 * badly signed or misaddressed token (botbuilder throws a plain JsonWebTokenError for a bad
 * signature, which its own handler would answer with 500), 503 when the signing keys could not
 * be fetched.
 */
export async function authenticate(
  auth: ConfigurationBotFrameworkAuthentication,
  mode: TeamsAuthMode,
  activity: Activity,
  authHeader: string,
): Promise<TeamsAuthResult> {
  if (mode === 'off') throw new TeamsAuthError(401, 'teams-off');
  if (mode === 'strict' && !authHeader.trim()) throw new TeamsAuthError(401, 'missing-token');
  try {
    return await auth.authenticateRequest(activity, authHeader);
  } catch (err) {
    const status = errorStatus(err);
    if (status !== undefined && status >= 500) throw new TeamsAuthError(503, 'signing-keys-unavailable');
    const name = err instanceof Error ? err.name : 'unknown';
    throw new TeamsAuthError(401, name === 'TokenExpiredError' || /expired/i.test(String((err as Error)?.message)) ? 'expired-token' : 'invalid-token');
  }
}

/** Logs once at mount what the route does, and why. */
export function logAuthMode(log: Logger, mode: TeamsAuthMode): void {
  if (mode === 'off') {
    log.warn({ adapter: 'teams', route: '/api/messages' }, 'teams: off — production mode needs MICROSOFT_APP_ID (botbuilder skips token checks without one); /api/messages answers 404');
  } else if (mode === 'anonymous') {
    log.warn({ adapter: 'teams', route: '/api/messages' }, 'teams: local mode without MICROSOFT_APP_ID — accepting unauthenticated Bot Framework traffic (Emulator, tests)');
  } else {
    log.info({ adapter: 'teams', route: '/api/messages' }, 'teams: on — Bot Framework tokens are verified');
  }
}
