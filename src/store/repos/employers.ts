// Employers (tenants) with their settings; a platform tenant maps to one employer.
import type { Employer, EmployerSettings, Platform } from '../../ports/records.js';
import type { EmployerRepo } from '../../ports/store.js';
import { bool, type Connection, type Statements } from '../db.js';
import { UnknownRecordError } from '../errors.js';

/** Settings of a new employer until `employer set` changes them. */
export const DEFAULT_EMPLOYER_SETTINGS: EmployerSettings = {
  insured: false,
  ownRiskZiektewet: false,
  officeHours: { start: '08:00', end: '18:00' },
  language: 'nl',
};

interface EmployerRow {
  id: string;
  name: string;
  insured: number;
  own_risk_ziektewet: number;
  office_start: string;
  office_end: string;
  language: EmployerSettings['language'];
}

function toEmployer(r: EmployerRow): Employer {
  return {
    id: r.id,
    name: r.name,
    settings: {
      insured: r.insured === 1,
      ownRiskZiektewet: r.own_risk_ziektewet === 1,
      officeHours: { start: r.office_start, end: r.office_end },
      language: r.language,
    },
  };
}

/** Tenant id → employer id: `slack:T123`, readable in the CLI (`employer set slack:T123`). */
function tenantEmployerId(platform: Platform, tenantId: string): string {
  return `${platform}:${tenantId}`;
}

/** SQLite implementation of EmployerRepo. */
export class SqliteEmployerRepo implements EmployerRepo {
  constructor(
    private readonly db: Connection,
    private readonly st: Statements,
    private readonly now: () => Date,
    /** Called inside the settings transaction when insurance or own risk changed (re-derives case schedules). */
    private readonly conditionsChanged: (employerId: string) => void = () => undefined,
  ) {}

  get(id: string): Employer | undefined {
    const r = this.st.get<[string], EmployerRow>('SELECT * FROM employers WHERE id = ?').get(id);
    return r && toEmployer(r);
  }

  list(): Employer[] {
    return this.st.get<[], EmployerRow>('SELECT * FROM employers ORDER BY id').all().map(toEmployer);
  }

  ensureForTenant(platform: Platform, tenantId: string, name?: string): Employer {
    return this.db.transaction(() => {
      const mapped = this.st
        .get<[string, string], { employer_id: string }>('SELECT employer_id FROM employer_tenants WHERE platform = ? AND tenant_id = ?')
        .get(platform, tenantId);
      if (mapped) return this.get(mapped.employer_id) as Employer;
      const employer = this.ensure(tenantEmployerId(platform, tenantId), name);
      this.st.get('INSERT INTO employer_tenants (platform, tenant_id, employer_id) VALUES (?, ?, ?)').run(platform, tenantId, employer.id);
      return employer;
    }).immediate(); // read-then-write: take the write lock first so a second process waits instead of failing
  }

  ensure(id: string, name?: string): Employer {
    const s = DEFAULT_EMPLOYER_SETTINGS;
    this.st
      .get(
        `INSERT INTO employers (id, name, insured, own_risk_ziektewet, office_start, office_end, language, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`,
      )
      .run(id, name ?? id, bool(s.insured), bool(s.ownRiskZiektewet), s.officeHours.start, s.officeHours.end, s.language, this.now().toISOString());
    return this.get(id) as Employer;
  }

  updateSettings(id: string, patch: Partial<EmployerSettings>): Employer {
    return this.db.transaction(() => {
      const current = this.get(id);
      if (!current) throw new UnknownRecordError('employer', id);
      const s = { ...current.settings, ...patch };
      this.st
        .get('UPDATE employers SET insured = ?, own_risk_ziektewet = ?, office_start = ?, office_end = ?, language = ? WHERE id = ?')
        .run(bool(s.insured), bool(s.ownRiskZiektewet), s.officeHours.start, s.officeHours.end, s.language, id);
      if (s.insured !== current.settings.insured || s.ownRiskZiektewet !== current.settings.ownRiskZiektewet) this.conditionsChanged(id);
      return this.get(id) as Employer;
    }).immediate(); // a patch merges with what it read: no other writer in between
  }
}
