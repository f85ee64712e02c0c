import { describe, expect, it } from 'vitest';
import { en } from '../../../src/core/i18n/en.js';
import { nl, type MessageKey } from '../../../src/core/i18n/nl.js';
import { ROLES } from '../../../src/core/roles.js';
import { CATALOGS, joinList, placeholders, plural, roleName, t, translator } from '../../../src/core/i18n/translate.js';
import { localeFromTag, pickLocale } from '../../../src/core/i18n/negotiate.js';

const KEYS = Object.keys(nl) as MessageKey[];

describe('message catalogs', () => {
  it('have exactly the same keys in nl and en', () => {
    expect(Object.keys(en).sort()).toEqual([...KEYS].sort());
    expect(KEYS.length).toBeGreaterThan(150);
  });

  it.each(['nl', 'en'] as const)('have no empty or untrimmed text in %s', (locale) => {
    for (const key of KEYS) {
      const text = CATALOGS[locale][key];
      expect(text.trim(), key).not.toBe('');
      expect(text, key).toBe(text.trim());
    }
  });

  it('use the same placeholders in both languages', () => {
    const mismatched = KEYS.filter((k) => placeholders(nl[k]).join() !== placeholders(en[k]).join());
    expect(mismatched).toEqual([]);
  });

  it('have both plural forms, each using {count}', () => {
    const bases = KEYS.filter((k) => k.endsWith('_one')).map((k) => k.slice(0, -4));
    expect(bases.length).toBeGreaterThan(0);
    for (const b of bases) {
      expect(KEYS).toContain(`${b}_other`);
      for (const form of ['one', 'other']) expect(placeholders(nl[`${b}_${form}` as MessageKey]), b).toContain('count');
    }
    expect(KEYS.filter((k) => k.endsWith('_other')).length).toBe(bases.length);
  });

  it('differ between languages except for a few shared words', () => {
    const same = KEYS.filter((k) => nl[k] === en[k]);
    expect(same).toEqual(['role.hr', 'step.movedFrom', 'step.state.open', 'digest.caseLine']);
  });

  it('name every role', () => {
    for (const role of ROLES) {
      expect(roleName('nl', role)).toBe(nl[`role.${role}`]);
      expect(roleName('en', role)).not.toBe('');
    }
    expect(roleName('nl', 'manager')).toBe('leidinggevende');
    expect(roleName('en', 'insurer')).toBe('insurer');
  });
});

describe('t()', () => {
  it('fills parameters and falls back to Dutch for an unknown locale', () => {
    expect(t('nl', 'sick.confirmed', { name: 'Jan Bakker', date: 'ma 16 februari 2026' }))
      .toBe('Ziekmelding van Jan Bakker vastgelegd, eerste ziektedag ma 16 februari 2026.');
    expect(t('en', 'date.week', { week: 9, total: 104 })).toBe('Week 9 of 104');
    expect(t('nl', 'date.week', { week: 9, total: 104 })).toBe('Week 9 van 104');
    expect(t('xx' as 'nl', 'button.done')).toBe('Klaar');
    expect(t('en', 'button.deviate')).toBe('Deviate with reason');
  });

  it('checks parameters at compile time', () => {
    // @ts-expect-error a missing parameter is a type error
    expect(t('nl', 'sick.confirmed')).toContain('{name}');
    // @ts-expect-error a key without placeholders takes no parameters
    expect(t('nl', 'button.done', { x: 1 })).toBe('Klaar');
    // @ts-expect-error unknown keys do not compile
    expect(() => t('nl', 'no.such.key').length).toThrow();
  });

  it('does not interpret placeholders inside parameter values', () => {
    expect(t('nl', 'refusal.ambiguous', { name: '{name}' })).toBe('Welke {name} bedoel je?');
    expect(t('en', 'roles.assigned', { name: 'Anna $& de Vries', role: 'HR' })).toBe('Anna $& de Vries is now HR.');
  });
});

describe('plural() and joinList()', () => {
  it('picks one for exactly 1, other otherwise', () => {
    expect(plural('nl', 'date.inDays', 1)).toBe('over 1 dag');
    expect(plural('nl', 'date.inDays', 3)).toBe('over 3 dagen');
    expect(plural('en', 'date.daysOverdue', 0)).toBe('0 days overdue');
    expect(plural('en', 'tasks.some', 1)).toBe('You have 1 open task.');
  });
  it('joins lists per language', () => {
    expect(joinList('nl', [])).toBe('');
    expect(joinList('nl', ['leidinggevende'])).toBe('leidinggevende');
    expect(joinList('nl', ['leidinggevende', 'werknemer'])).toBe('leidinggevende en werknemer');
    expect(joinList('en', ['manager', 'employee', 'case manager'])).toBe('manager, employee and case manager');
  });
});

describe('language choice', () => {
  it('reads platform locale tags', () => {
    expect(localeFromTag('nl-NL')).toBe('nl');
    expect(localeFromTag('en_GB')).toBe('en');
    expect(localeFromTag('EN')).toBe('en');
    expect(localeFromTag('de-DE')).toBeUndefined();
    expect(localeFromTag(undefined)).toBeUndefined();
  });
  it('prefers the first usable candidate and defaults to Dutch', () => {
    expect(pickLocale(null, 'fr-FR', 'en-US', 'nl')).toBe('en');
    expect(pickLocale(undefined, 'de')).toBe('nl');
  });
  it('binds a translator to a language', () => {
    const tr = translator('en');
    expect(tr('refusal.ambiguous', { name: 'Jan' })).toBe('Which Jan do you mean?');
  });
});
