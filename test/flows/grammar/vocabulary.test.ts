import { describe, expect, it } from 'vitest';
import { COMPILED, compilePattern } from '../../../flows/grammar/match.js';
import { parseCommand } from '../../../flows/grammar/parse.js';
import { SUGGESTED_COMMANDS } from '../../../flows/grammar/suggest.js';
import { INTENTS } from '../../../flows/grammar/types.js';
import { ROLE_ALIASES } from '../../../flows/grammar/vocabulary.js';
import { ROLES } from '../../../src/core/roles.js';

describe('grammar data', () => {
  it('expands optional groups into every combination', () => {
    const variants = compilePattern({ intent: 'status', lang: 'nl', pattern: 'status [van {p}] [nu]' });
    expect(variants.map((v) => v.elements.length).sort()).toEqual([1, 2, 3, 4]);
  });

  it('has at least one phrasing per intent', () => {
    for (const intent of INTENTS) expect(COMPILED.some((p) => p.spec.intent === intent)).toBe(true);
  });

  it.each(INTENTS.flatMap((intent) => (['nl', 'en'] as const).map((l) => [intent, l] as const)))(
    'the suggested command for %s (%s) parses back to it',
    (intent, locale) => {
      expect(parseCommand(SUGGESTED_COMMANDS[intent][locale]).intent).toBe(intent);
    },
  );

  it('knows every role id, and every alias parses to its role', () => {
    expect(new Set(ROLE_ALIASES.map((r) => r.role))).toEqual(new Set(ROLES));
    for (const { role, aliases } of ROLE_ALIASES) {
      for (const alias of aliases) {
        const nl = parseCommand(`rol toekennen <@U1> ${alias}`);
        expect(nl, alias).toEqual({ locale: 'nl', intent: 'role', action: 'assign', subject: { kind: 'mention', userId: 'U1' }, role });
        const en = parseCommand(`role revoke <@U1> ${alias} for case K-1`);
        expect(en.intent === 'role' && [en.role, en.caseId], alias).toEqual([role, 'K-1']);
      }
    }
  });
});
