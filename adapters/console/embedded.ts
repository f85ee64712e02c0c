// The console chat `npm start` opens on a terminal in local mode (architecture.md "The embedded default"):
// the demo employer's manager, on the separate demo database, seeded relative to today.
import { createBot } from '../../flows/router.js';
import { amsterdamDate } from '../../src/core/calendar/amsterdam.js';
import { DEMO_DATABASE_PATH, openDemoStore } from './demo.js';
import { runConsole, type ConsoleStreams } from './run.js';
import { createConsoleSession } from './session.js';
import { shouldUseColor } from './style.js';

/** The person the embedded chat starts as. */
export const EMBEDDED_AS = { role: 'manager', name: 'Anna de Vries' } as const;

/** Runs the demo chat until /quit, Ctrl+C or the end of input; the demo database is closed afterwards. */
export async function runEmbeddedChat(streams: ConsoleStreams, env: Readonly<Record<string, string | undefined>>, path = DEMO_DATABASE_PATH): Promise<void> {
  const { store, employerId } = openDemoStore(path, amsterdamDate(new Date()));
  try {
    const session = createConsoleSession({
      store, bot: createBot({ store }), as: EMBEDDED_AS, employerId,
      color: shouldUseColor(streams.output as { isTTY?: boolean }, env),
    });
    await runConsole(session, streams);
  } finally {
    store.close();
  }
}
