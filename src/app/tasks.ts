// myTasks: the caller's open, due-soon and overdue steps across the cases they may act on, soonest first.
import type { IsoDate } from '../core/calendar/isoDate.js';
import { addDays } from '../core/calendar/isoDate.js';
import { amsterdamDate } from '../core/calendar/amsterdam.js';
import { authorize, relationOf } from '../core/policy/authorize.js';
import type { Actor, CaseAccess } from '../core/policy/types.js';
import type { Role } from '../core/roles.js';
import type { AppContext } from './context.js';
import { auditDecision, caseAccessOf, isAllowed } from './access.js';
import { ACTIONABLE, timelineOf } from './timeline.js';
import type { StepView } from './views.js';
import { byDue, stepView } from './views.js';

/** Open steps further ahead than this are left out of the task list. */
export const TASK_HORIZON_DAYS = 28;

/** One task: a step of one case. */
export interface Task {
  caseId: string;
  /** Case version when listed (pass back as expectedVersion). */
  caseVersion: number;
  employeeId: string;
  employeeName: string;
  step: StepView;
  due: IsoDate | null;
}

/** The roles an actor plays on a case: relation-based (employee, manager) plus held roles. */
function rolesOnCase(actor: Actor, c: CaseAccess): Set<Role> {
  const roles = new Set<Role>();
  const rel = relationOf(actor, c);
  if (rel === 'self') roles.add('employee');
  if (rel === 'manager') roles.add('manager');
  for (const a of actor.assignments) {
    if (a.employerId !== c.employerId) continue;
    if (a.caseId === null || a.caseId === c.caseId) roles.add(a.role);
  }
  return roles;
}

/** True when the actor is this case's own casemanager (assigned to it). */
function isCaseCasemanager(actor: Actor, c: CaseAccess): boolean {
  return actor.assignments.some((a) => a.role === 'casemanager' && a.caseId === c.caseId);
}

/** The caller's tasks, sorted by due date; open steps only within the horizon. */
export function myTasks(ctx: AppContext, actor: Actor, opts: { horizonDays?: number } = {}): Task[] {
  const today = amsterdamDate(ctx.now);
  const until = addDays(today, opts.horizonDays ?? TASK_HORIZON_DAYS);
  const tasks: Task[] = [];
  for (const c of ctx.store.cases.listOpen(actor.employerId)) {
    const access = caseAccessOf(c);
    const roles = rolesOnCase(actor, access);
    const overseer = roles.has('hr') || isCaseCasemanager(actor, access);
    const t = timelineOf(ctx.store, c, today);
    const mine = t.steps.filter((s) => ACTIONABLE.has(s.status)
      && (s.status === 'overdue' || s.due <= until)
      && (overseer || s.responsible.some((r) => roles.has(r)))
      && isAllowed(actor, 'step.complete', access, s.id));
    if (!mine.length) continue;
    const read = authorize(actor, 'case.read.process', access);
    auditDecision(ctx, actor, 'case.read.process', c.id, read);
    if (!read.allowed) continue;
    const employeeName = ctx.store.people.get(c.employeeId)?.name ?? '?';
    for (const s of mine) {
      tasks.push({ caseId: c.id, caseVersion: c.version, employeeId: c.employeeId, employeeName, step: stepView(s), due: s.due });
    }
  }
  return tasks.sort(byDue);
}
