// Mounts Microsoft Teams on the shared Express app: POST /api/messages (botbuilder CloudAdapter),
// plus the Messenger (proactive sends) and PeopleDirectory ports for the rest of the app.
import express, { type Express, type Request, type Response } from 'express';
import type { Bot } from '../../flows/bot.js';
import type { Logger } from '../../src/log.js';
import type { PeopleDirectory } from '../../src/ports/directory.js';
import type { Messenger } from '../../src/ports/outbox.js';
import type { Store } from '../../src/ports/store.js';
import { asBotActivity, TYPES_NEEDING_ID, teamsActivitySchema } from './activity.js';
import { authenticate, authModeOf, createBotFrameworkAuth, logAuthMode, TeamsAuthError, type TeamsEnv } from './auth.js';
import { TeamsCloudAdapter } from './cloudAdapter.js';
import { createTeamsDirectory } from './directory.js';
import { createTeamsMessenger } from './messenger.js';
import { Pacer } from './pacing.js';
import { ReferenceBook } from './references.js';
import { runTurn } from './turn.js';

export type { TeamsEnv } from './auth.js';

/** The Bot Framework messaging endpoint. */
export const TEAMS_ROUTE = '/api/messages';

/** What mountTeams needs. */
export interface TeamsDeps {
  env: TeamsEnv;
  store: Store;
  bot: Bot;
  log: Logger;
  /** Clock for de-duplication and the bot (default: the real time). */
  now?: () => Date;
}

/** What mountTeams provides. */
export interface TeamsMount {
  messenger: Messenger;
  directory: PeopleDirectory;
  /** Stops accepting activities and waits for turns and sends in flight. */
  close(): Promise<void>;
}

/** Mounts Teams on `app` and returns its ports. */
export function mountTeams(app: Express, deps: TeamsDeps): TeamsMount {
  const { env, store, bot, log } = deps;
  const now = deps.now ?? (() => new Date());
  const mode = authModeOf(env);
  logAuthMode(log, mode);
  const book = new ReferenceBook(store.kv);
  const pacer = new Pacer(7, 1000);
  const directory = createTeamsDirectory(book);

  if (mode === 'off') {
    app.post(TEAMS_ROUTE, (_req: Request, res: Response) => {
      log.warn({ adapter: 'teams' }, 'teams: request refused — production mode without MICROSOFT_APP_ID');
      res.status(404).end();
    });
    const messenger = createTeamsMessenger({ adapter: undefined, appId: '', book, pacer, log });
    return { messenger, directory, close: async () => undefined };
  }

  const bfAuth = createBotFrameworkAuth(env, mode);
  const adapter = new TeamsCloudAdapter(bfAuth);
  const appId = mode === 'strict' ? env.MICROSOFT_APP_ID!.trim() : '';
  const inFlight = new Set<Promise<unknown>>();
  let closing = false;

  const track = <T>(p: Promise<T>): Promise<T> => {
    inFlight.add(p);
    void p.finally(() => inFlight.delete(p)).catch(() => undefined);
    return p;
  };

  async function handle(req: Request, res: Response): Promise<void> {
    if (closing) {
      res.status(503).end();
      return;
    }
    const parsed = teamsActivitySchema.safeParse(req.body);
    if (!parsed.success || (TYPES_NEEDING_ID.has(parsed.data.type) && !parsed.data.id)) {
      log.info({ adapter: 'teams', issue: parsed.success ? 'missing-id' : 'schema' }, 'teams: bad activity refused');
      res.status(400).end();
      return;
    }
    const activity = parsed.data;
    const header = req.headers.authorization ?? '';
    let authResult;
    try {
      authResult = await authenticate(bfAuth, mode, asBotActivity(activity), header);
    } catch (err) {
      const e = err instanceof TeamsAuthError ? err : new TeamsAuthError(401, 'invalid-token');
      log.warn({ adapter: 'teams', status: e.status, code: e.code }, 'teams: request not authenticated');
      res.status(e.status).end();
      return;
    }
    try {
      const invoke = await adapter.runAuthenticated(authResult, asBotActivity(activity), (context) =>
        runTurn(context, activity, { store, bot, log, book, pacer, now }),
      );
      if (invoke?.body !== undefined) res.status(invoke.status).json(invoke.body);
      else res.status(invoke?.status ?? 200).end();
    } catch (err) {
      log.error({ adapter: 'teams', activityType: activity.type, err: { name: (err as Error)?.name, status: (err as { statusCode?: number })?.statusCode } }, 'teams: turn failed');
      if (!res.headersSent) res.status(500).end();
    }
  }

  app.post(TEAMS_ROUTE, express.json({ limit: '1mb' }), (req: Request, res: Response) => track(handle(req, res)));

  const messenger = createTeamsMessenger({ adapter, appId, book, pacer, log });
  const trackedMessenger: Messenger = {
    platform: 'teams',
    send: (target, message) => track(messenger.send(target, message)),
  };

  return {
    messenger: trackedMessenger,
    directory,
    async close() {
      closing = true;
      while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
    },
  };
}
