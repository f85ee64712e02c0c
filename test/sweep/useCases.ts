// The swept use cases: each calls the public API of src/app/index.ts for one scene and says which expected
// action decides it. Point use cases throw when refused; list use cases "allow" when the case shows up.
import * as app from '../../src/app/index.js';
import { addDays } from '../../src/core/calendar/isoDate.js';
import type { IntakeInput } from '../../src/core/privacy/intake.js';
import type { StepId } from '../../src/core/timeline/stepIds.js';
import type { ExpectedAction } from './expected.js';
import { TODAY, type Scene } from './world.js';

/** What a call returned: a point decision, or whether the scene's case was listed, plus what could leak. */
export type CallResult = { kind: 'point'; value: unknown } | { kind: 'list'; listed: boolean; value: unknown };

/** One swept use case. */
export interface SweptUseCase {
  name: string;
  /** The export(s) of src/app/index.ts this exercises. */
  exports: string[];
  expected: ExpectedAction;
  /** Needs the scene's case closed 14 days ago (a new report joins it). */
  closedCase?: boolean;
  /** False for name lookups that show no case data (the read that follows is audited, not the lookup). */
  audited?: false;
  /** Answers that may legitimately carry absence/contact data (the person's own export). */
  mayCarryAbsence?: boolean;
  call(s: Scene): CallResult;
}

const point = (value: unknown): CallResult => ({ kind: 'point', value });
const REASON = 'Afgesproken met de werkgever: niet nodig in deze situatie';
const LATER = addDays(TODAY, 300);

function stepCase(fn: 'completeStep' | 'markNotApplicable' | 'deviate', stepId: StepId): SweptUseCase {
  return {
    name: `${fn}(${stepId})`, exports: [fn], expected: { kind: 'step', stepId },
    call: (s) => point(
      fn === 'completeStep' ? app.completeStep(s.ctx, s.actor, s.caseId, stepId, { date: TODAY })
        : fn === 'markNotApplicable' ? app.markNotApplicable(s.ctx, s.actor, s.caseId, stepId, { reason: REASON })
          : app.deviate(s.ctx, s.actor, s.caseId, stepId, { newDate: LATER, reason: REASON }),
    ),
  };
}

/** Every use case of the sweep. */
export const SWEPT: SweptUseCase[] = [
  {
    name: 'reportSickness', exports: ['reportSickness'], expected: { kind: 'case.report' }, closedCase: true,
    call: (s) => point(app.reportSickness(s.ctx, s.actor, {
      employee: s.actor.personId === s.employeeId ? 'self' : s.employeeId, firstSickDay: TODAY, phone: '', address: '',
      expectedDuration: 'weeks', workHandover: '', workAccident: 'no', trafficAccidentThirdParty: 'no', safetyNet: 'no',
    } as unknown as IntakeInput)),
  },
  {
    name: 'reportRecovery', exports: ['reportRecovery'], expected: { kind: 'case.recover' },
    call: (s) => point(app.reportRecovery(s.ctx, s.actor, { employeeRef: s.employeeId, date: TODAY, kind: 'full' })),
  },
  { name: 'stepStatus', exports: ['stepStatus'], expected: { kind: 'case.read.process' }, call: (s) => point(app.stepStatus(s.ctx, s.actor, { caseId: s.caseId })) },
  {
    name: 'stepStatus(by employee)', exports: ['stepStatus'], expected: { kind: 'case.read.process' },
    call: (s) => point(app.stepStatus(s.ctx, s.actor, { employeeRef: s.employeeId })),
  },
  { name: 'checklist', exports: ['checklist'], expected: { kind: 'case.read.process' }, call: (s) => point(app.checklist(s.ctx, s.actor, { caseId: s.caseId })) },
  {
    name: 'casesVisibleTo', exports: ['casesVisibleTo'], expected: { kind: 'case.read.process' },
    call: (s) => {
      const v = app.casesVisibleTo(s.ctx, s.actor);
      return { kind: 'list', listed: v.some((c) => c.caseId === s.caseId), value: v };
    },
  },
  {
    name: 'findPeople(status)', exports: ['findPeople'], expected: { kind: 'case.read.process' }, audited: false,
    call: (s) => {
      const v = app.findPeople(s.ctx, s.actor, s.employeeId, 'status');
      return { kind: 'list', listed: v.some((p) => p.personId === s.employeeId), value: v };
    },
  },
  ...(['ziekmelding-arbodienst', 'vangnet-melding-uwv', 'probleemanalyse', 'casemanager-aanwijzen', 'spreekuur-bedrijfsarts',
    'financiele-voorlichting', 'voortgangsgesprek'] as StepId[]).map((id) => stepCase('completeStep', id)),
  stepCase('markNotApplicable', 'spreekuur-bedrijfsarts'),
  stepCase('markNotApplicable', 'vangnet-melding-uwv'),
  stepCase('deviate', 'probleemanalyse'),
  stepCase('deviate', 'financiele-voorlichting'),
  {
    name: 'completeStep(plan-van-aanpak)', exports: ['completeStep'], expected: { kind: 'plan.agree' },
    call: (s) => point(app.completeStep(s.ctx, s.actor, s.caseId, 'plan-van-aanpak', { date: TODAY })),
  },
  { name: 'agreePlan', exports: ['agreePlan'], expected: { kind: 'plan.agree' }, call: (s) => point(app.agreePlan(s.ctx, s.actor, s.caseId, { date: TODAY })) },
  { name: 'advisePlan', exports: ['advisePlan'], expected: { kind: 'plan.advise' }, call: (s) => point(app.advisePlan(s.ctx, s.actor, s.caseId, { date: TODAY })) },
  {
    name: 'assignRole(on case)', exports: ['assignRole'], expected: { kind: 'role.assign' },
    call: (s) => point(app.assignRole(s.ctx, s.actor, { personRef: s.targetId, role: 'loonwaardedeskundige', caseId: s.caseId })),
  },
  {
    name: 'revokeRole(on case)', exports: ['revokeRole'], expected: { kind: 'role.assign' },
    call: (s) => point(app.revokeRole(s.ctx, s.actor, { personRef: s.targetId, role: 'arbeidsdeskundige', caseId: s.caseId })),
  },
  {
    name: 'buildDigest', exports: ['buildDigest', 'buildDigests', 'setHrDigestOptIn'], expected: { kind: 'digest.receive' },
    call: (s) => {
      app.setHrDigestOptIn(s.ctx.store, s.actor.personId, true);
      const d = app.buildDigest(s.ctx, s.actor.personId, TODAY);
      const listed = [d.open, d.new, d.overdue, d.dueSoon, d.stagnation, d.upcoming42].some((l) => l.some((x) => x.caseId === s.caseId));
      return { kind: 'list', listed, value: d };
    },
  },
  {
    // The chat opt-in: refused (and audited) for anyone without HR or casemanager; what HR then receives is the digest.
    name: 'subscribeHrDigest', exports: ['subscribeHrDigest'], expected: { kind: 'digest.receive' },
    call: (s) => {
      app.subscribeHrDigest(s.ctx, s.actor, true);
      const d = app.buildDigest(s.ctx, s.actor.personId, TODAY);
      const listed = [d.open, d.new, d.overdue, d.dueSoon, d.stagnation, d.upcoming42].some((l) => l.some((x) => x.caseId === s.caseId));
      return { kind: 'list', listed, value: d };
    },
  },
  {
    name: 'exportPerson', exports: ['exportPerson'], expected: { kind: 'person.export', requested: false }, mayCarryAbsence: true,
    call: (s) => point(app.exportPerson(s.ctx, s.actor, s.employeeId)),
  },
  {
    name: 'exportPerson(requested)', exports: ['exportPerson'], expected: { kind: 'person.export', requested: true }, mayCarryAbsence: true,
    call: (s) => point(app.exportPerson(s.ctx, s.actor, s.employeeId, { requestedBySubject: true })),
  },
];

