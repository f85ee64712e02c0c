import { describe, expect, it } from 'vitest';
import {
  guardIntake, INTAKE_FIELDS, intakeSchema, lateReport, makeIntakeSchema,
} from '../../../src/core/privacy/intake.js';

const VALID = {
  employee: 'U024BE7LH',
  firstSickDay: '2026-03-02',
  phone: '+31 6 1234 5678',
  address: '',
  expectedDuration: 'weeks',
  workHandover: 'Piet neemt de offertes voor klant Bakker over.',
  workAccident: 'no',
  trafficAccidentThirdParty: 'unknown',
  safetyNet: 'undisclosed',
};

describe('INTAKE_FIELDS', () => {
  it('asks exactly the questions of domain.md §5, with their option values', () => {
    const shape = INTAKE_FIELDS.map((f) => [f.id, f.type, f.options.map((o) => o.value).join('|')]);
    expect(shape).toEqual([
      ['employee', 'person', ''],
      ['firstSickDay', 'date', ''],
      ['phone', 'text', ''],
      ['address', 'text', ''],
      ['expectedDuration', 'choice', 'days|week|weeks|longer|unknown'],
      ['workHandover', 'text', ''],
      ['workAccident', 'choice', 'yes|no|unknown'],
      ['trafficAccidentThirdParty', 'choice', 'yes|no|unknown'],
      ['safetyNet', 'choice', 'yes|no|undisclosed'],
    ]);
    expect(INTAKE_FIELDS.filter((f) => !f.required).map((f) => f.id)).toEqual(['phone', 'address', 'workHandover']);
  });

  it('labels and explains every field and option in Dutch and English', () => {
    for (const f of INTAKE_FIELDS) {
      for (const t of [f.label, f.help, ...f.options.map((o) => o.label)]) {
        expect(t.nl.trim().length, f.id).toBeGreaterThan(1);
        expect(t.en.trim().length, f.id).toBeGreaterThan(1);
      }
      expect(f.help.nl).not.toEqual(f.help.en);
    }
    const safetyNet = INTAKE_FIELDS.find((f) => f.id === 'safetyNet')!;
    expect(safetyNet.help.nl).toMatch(/welke regeling het is, vragen we nooit/i);
    expect(safetyNet.help.en).toMatch(/never ask which rule/);
  });

  it('never asks about the nature, cause or work-relatedness of the absence', () => {
    const text = JSON.stringify(INTAKE_FIELDS.map((f) => [f.label, f.options])).toLowerCase();
    for (const banned of ['oorzaak', 'klacht', 'diagnose', 'werkgerelateerd', 'cause', 'diagnosis', 'symptom', 'work-related']) {
      expect(text).not.toContain(banned);
    }
  });
});

