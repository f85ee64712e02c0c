// The demo database the console chat runs on: opened (directory created) and seeded when the demo employer
// is missing, relative to the given day.
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { IsoDate } from '../../src/core/calendar/isoDate.js';
import { DEMO_EMPLOYER_ID, seedDemo } from '../../src/demo/seed.js';
import type { Store } from '../../src/ports/store.js';
import { openStore } from '../../src/store/index.js';

/** Where the console chat keeps its demo data unless DATABASE_PATH says otherwise. */
export const DEMO_DATABASE_PATH = './data/demo.db';

/** Opens the demo database at `path` and seeds the demo employer as of `today` when it is not there yet. */
export function openDemoStore(path: string, today: IsoDate): { store: Store; employerId: string; seeded: boolean } {
  if (path !== ':memory:') mkdirSync(dirname(resolve(path)), { recursive: true });
  const store = openStore(path);
  try {
    const seeded = !store.employers.get(DEMO_EMPLOYER_ID);
    if (seeded) seedDemo(store, today);
    return { store, employerId: DEMO_EMPLOYER_ID, seeded };
  } catch (err) {
    store.close();
    throw err;
  }
}
