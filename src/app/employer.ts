// setEmployer: an employer's settings (insurer, own-risk Ziektewet, office hours, language), set by the operator.
import { z } from 'zod';
import { amsterdamDate } from '../core/calendar/amsterdam.js';
import { LOCALES } from '../core/i18n/locale.js';
import type { Employer, EmployerSettings } from '../ports/records.js';
import type { AppContext } from './context.js';
import { auditOperator } from './access.js';
import { ValidationError } from './errors.js';
import { MSG } from './messages.js';
import { withNextDue } from './timeline.js';

const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;
/** A settings patch as accepted at the edge. */
export const employerSettingsSchema = z.object({
  insured: z.boolean().optional(),
  ownRiskZiektewet: z.boolean().optional(),
  officeHours: z.object({ start: z.string().regex(HHMM), end: z.string().regex(HHMM) })
    .refine((h) => h.start < h.end, { message: 'start before end' }).optional(),
  language: z.enum(LOCALES).optional(),
}).strict();

/** Outcome: the employer with its new settings and how many open cases got a new next-due date. */
export interface EmployerSet {
  employer: Employer;
  created: boolean;
  casesRecomputed: number;
}

/**
 * Creates the employer if needed and applies the settings (operator action, audited). Insurance and own-risk
 * switch conditional steps, so every open case's stored next-due date is recomputed in the same transaction.
 */
export function setEmployer(ctx: AppContext, employerRef: string, settings: Partial<EmployerSettings>): EmployerSet {
  const parsed = employerSettingsSchema.safeParse(settings);
  if (!parsed.success) {
    const field = String(parsed.error.issues[0]?.path[0] ?? 'settings');
    throw new ValidationError(field, field === 'officeHours' ? MSG.officeHours : MSG.intakeInvalid);
  }
  const ref = employerRef.trim();
  if (!ref) throw new ValidationError('employer', MSG.employerNotFound);
  const today = amsterdamDate(ctx.now);
  return ctx.store.transaction(() => {
    const created = !ctx.store.employers.get(ref);
    ctx.store.employers.ensure(ref);
    const employer = ctx.store.employers.updateSettings(ref, parsed.data);
    let casesRecomputed = 0;
    for (const c of ctx.store.cases.listOpen(ref)) {
      const next = withNextDue(ctx.store, c, today);
      if (next.nextDue !== c.nextDue) {
        ctx.store.cases.update(next);
        casesRecomputed++;
      }
    }
    auditOperator(ctx, 'employer.configure');
    return { employer, created, casesRecomputed };
  });
}
