import { describe, expect, it } from 'vitest';
import { colleagueNotice, formatDayMonth } from '../../../src/core/privacy/colleagueNotice.js';

describe('colleagueNotice', () => {
  it('says absent, the expected return and who takes over what, in Dutch', () => {
    expect(colleagueNotice({
      employeeName: 'Anna', expectedReturn: '2026-03-12', locale: 'nl',
      handovers: [{ who: 'Piet', what: 'de offertes' }, { who: 'Fatima', what: 'het overleg met klant Bakker' }],
    })).toBe('Anna is afwezig, verwacht terug rond 12 maart; Piet neemt de offertes over; Fatima neemt het overleg met klant Bakker over.');
  });

  it('speaks English on request', () => {
    expect(colleagueNotice({ employeeName: 'Anna de Vries', expectedReturn: '2026-03-01', locale: 'en', handovers: [{ who: 'Jan', what: 'the planning' }] }))
      .toBe('Anna de Vries is away, expected back around 1 March; Jan takes over the planning.');
  });

  it('leaves out the return date when unknown', () => {
    expect(colleagueNotice({ employeeName: 'Jan Bakker', expectedReturn: null, locale: 'nl', handovers: [] })).toBe('Jan Bakker is afwezig.');
    expect(colleagueNotice({ employeeName: 'Jan Bakker', expectedReturn: null, locale: 'en', handovers: [] })).toBe('Jan Bakker is away.');
  });

  it('leaves out a handover the guard refuses, and any that mentions sickness', () => {
    const notice = colleagueNotice({
      employeeName: 'Anna', expectedReturn: null, locale: 'nl',
      handovers: [
        { who: 'Piet', what: 'de offertes' },
        { who: 'Jan', what: 'haar afspraken, ze heeft een hernia' },
        { who: 'Fatima', what: 'de ziekmeldingen van het team' },
        { who: 'Kees', what: '   ' },
      ],
    });
    expect(notice).toBe('Anna is afwezig; Piet neemt de offertes over.');
    expect(notice.toLowerCase()).not.toContain('ziek');
    expect(notice).not.toContain('hernia');
  });

  it('keeps a handover on one line and short', () => {
    const notice = colleagueNotice({ employeeName: 'Anna', expectedReturn: null, locale: 'nl', handovers: [{ who: 'Piet', what: 'de offertes\n\nen  de planning.' }] });
    expect(notice).toBe('Anna is afwezig; Piet neemt de offertes en de planning over.');
    const long = colleagueNotice({ employeeName: 'Anna', expectedReturn: null, locale: 'nl', handovers: [{ who: 'Piet', what: 'offerte '.repeat(60) }] });
    expect(long.length).toBeLessThan(260);
    expect(long).toContain('…');
  });

  it('never says sick or gives a reason, in either language', () => {
    for (const locale of ['nl', 'en'] as const) {
      const n = colleagueNotice({ employeeName: 'Anna', expectedReturn: '2026-12-24', locale, handovers: [{ who: 'Piet', what: 'de offertes' }] }).toLowerCase();
      for (const w of ['ziek', 'sick', ' ill', 'omdat', 'because', 'reden', 'reason']) expect(n).not.toContain(w);
    }
  });
});

describe('formatDayMonth', () => {
  it('writes dates the Dutch way and adds the year only when it differs', () => {
    expect(formatDayMonth('2026-03-12', 'nl')).toBe('12 maart');
    expect(formatDayMonth('2026-01-05', 'nl')).toBe('5 januari');
    expect(formatDayMonth('2026-10-31', 'en')).toBe('31 October');
    expect(formatDayMonth('2027-01-04', 'nl', '2026-12-20')).toBe('4 januari 2027');
    expect(formatDayMonth('2026-12-24', 'nl', '2026-12-20')).toBe('24 december');
  });
});
