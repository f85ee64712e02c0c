// Fuzzing the roles CSV import (architecture.md "Identity"): random CSV text never crashes the import, a bad file
// changes nothing at all (no half import), and a good one imports every row.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importRoles, ROLES_CSV_COLUMNS, ValidationError } from '../../src/app/index.js';
import { ROLES } from '../../src/core/roles.js';
import { openStore, type SqliteStore } from '../../src/store/index.js';
import { FUZZ_RUNS, hostileText, PARAMS } from './support.js';

let dir: string;
let store: SqliteStore;
let generation = 0;
/** A fresh database every 100 files keeps the full-content snapshots small. */
function freshStore(): void {
  store?.close();
  store = openStore(join(dir, `csv-${generation++}.db`));
}
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'verzuimbot-fuzz-csv-'));
  freshStore();
});
afterAll(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Every row of every table, as one string: equal snapshots mean nothing was written. */
function snapshot(): string {
  const tables = store.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as Array<{ name: string }>;
  return tables.map((t) => `${t.name}:${JSON.stringify(store.db.prepare(`SELECT * FROM "${t.name}"`).all())}`).join('\n');
}

const ids = fc.constantFrom('p1', 'p2', 'p3', 'p4', 'p5');
const cell: Record<(typeof ROLES_CSV_COLUMNS)[number], fc.Arbitrary<string>> = {
  employer: fc.oneof({ weight: 6, arbitrary: fc.constantFrom('acme', 'globex') }, { weight: 1, arbitrary: fc.constant('') }, { weight: 1, arbitrary: fc.string({ maxLength: 8 }) }),
  personId: fc.oneof({ weight: 8, arbitrary: ids }, { weight: 1, arbitrary: fc.constantFrom('', 'p 1', 'p1;', '-p') }, { weight: 1, arbitrary: fc.string({ maxLength: 8 }) }),
  name: fc.oneof(fc.constantFrom('Anna de Vries', 'Piet Jansen', 'Fatima El Amrani', 'Jan Bakker', ''), hostileText),
  email: fc.constantFrom('', 'anna@example.nl', 'piet@example.nl', 'not-an-email', 'ANNA@EXAMPLE.NL'),
  slackUserId: fc.constantFrom('', 'U0ANNA0001', 'U0PIET0001', 'u0lower', 'X'),
  teamsAadObjectId: fc.oneof(fc.constant(''), fc.uuid(), fc.constant('not-a-guid')),
  role: fc.oneof(fc.constantFrom(...ROLES), fc.constantFrom('', 'boss', 'HR')),
  managerPersonId: fc.oneof(ids, fc.constantFrom('', 'p9')),
  employmentEnd: fc.constantFrom('', '2027-01-31', '2027-02-30', 'soon', '2025-12-31'),
};

/** One cell as CSV: bare, quoted (quotes doubled) or raw-broken (a stray quote or newline). */
const encoded = (value: string) => fc.oneof(
  { weight: 30, arbitrary: fc.constant('bare') }, { weight: 15, arbitrary: fc.constant('quoted') }, { weight: 1, arbitrary: fc.constant('broken') },
).map((how) =>
  how === 'quoted' ? `"${value.replaceAll('"', '""')}"` : how === 'broken' ? `${value}"\n` : value);

const row = fc.tuple(...ROLES_CSV_COLUMNS.map((c) => cell[c].chain(encoded)))
  .chain((cells) => fc.oneof({ weight: 8, arbitrary: fc.constant(cells) }, { weight: 1, arbitrary: fc.array(fc.string({ maxLength: 5 }), { maxLength: 12 }) }));
const header = fc.oneof(
  { weight: 6, arbitrary: fc.constant([...ROLES_CSV_COLUMNS]) },
  { weight: 2, arbitrary: fc.shuffledSubarray([...ROLES_CSV_COLUMNS], { minLength: 9, maxLength: 9 }) },
  { weight: 1, arbitrary: fc.shuffledSubarray([...ROLES_CSV_COLUMNS, 'extra'], { minLength: 1 }) },
);
const csv = fc.oneof(
  { weight: 9, arbitrary: fc.tuple(fc.boolean(), header, fc.array(row, { maxLength: 6 }), fc.constantFrom('\n', '\r\n'), fc.boolean())
    .map(([bom, h, rows, eol, trailing]) => (bom ? '\uFEFF' : '') + [h.join(','), ...rows.map((r) => r.join(','))].join(eol) + (trailing ? eol : '')) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 300 }) },
);

describe('roles CSV import fuzzing', () => {
  it(`never crashes and never half-imports, on ${FUZZ_RUNS} random CSV files`, () => {
    const seen = { imported: 0, refused: 0 };
    const lines: Record<string, number> = {};
    let now = Date.UTC(2026, 2, 2, 8);
    let run = 0;
    fc.assert(fc.property(csv, (text) => {
      if (++run % 100 === 0) freshStore();
      const before = snapshot();
      let refused: ValidationError | undefined;
      try {
        const r = importRoles({ store, now: new Date((now += 1000)) }, text);
        seen.imported++;
        expect(r.rows).toBeGreaterThanOrEqual(0);
      } catch (err) {
        if (!(err instanceof ValidationError)) throw err; // a crash: anything but a typed refusal
        refused = err;
      }
      if (refused) {
        seen.refused++;
        lines[refused.field] = (lines[refused.field] ?? 0) + 1;
        expect(snapshot()).toBe(before); // all or nothing
        expect(refused.userMessage.nl.length).toBeGreaterThan(0);
      }
    }), PARAMS);
    console.log(`roles CSV fuzz: ${FUZZ_RUNS} files, imported ${seen.imported}, refused ${seen.refused} (by field ${JSON.stringify(lines)}), crashes 0, half imports 0`);
    expect(seen.imported).toBeGreaterThan(0);
    expect(seen.refused).toBeGreaterThan(0);
  });
});
