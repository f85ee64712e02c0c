// End-to-end world: the demo employer on a real SQLite file in a tmp dir, the real bot, and console sessions
// that take typed lines and give back the rendered text.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createConsoleSession, type ConsoleSession } from '../../adapters/console/session.js';
import { openDemoStore } from '../../adapters/console/demo.js';
import type { ConsoleIdentity } from '../../adapters/console/identity.js';
import { createBot } from '../../flows/router.js';
import type { Store } from '../../src/ports/store.js';

/** The day the demo is seeded on (a Monday): Jan in week 7, Fatima in week 41. */
export const DAY = '2026-05-04';

/** A chat world on one database file. */
export interface ChatWorld {
  path: string;
  store: Store;
  employerId: string;
  /** A console session for `as` on `date` (default DAY), already started. */
  chat(as: ConsoleIdentity, date?: string): Promise<Chat>;
  /** Every byte of the database files (main + WAL) as latin1, for "nothing was stored" checks. */
  dbBytes(): string;
  cleanup(): void;
}

/** A started session with a helper that types lines and returns everything printed for them. */
export interface Chat {
  session: ConsoleSession;
  greeting: string;
  type(...lines: string[]): Promise<string>;
}

/** Seeds the demo employer on DAY in a fresh tmp database. */
export function chatWorld(day = DAY): ChatWorld {
  const dir = mkdtempSync(join(tmpdir(), 'verzuimbot-e2e-'));
  const path = join(dir, 'demo.db');
  const { store, employerId } = openDemoStore(path, day);
  const bot = createBot({ store });
  return {
    path, store, employerId,
    async chat(as, date = day) {
      const session = createConsoleSession({ store, bot, as, date, employerId });
      const greeting = await session.start();
      const type = async (...lines: string[]) => {
        const out: string[] = [];
        for (const line of lines) out.push((await session.input(line)).text);
        return out.join('\n');
      };
      return { session, greeting, type };
    },
    dbBytes: () => ['', '-wal', '-shm'].map((s) => (existsSync(path + s) ? readFileSync(path + s).toString('latin1') : '')).join(''),
    cleanup: () => {
      store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The demo people's ids. */
export const ID = { anna: 'demo-anna', piet: 'demo-piet', sanne: 'demo-sanne', ruud: 'demo-ruud', jan: 'demo-jan', fatima: 'demo-fatima', tom: 'demo-tom' } as const;

/** Anna de Vries, the demo manager. */
export const ANNA: ConsoleIdentity = { role: 'manager', name: 'Anna de Vries' };
/** Piet Jansen, HR. */
export const PIET: ConsoleIdentity = { role: 'hr', name: 'Piet Jansen' };

/** Answers to the sick-report form in field order (employee … safetyNet); '' takes the default. */
export function sickAnswers(a: Partial<Record<'employee' | 'firstSickDay' | 'phone' | 'address' | 'expectedDuration' | 'workHandover' | 'workAccident' | 'traffic' | 'safetyNet', string>> = {}): string[] {
  return [
    a.employee ?? '', a.firstSickDay ?? '', a.phone ?? '', a.address ?? '', a.expectedDuration ?? 'weeks',
    a.workHandover ?? '', a.workAccident ?? 'no', a.traffic ?? 'no', a.safetyNet ?? 'no',
  ];
}
