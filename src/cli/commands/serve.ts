// `verzuimbot serve` (what `npm start` runs): the HTTP server with whatever the environment switches on.
import { log } from '../../log.js';
import { composeServer, type Composition } from '../../server/compose.js';
import { EnvError, loadEnv } from '../../server/env.js';
import { onShutdownSignal } from '../../server/serve.js';
import { UsageError, type Command } from '../io.js';
import { mountSlack } from '../../../adapters/slack/index.js';
import { mountTeams } from '../../../adapters/teams/index.js';
import { createBot } from '../../../flows/router.js';
import { runEmbeddedChat } from '../../../adapters/console/embedded.js';
import { createScheduler } from '../../scheduler/index.js';

/** The parts this build serves: platform adapters, bot and scheduler (see src/server/compose.ts). */
export const COMPOSITION: Composition = {
  createBot: (d) => createBot({ store: d.store, directories: d.directories }),
  platforms: {
    slack: (app, d) => mountSlack(app, d),
    teams: (app, d) => mountTeams(app, d),
  },
  scheduler: (d) => createScheduler({
    store: d.store,
    messengers: Object.fromEntries(d.messengers.map((m) => [m.platform, m])),
    intervalSeconds: d.env.SCHEDULER_INTERVAL_SECONDS,
    log: d.log,
  }),
};

/** Serves until SIGTERM or SIGINT, then shuts down gracefully and resolves 0. */
export const run: Command = async (args, io) => {
  if (args.length > 0) throw new UsageError(`serve takes no arguments (got "${args[0]}"); configure it with environment variables`);
  let env;
  try {
    env = loadEnv(io.env);
  } catch (err) {
    if (err instanceof EnvError) throw new UsageError(err.message);
    throw err;
  }
  if (io.env.LOG_LEVEL) log.level = env.LOG_LEVEL; // otherwise keep src/log.ts's default (silent under vitest)
  const running = await composeServer(env, log, COMPOSITION);
  await new Promise<void>((resolve, reject) => {
    let stopping = false;
    const stop = () => {
      if (stopping) return;
      stopping = true;
      running.close().then(resolve, reject);
    };
    onShutdownSignal((signal) => {
      log.info({ signal }, 'signal received');
      stop();
    });
    // Local mode on a terminal: the console chat on the demo database too; leaving it stops the server.
    if (env.VERZUIMBOT_MODE === 'local' && io.stdin.isTTY === true) {
      runEmbeddedChat({ input: io.stdin, output: io.stdout }, io.env).then(stop, (err: unknown) => {
        log.error({ error: err instanceof Error ? err.name : 'unknown' }, 'console chat failed');
      });
    }
  });
  // Whatever handle an adapter may have left open, a stopped server exits.
  setTimeout(() => process.exit(0), 2000).unref();
  return 0;
};
