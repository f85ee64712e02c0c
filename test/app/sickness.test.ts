import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { reportSickness } from '../../src/app/sickness.js';
import { MedicalDataRefused, NotAllowedError, NotFoundError, ValidationError } from '../../src/app/errors.js';
import { reportRecovery } from '../../src/app/recovery.js';
import type { IntakeInput } from '../../src/core/privacy/intake.js';
import { intake, P, world, type World } from './helpers.js';

let w: World;
beforeEach(() => { w = world(); });
afterEach(() => w.cleanup());

const report = (date: string, by: string, input: Record<string, unknown>) =>
  reportSickness(w.at(date), w.actor(by), input as unknown as IntakeInput);

describe('reportSickness', () => {
  it('opens a case for the employee with the manager on record and a stored next-due date', () => {
    const r = report('2026-03-02', P.piet, intake(P.anna, '2026-03-02'));
    expect(r.joined).toBe(false);
    expect(r.late).toBe(false);
    expect(r.needsCasemanager).toBe(false);
    expect(r.case.employeeId).toBe(P.anna);
    expect(r.case.managerOfRecordId).toBe(P.piet);
    expect(r.case.reporterIds).toEqual([P.piet]);
    expect(r.case.periods).toEqual([{ start: '2026-03-02', end: null }]);
    // the report itself is the ziekmelding bij de werkgever: recorded done today, never reminded
    expect(r.case.records).toEqual([expect.objectContaining({ stepId: 'ziekmelding-werkgever', kind: 'done', date: '2026-03-02', recordedBy: P.piet })]);
    // ziekmelding-arbodienst due Sun 2026-03-08 → reminder a week before (Sunday) moves back to Friday
    expect(r.case.nextDue).toBe('2026-02-27');
    const stored = w.store.cases.get(r.case.id)!;
    expect(stored.version).toBe(1);
    expect(stored.nextDue).toBe('2026-02-27');
    expect(r.colleagueNotice).toContain('Anna de Vries');
    const audit = w.store.audit.list({ caseId: r.case.id });
    expect(audit).toEqual([expect.objectContaining({ actorPersonId: P.piet, action: 'case.report', allowed: true })]);
  });

  it('accepts a self-report and records the AP-permitted answers', () => {
    const r = report('2026-03-02', P.anna, intake('self', '2026-03-01', { expectedDuration: 'longer', safetyNet: 'yes', phone: '06 12345678' }));
    expect(r.case.employeeId).toBe(P.anna);
    expect(r.case.managerOfRecordId).toBe(P.piet);
    expect(r.needsCasemanager).toBe(true);
    expect(r.conditions).toEqual({ insured: false, safetyNet: 'yes' });
    expect(r.case.intake).toMatchObject({ phone: '06 12345678', safetyNet: 'yes', expectedDuration: 'longer', address: null });
  });

  it('makes a colleague manager of record when the employee has none, else only a reporter', () => {
    const r1 = report('2026-03-02', P.ellen, intake(P.jan, '2026-03-02'));
    expect(r1.case.managerOfRecordId).toBe(P.ellen);
    const r2 = report('2026-03-02', P.ellen, intake(P.anna, '2026-03-02'));
    expect(r2.case.managerOfRecordId).toBe(P.piet);
    expect(r2.case.reporterIds).toEqual([P.ellen]);
  });

  it('warns about a late report only after more than 7 days', () => {
    expect(report('2026-03-09', P.piet, intake(P.anna, '2026-03-02')).late).toBe(false);
    w.cleanup(); w = world();
    expect(report('2026-03-10', P.piet, intake(P.anna, '2026-03-02')).late).toBe(true);
  });

  it('joins the previous case after 27 healthy days and reopens it', () => {
    const first = report('2026-03-02', P.piet, intake(P.anna, '2026-03-02'));
    reportRecovery(w.at('2026-03-10'), w.actor(P.piet), { employeeRef: P.anna, date: '2026-03-10', kind: 'full' });
    // last sick day 2026-03-09; healthy 03-10 … 04-05 = 27 days; new first sick day 04-06
    const r = report('2026-04-06', P.piet, intake(P.anna, '2026-04-06'));
    expect(r.joined).toBe(true);
    expect(r.healthyDays).toBe(27);
    expect(r.previousPeriod).toEqual({ start: '2026-03-02', end: '2026-03-09' });
    expect(r.case.id).toBe(first.case.id);
    expect(r.case.closedOn).toBeNull();
    expect(r.case.periods).toEqual([{ start: '2026-03-02', end: '2026-03-09' }, { start: '2026-04-06', end: null }]);
    expect(w.store.cases.listByEmployee(P.anna)).toHaveLength(1);
  });

  it('starts a new case after 28 healthy days', () => {
    const first = report('2026-03-02', P.piet, intake(P.anna, '2026-03-02'));
    reportRecovery(w.at('2026-03-10'), w.actor(P.piet), { employeeRef: P.anna, date: '2026-03-10', kind: 'full' });
    const r = report('2026-04-07', P.piet, intake(P.anna, '2026-04-07'));
    expect(r.joined).toBe(false);
    expect(r.case.id).not.toBe(first.case.id);
    expect(r.case.periods).toEqual([{ start: '2026-04-07', end: null }]);
    expect(w.store.cases.listByEmployee(P.anna)).toHaveLength(2);
  });

  it('refuses kindly when the employee is already sick, or the date overlaps or lies ahead', () => {
    report('2026-03-02', P.piet, intake(P.anna, '2026-03-02'));
    expect(() => report('2026-03-05', P.piet, intake(P.anna, '2026-03-04'))).toThrow(ValidationError);
    try { report('2026-03-05', P.piet, intake(P.anna, '2026-03-04')); } catch (e) {
      expect((e as ValidationError).field).toBe('firstSickDay');
      expect((e as ValidationError).userMessage.nl).toMatch(/al ziek/);
    }
    expect(() => report('2026-03-05', P.piet, intake(P.jan, '2026-03-06'))).toThrow(ValidationError);
    reportRecovery(w.at('2026-03-10'), w.actor(P.piet), { employeeRef: P.anna, date: '2026-03-10', kind: 'full' });
    expect(() => report('2026-03-12', P.piet, intake(P.anna, '2026-03-09'))).toThrow(ValidationError);
    expect(w.store.cases.listByEmployee(P.jan)).toHaveLength(0);
  });

  it('refuses medical text, stores nothing and never the text', () => {
    const secret = 'Zijn rugpijnklachten na de knieoperatie';
    let err: unknown;
    try { report('2026-03-02', P.piet, intake(P.anna, '2026-03-02', { workHandover: secret, phone: '0612345678' })); } catch (e) { err = e; }
    expect(err).toBeInstanceOf(MedicalDataRefused);
    expect((err as MedicalDataRefused).fields).toEqual(['workHandover']);
    expect((err as MedicalDataRefused).categories.length).toBeGreaterThan(0);
    expect((err as Error).message).not.toContain('rugpijn');
    expect(w.store.cases.listByEmployee(P.anna)).toHaveLength(0);
    w.store.close();
    expect(w.dbBytes()).not.toContain('rugpijn');
    expect(w.dbBytes()).not.toContain('knieoperatie');
  });

  it('stores a business handover (positive control for the byte check above)', () => {
    report('2026-03-02', P.piet, intake(P.anna, '2026-03-02', { workHandover: 'Offerte project Zonnebloem naar Jan' }));
    w.store.close();
    expect(w.dbBytes()).toContain('Zonnebloem');
  });

  it('refuses holders of only external roles, audited', () => {
    expect(() => report('2026-03-02', P.bert, intake(P.anna, '2026-03-02'))).toThrow(NotAllowedError);
    const entries = w.store.audit.list({ actorPersonId: P.bert });
    expect(entries).toEqual([expect.objectContaining({ action: 'case.report', allowed: false, reason: 'refused.external-role' })]);
    expect(w.store.cases.listByEmployee(P.anna)).toHaveLength(0);
  });

  it('does not reach people of another employer, and rejects bad answers', () => {
    expect(() => report('2026-03-02', P.piet, intake(P.kees, '2026-03-02'))).toThrow(NotFoundError);
    expect(() => report('2026-03-02', P.piet, intake(P.anna, '2026-03-02', { expectedDuration: 'forever' }))).toThrow(ValidationError);
  });
});
