// The expected outcome of every (use case, role, relation) combination, written from domain.md §6 and §3 —
// deliberately NOT derived from src/core/policy (no imports from it), so the sweep compares two readings.
//
// Readings of domain.md taken here (each one is a sentence the sweep can disagree with):
// - A role "counts" on a case when held employer-wide at the case's employer, or — for the case-assigned roles
//   (casemanager, casemanager-td, arbeidsdeskundige, loonwaardedeskundige) — assigned to that very case.
//   A case-scoped row of any other role is meaningless and grants nothing.
// - `employee` and `manager` held as roles describe a position: they give no rights on other people's cases.
//   The manager of a case is the manager *of record* (the relation), not anyone holding the manager role.
// - On your own case you act as the employee only ("geen rolvermenging"): an HR officer who is sick herself
//   gets no HR rights on her own case.
// - `case.report` "anyone of the same employer": people whose only roles come from outside the employer's line
//   (bedrijfsarts, casemanager-td, arbeidsdeskundige, loonwaardedeskundige, insurer, admin) are not colleagues —
//   a reporter can become manager of record, which would hand them case content (admin may never read it).
// - A casemanager-td may not perform employer actions (plan.agree, role.assign) — whatever else they hold.
import type { Role } from '../../src/core/roles.js';
import type { StepId } from '../../src/core/timeline/stepIds.js';

/** The relations the sweep sets up; `other-employer` is a person of another employer holding the role there. */
export const SWEEP_RELATIONS = ['self', 'manager', 'reporter', 'assigned', 'employer', 'none', 'other-employer'] as const;
/** One relation of the sweep. */
export type SweepRelation = (typeof SWEEP_RELATIONS)[number];

/** The roles that may be assigned to one case (domain.md §6, second paragraph). */
export const CASE_ROLES: readonly Role[] = ['casemanager', 'casemanager-td', 'arbeidsdeskundige', 'loonwaardedeskundige'];
const POSITION: readonly Role[] = ['employee', 'manager'];
const EXTERNAL: readonly Role[] = ['bedrijfsarts', 'casemanager-td', 'arbeidsdeskundige', 'loonwaardedeskundige', 'insurer', 'admin'];

/** Who is responsible for each step, copied by hand from domain.md §3 (practice prompts without a named role: casemanager). */
export const RESPONSIBLE: Record<StepId, readonly Role[]> = {
  'ziekmelding-werkgever': ['employee', 'manager'], // employee reports; manager records via the intake
  'ziekmelding-arbodienst': ['manager', 'casemanager'], // manager; casemanager monitors
  'melding-verzekeraar': ['casemanager'],
  'vangnet-melding-uwv': ['hr'],
  probleemanalyse: ['bedrijfsarts', 'manager'], // bedrijfsarts delivers; manager requests
  'casemanager-aanwijzen': ['manager', 'employee'],
  'plan-van-aanpak': ['manager', 'employee', 'casemanager'], // agree; casemanager advises
  'financiele-voorlichting': ['casemanager'],
  voortgangsgesprek: ['manager', 'employee', 'casemanager'],
  'spreekuur-bedrijfsarts': ['bedrijfsarts', 'casemanager'],
  'melding-42e-week': ['manager', 'hr', 'casemanager'],
  eerstejaarsevaluatie: ['manager', 'employee', 'casemanager'],
  'izp-fml': ['bedrijfsarts'],
  'arbeidsdeskundig-onderzoek': ['casemanager'],
  'pre-wia-scan-1': ['casemanager'],
  'spoor-2': ['manager', 'casemanager'],
  'pre-wia-scan-2': ['casemanager'],
  'vervroegde-iva': ['employee', 'casemanager'],
  'actueel-oordeel-bedrijfsarts': ['casemanager'],
  'wia-brief-uwv': ['casemanager'],
  're-integratieverslag': ['manager', 'employee', 'casemanager'],
  eindevaluatie: ['manager', 'employee'],
  'wia-aanvraag': ['employee', 'casemanager'],
  'wia-ontvangstbevestiging': ['casemanager'],
  'wia-uitnodiging': ['casemanager'],
  'ingebrekestelling-uwv': ['casemanager'],
  'voorlichting-na-104-weken': ['casemanager'],
  'einde-wachttijd': [],
  'einde-loondoorbetaling': [],
  'wia-beschikking': ['casemanager'],
};

/** How the actor stands in one combination. */
export interface Standing {
  relation: SweepRelation;
  role: Role;
}

/** Valid roles the actor holds at the case's employer (anywhere there). */
function rolesAtEmployer(s: Standing): Role[] {
  switch (s.relation) {
    case 'other-employer': return [];
    case 'assigned':
    case 'none': return CASE_ROLES.includes(s.role) ? [s.role] : []; // on this case / on another case
    default: return [s.role];
  }
}

/** Roles that count on this case (role-based rights; positions excluded). */
function rolesOnCase(s: Standing): Role[] {
  if (s.relation === 'none' || s.relation === 'other-employer') return [];
  return rolesAtEmployer(s).filter((r) => !POSITION.includes(r));
}

/** What the sweep asks of the expected table. */
export type ExpectedAction =
  | { kind: 'case.report' } | { kind: 'case.read.absence' } | { kind: 'case.recover' } | { kind: 'case.read.process' }
  | { kind: 'step'; stepId: StepId } | { kind: 'plan.agree' } | { kind: 'plan.advise' }
  | { kind: 'role.assign' } | { kind: 'person.export'; requested: boolean }
  /** The case appears in the actor's weekly digest (HR has opted in). */
  | { kind: 'digest.receive' };

/** True when domain.md §6 allows the action for this standing. */
export function expectedAllowed(a: ExpectedAction, s: Standing): boolean {
  if (s.relation === 'other-employer') return false;
  const self = s.relation === 'self';
  const manager = s.relation === 'manager';
  const roles = self ? [] : rolesOnCase(s);
  const has = (r: Role) => roles.includes(r);
  const tdAnywhere = rolesAtEmployer(s).includes('casemanager-td');
  switch (a.kind) {
    case 'case.report': {
      if (self || manager || has('hr')) return true;
      const valid = rolesAtEmployer(s);
      return !(valid.length > 0 && valid.every((r) => EXTERNAL.includes(r)));
    }
    case 'case.recover': return self || manager || has('hr');
    case 'case.read.absence':
      return self || manager || (['hr', 'casemanager', 'casemanager-td', 'bedrijfsarts'] as Role[]).some(has);
    case 'case.read.process':
      return self || manager
        || (['hr', 'casemanager', 'casemanager-td', 'bedrijfsarts', 'arbeidsdeskundige', 'loonwaardedeskundige', 'insurer'] as Role[]).some(has);
    case 'step': {
      const resp = RESPONSIBLE[a.stepId];
      if (self) return resp.includes('employee');
      if (manager && resp.includes('manager')) return true;
      if (has('hr') || has('casemanager')) return true;
      if (roles.some((r) => !POSITION.includes(r) && resp.includes(r))) return true;
      return resp.includes('bedrijfsarts') && has('casemanager-td');
    }
    case 'plan.agree':
      if (self) return true;
      if (has('casemanager') || tdAnywhere) return false;
      return manager || has('hr');
    case 'plan.advise': return has('casemanager');
    case 'role.assign': return !self && !tdAnywhere && (has('hr') || has('admin'));
    case 'person.export': return self || (a.requested && has('hr'));
    case 'digest.receive': return has('casemanager') || has('hr');
  }
}
