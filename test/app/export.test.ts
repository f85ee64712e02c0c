import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportPerson } from '../../src/app/export.js';
import { OPERATOR } from '../../src/app/context.js';
import { reportSickness } from '../../src/app/sickness.js';
import { completeStep } from '../../src/app/steps.js';
import { stepStatus } from '../../src/app/status.js';
import { NotAllowedError, NotFoundError } from '../../src/app/errors.js';
import type { IntakeInput } from '../../src/core/privacy/intake.js';
import { intake, P, world, type World } from './helpers.js';

let w: World;
let caseId: string;
beforeEach(() => {
  w = world();
  w.store.people.linkIdentity(P.anna, { platform: 'slack', tenantId: 'T1', userId: 'U0ANNA' });
  caseId = reportSickness(w.at('2026-03-02'), w.actor(P.anna), intake('self', '2026-03-02', { phone: '0612345678' }) as unknown as IntakeInput).case.id;
  completeStep(w.at('2026-03-03'), w.actor(P.piet), caseId, 'ziekmelding-arbodienst', { date: '2026-03-03' });
  stepStatus(w.at('2026-03-04'), w.actor(P.anna), { caseId });
});
afterEach(() => w.cleanup());

describe('exportPerson', () => {
  it('gives the person everything held about them', () => {
    const x = exportPerson(w.at('2026-03-05'), w.actor(P.anna), 'self');
    expect(x.person).toMatchObject({ id: P.anna, name: 'Anna de Vries', email: 'anna@example.nl', managerPersonId: P.piet });
    expect(x.person.identities).toEqual([{ platform: 'slack', tenantId: 'T1', userId: 'U0ANNA' }]);
    expect(x.roles).toEqual([]);
    expect(x.cases).toHaveLength(1);
    expect(x.cases[0]).toMatchObject({ id: caseId, intake: { phone: '0612345678' }, periods: [{ start: '2026-03-02', end: null }] });
    expect(x.cases[0].records).toEqual([
      expect.objectContaining({ stepId: 'ziekmelding-werkgever', kind: 'done', recordedBy: P.anna }),
      expect.objectContaining({ stepId: 'ziekmelding-arbodienst', kind: 'done', recordedBy: P.piet }),
    ]);
    expect(x.audit.map((e) => e.action)).toEqual(['case.report', 'case.read.process', 'person.export']);
    expect(x.audit.every((e) => e.actorPersonId === P.anna)).toBe(true);
    expect(JSON.parse(JSON.stringify(x)).exportedAt).toBe(w.at('2026-03-05').now.toISOString());
  });

  it('lets HR export only on the person’s request, and nobody else', () => {
    expect(() => exportPerson(w.at('2026-03-05'), w.actor(P.fatima), P.anna)).toThrow(NotAllowedError);
    expect(exportPerson(w.at('2026-03-05'), w.actor(P.fatima), P.anna, { requestedBySubject: true }).person.id).toBe(P.anna);
    expect(() => exportPerson(w.at('2026-03-05'), w.actor(P.piet), P.anna, { requestedBySubject: true })).toThrow(NotAllowedError);
    expect(w.store.audit.list({ actorPersonId: P.piet }).at(-1)).toMatchObject({ action: 'person.export', allowed: false, caseId: null });
  });

  it('runs as the operator, audited without a person', () => {
    const x = exportPerson(w.at('2026-03-05'), OPERATOR, 'U0ANNA');
    expect(x.person.id).toBe(P.anna);
    expect(w.store.audit.list().at(-1)).toMatchObject({ actorPersonId: null, action: 'person.export', allowed: true, reason: 'cli.operator' });
    expect(() => exportPerson(w.at('2026-03-05'), OPERATOR, 'nobody@example.nl')).toThrow(NotFoundError);
  });
});