describe('intakeSchema', () => {
  it('accepts a complete submission, trims text and turns empty text into null', () => {
    const r = intakeSchema.parse({ ...VALID, employee: '  U024BE7LH ', workHandover: '  Offertes  \n  naar Piet  ' });
    expect(r).toEqual({
      employee: 'U024BE7LH', firstSickDay: '2026-03-02', phone: '+31 6 1234 5678', address: null,
      expectedDuration: 'weeks', workHandover: 'Offertes\nnaar Piet', workAccident: 'no',
      trafficAccidentThirdParty: 'unknown', safetyNet: 'undisclosed',
    });
    const minimal = intakeSchema.parse({ employee: 'anna', firstSickDay: '2026-03-02', expectedDuration: 'unknown', workAccident: 'unknown', trafficAccidentThirdParty: 'no', safetyNet: 'no' });
    expect(minimal).toMatchObject({ phone: null, address: null, workHandover: null });
  });

  it('refuses impossible dates, wrong options and missing answers', () => {
    for (const bad of [
      { firstSickDay: '2026-02-30' }, { firstSickDay: '02-03-2026' }, { firstSickDay: '' },
      { expectedDuration: 'forever' }, { workAccident: 'maybe' }, { safetyNet: 'unknown' },
      { trafficAccidentThirdParty: 'undisclosed' }, { employee: '   ' }, { safetyNet: undefined },
    ]) {
      expect(intakeSchema.safeParse({ ...VALID, ...bad }).success, JSON.stringify(bad)).toBe(false);
    }
  });

  it('refuses any question that is not on the list, without naming it', () => {
    const r = intakeSchema.safeParse({ ...VALID, reason: 'griep' });
    expect(r.success).toBe(false);
    if (!r.success) expect(JSON.stringify(r.error.issues)).not.toContain('reason');
  });

  it('accepts phone numbers leniently but refuses non-numbers', () => {
    for (const ok of ['0612345678', '06-12345678', '(020) 123 4567', '+31 (0)20 123 45 67', '+32 470 12 34 56']) {
      expect(intakeSchema.safeParse({ ...VALID, phone: ok }).success, ok).toBe(true);
    }
    for (const bad of ['bel maar', '12345', 'x'.repeat(40), '06 1234 5678 of thuis']) {
      expect(intakeSchema.safeParse({ ...VALID, phone: bad }).success, bad).toBe(false);
    }
  });

  it('limits text lengths', () => {
    expect(intakeSchema.safeParse({ ...VALID, address: 'a'.repeat(300) }).success).toBe(true);
    expect(intakeSchema.safeParse({ ...VALID, address: 'a'.repeat(301) }).success).toBe(false);
    expect(intakeSchema.safeParse({ ...VALID, workHandover: 'b'.repeat(1001) }).success).toBe(false);
  });

  it('with a today: defaults the first sick day to today and refuses the future', () => {
    const s = makeIntakeSchema('2026-03-10');
    const { firstSickDay: _omit, ...rest } = VALID;
    expect(s.parse(rest).firstSickDay).toBe('2026-03-10');
    expect(s.safeParse({ ...VALID, firstSickDay: '2026-03-10' }).success).toBe(true);
    expect(s.safeParse({ ...VALID, firstSickDay: '2026-03-11' }).success).toBe(false);
    // a typo years back is refused rather than starting a case in the past
    expect(s.safeParse({ ...VALID, firstSickDay: '2024-03-10' }).success).toBe(true);
    expect(s.safeParse({ ...VALID, firstSickDay: '2024-03-09' }).success).toBe(false);
    const leap = makeIntakeSchema('2024-03-05');
    expect(leap.safeParse({ ...VALID, firstSickDay: '2024-02-29' }).success).toBe(true);
    expect(leap.safeParse({ ...VALID, firstSickDay: '2023-02-29' }).success).toBe(false);
    expect(leap.safeParse({ ...VALID, firstSickDay: '2024-03-06' }).success).toBe(false);
  });

  it('never echoes a submitted value in its errors', () => {
    const secret = 'hernia-na-val-van-trap';
    for (const field of ['expectedDuration', 'workAccident', 'trafficAccidentThirdParty', 'safetyNet', 'firstSickDay', 'phone']) {
      const r = intakeSchema.safeParse({ ...VALID, [field]: secret });
      expect(r.success).toBe(false);
      if (!r.success) {
        expect(JSON.stringify(r.error.issues)).not.toContain(secret);
        expect(r.error.message).not.toContain(secret);
      }
    }
  });
});

describe('lateReport', () => {
  it('warns when the first sick day is more than 7 days ago', () => {
    expect(lateReport('2026-03-03', '2026-03-10')).toBe(false);
    expect(lateReport('2026-03-02', '2026-03-10')).toBe(true);
    expect(lateReport('2026-03-10', '2026-03-10')).toBe(false);
    expect(lateReport('2024-02-22', '2024-03-01')).toBe(true);
    expect(lateReport('2024-02-23', '2024-03-01')).toBe(false);
  });
});

describe('guardIntake', () => {
  it('names the refused fields and categories, never the text', () => {
    const text = 'Anna heeft een hernia en gaat naar de fysiotherapeut';
    const r = guardIntake({ phone: '0612345678', address: 'Dorpsstraat 1, Utrecht', workHandover: text });
    expect(r.medical).toBe(true);
    expect(Object.keys(r.refused)).toEqual(['workHandover']);
    expect(r.refused.workHandover!.length).toBeGreaterThan(0);
    expect(JSON.stringify(r)).not.toContain('hernia');
  });

  it('lets ordinary handovers and empty fields through', () => {
    expect(guardIntake({ workHandover: VALID.workHandover, address: null, phone: undefined })).toEqual({ medical: false, refused: {} });
    expect(guardIntake({})).toEqual({ medical: false, refused: {} });
  });

  it('checks the address too', () => {
    expect(guardIntake({ address: 'opgenomen in het ziekenhuis na een hartinfarct' }).refused.address).toBeDefined();
  });
});