/**
 * myTasks is a filter, not a decision: it is swept for leaks only. Each task on the scene's case must be one
 * the actor may act on (step.complete for that step) and read (case.read.process).
 */
export function tasksOnCase(s: Scene): Array<{ stepId: StepId; value: unknown }> {
  return app.myTasks(s.ctx, s.actor).filter((t) => t.caseId === s.caseId).map((t) => ({ stepId: t.step.id, value: t }));
}

/** Who gets a reminder about the scene's case on TODAY: one dueReminders pass (a reminder shows process data). */
export function remindersByCase(ctx: Scene['ctx']): Map<string, Array<{ personId: string; stepId: StepId; value: unknown }>> {
  const out = new Map<string, Array<{ personId: string; stepId: StepId; value: unknown }>>();
  for (const p of app.dueReminders(ctx, TODAY).people) {
    for (const item of p.items) {
      const list = out.get(item.caseId) ?? [];
      list.push({ personId: p.personId, stepId: item.stepId, value: p.message });
      out.set(item.caseId, list);
    }
  }
  return out;
}

/**
 * Exports of src/app/index.ts the sweep leaves out, with why. The sweep fails when an export is neither swept
 * nor listed here, so a new use case cannot slip past it.
 */
export const NOT_SWEPT: Record<string, string> = {
  myTasks: 'swept separately for leaks (a filter, see tasksOnCase)',
  dueReminders: 'swept separately for leaks (who gets a reminder about the case, see remindersOnCase)',
  enqueueReminders: 'system: writes what dueReminders decided to the outbox', reminderMessage: 'renders reminder items',
  latestReminderSlot: 'pure date helper', nextReminderSlot: 'pure date helper', reminderKey: 'pure key helper', REMINDER_MARKS: 'constant',
  digestStandingOf: "reads the sender's own roles and digest flag: no case data, nothing decided or written",
  digestDayOf: 'pure date helper', digestKey: 'pure key helper', isoWeekOf: 'pure date helper', DIGEST_OPT_IN: 'constant', DIGEST_TIME: 'constant',
  purge: 'retention job run by the scheduler or the operator: no person acts', PURGE_REASON: 'constant',
  OPERATOR: 'the CLI operator value', isOperator: 'type guard',
  importRoles: 'operator (CLI) only: no person acts', setEmployer: 'operator (CLI) only: no person acts',
  ROLES_CSV_COLUMNS: 'constant', LATE_AFTER_DAYS: 'constant', TASK_HORIZON_DAYS: 'constant', MAX_REASON_LENGTH: 'constant',
  planAdviceOf: 'takes no actor: a read helper for code that already authorized (noted in the README, Reliability and privacy)',
  RETRY_MESSAGE: 'constant', userMessageOf: 'error → message helper',
  actorFor: 'builds the Actor (used by the sweep itself)', ensurePerson: 'identity on first contact, no case access',
  resolveSender: 'identity on first contact, no case access',
  nextDueOf: 'pure timeline helper', timelineOf: 'pure timeline helper', toTimelineCase: 'pure timeline helper', withNextDue: 'pure timeline helper',
  ConcurrencyError: 'error class', MedicalDataRefused: 'error class', NotAllowedError: 'error class', NotFoundError: 'error class', ValidationError: 'error class',
};
