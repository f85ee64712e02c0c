// `verzuimbot chat --as ROLE:NAME [--date YYYY-MM-DD]`: the bot in the terminal on the demo database
// (./data/demo.db, or DATABASE_PATH), seeded when empty. Piped input works too: lines in, replies out.
import { z } from 'zod';
import { createBot } from '../../../flows/router.js';
import { createConsoleSession } from '../../../adapters/console/session.js';
import { DEMO_DATABASE_PATH, openDemoStore } from '../../../adapters/console/demo.js';
import { parseIdentity, type ConsoleIdentity } from '../../../adapters/console/identity.js';
import { runConsole } from '../../../adapters/console/run.js';
import { shouldUseColor } from '../../../adapters/console/style.js';
import { amsterdamDate } from '../../core/calendar/amsterdam.js';
import { isIsoDate, type IsoDate } from '../../core/calendar/isoDate.js';
import { ROLES } from '../../core/roles.js';
import { UsageError, type Command } from '../io.js';

/** The chat options after validation. */
export interface ChatArgs {
  as: ConsoleIdentity;
  date?: IsoDate;
}

const schema = z.object({
  as: z.string({ message: '--as: required, e.g. --as manager:Anna' })
    .transform((v, ctx) => {
      const id = parseIdentity(v);
      if (!id) ctx.addIssue({ code: z.ZodIssueCode.custom, message: `--as: expected ROLE:NAME with ROLE one of ${ROLES.join(', ')}` });
      return id as ConsoleIdentity;
    }),
  date: z.string().refine(isIsoDate, { message: '--date: expected a date YYYY-MM-DD' }).optional(),
});

/** Reads `--as ROLE:NAME` and `--date D` (also as --as=…); UsageError names a bad or unknown argument. */
export function parseChatArgs(args: string[]): ChatArgs {
  const raw: Record<string, string> = {};
  for (let i = 0; i < args.length; i++) {
    const [flag, inline] = args[i].split(/=(.*)/s, 2);
    if (flag !== '--as' && flag !== '--date') throw new UsageError(`${flag}: unknown option (use --as ROLE:NAME [--date YYYY-MM-DD])`);
    const value = inline !== undefined ? inline : args[++i];
    if (value === undefined) throw new UsageError(`${flag}: value missing`);
    raw[flag.slice(2)] = value;
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new UsageError(parsed.error.issues[0]?.message ?? '--as: invalid');
  return { as: parsed.data.as, ...(parsed.data.date ? { date: parsed.data.date } : {}) };
}

/** Runs the chat until /quit or the end of input. */
export const run: Command = async (args, io) => {
  const opts = parseChatArgs(args);
  const path = io.env.DATABASE_PATH || DEMO_DATABASE_PATH;
  const { store, employerId } = openDemoStore(path, opts.date ?? amsterdamDate(new Date()));
  try {
    const session = createConsoleSession({
      store, bot: createBot({ store }), as: opts.as, employerId,
      color: shouldUseColor(io.stdout as { isTTY?: boolean }, io.env), ...(opts.date ? { date: opts.date } : {}),
    });
    await runConsole(session, { input: io.stdin, output: io.stdout });
  } finally {
    store.close();
  }
  return 0;
};
