// Fuzzing the command grammar (flows/grammar/parse.ts): any typed line gives a known intent, fast (no
// catastrophic backtracking), and an unknown line never carries the typed text back. (A known command may carry
// a typed name — "ziek Jan" — so medical lines are stopped before the grammar, by the router's guard: the bot-level
// fuzz in storedText.test.ts checks that no reply echoes them.)
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCommand } from '../../flows/grammar/parse.js';
import { INTENTS } from '../../flows/grammar/types.js';
import { FUZZ_RUNS, hostileText, MEDICAL, PARAMS } from './support.js';

const words = fc.constantFrom(
  'ziek', 'sick', 'beter', 'recovered', 'status', 'taken', 'tasks', 'checklist', 'rol', 'role', 'toekennen', 'intrekken',
  'assign', 'revoke', 'taal', 'language', 'nl', 'en', 'help', 'hr', 'casemanager', '<@U0PIET0001>', '<@U0ANNA0001|anna>',
  'Jan', 'Anna de Vries', 'gedeeltelijk', 'mezelf', 'ik', 'ben', 'van', '/verzuim', '?', 'c_123', '@', '<@', '>',
);
const commands = fc.constantFrom(
  'ziek', 'ik ben ziek', 'sick', 'Jan is ziek', 'beter', 'ik ben weer beter', 'gedeeltelijk hersteld', 'recovered', 'status',
  'status <@U0PIET0001>', 'status Anna de Vries', 'taken', 'wat moet ik doen?', 'tasks', 'checklist Jan', 'rol toekennen <@U0JAN0001> casemanager',
  'role revoke <@U0JAN0001> hr', 'taal en', 'language nl', 'help', 'welke stap is nu aan de beurt voor Jan?',
);
/** A command with up to three typos (a dropped, doubled or swapped character). */
const typoed = fc.tuple(commands, fc.array(fc.tuple(fc.nat(), fc.constantFrom('drop', 'double', 'swap')), { maxLength: 3 }))
  .map(([c, typos]) => typos.reduce<string>((t, [at, how]) => {
    const i = at % Math.max(1, t.length - 1);
    if (how === 'drop') return t.slice(0, i) + t.slice(i + 1);
    if (how === 'double') return t.slice(0, i) + t[i] + t.slice(i);
    return t.slice(0, i) + (t[i + 1] ?? '') + t[i] + t.slice(i + 2);
  }, c));
const line = fc.oneof(
  typoed,
  hostileText,
  fc.array(fc.oneof(words, fc.string({ maxLength: 6 })), { maxLength: 12 }).map((w) => w.join(' ')),
  fc.array(words, { minLength: 200, maxLength: 400 }).map((w) => w.join(' ')),
  fc.string({ unit: 'grapheme', minLength: 1000, maxLength: 3000 }),
);

describe('grammar fuzzing', () => {
  it(`parses ${FUZZ_RUNS} random lines to a known intent without throwing, each within 250 ms`, () => {
    const intents = new Set<string>([...INTENTS, 'unknown']);
    const seen: Record<string, number> = {};
    let slowest = 0;
    parseCommand('warm up');
    fc.assert(fc.property(line, (text) => {
      const t0 = performance.now();
      const cmd = parseCommand(text);
      const ms = performance.now() - t0;
      slowest = Math.max(slowest, ms);
      expect(intents.has(cmd.intent), cmd.intent).toBe(true);
      seen[cmd.intent] = (seen[cmd.intent] ?? 0) + 1;
      expect(ms).toBeLessThan(250);
    }), PARAMS);
    console.log(`grammar fuzz: ${FUZZ_RUNS} lines, crashes 0, slowest ${slowest.toFixed(1)} ms, intents ${JSON.stringify(seen)}`);
    expect(Object.keys(seen).length).toBeGreaterThan(3);
  });

  it('never echoes the typed line in an unknown answer', () => {
    let unknown = 0;
    fc.assert(fc.property(fc.oneof(fc.constantFrom(...MEDICAL), hostileText), fc.constantFrom('', 'hallo ', 'graag ', 'please '), (m, prefix) => {
      const cmd = parseCommand(prefix + m);
      if (cmd.intent !== 'unknown' || m.trim().length < 12) return;
      unknown++;
      expect(JSON.stringify(cmd)).not.toContain(JSON.stringify(m.trim()).slice(1, -1));
    }), PARAMS);
    expect(unknown).toBeGreaterThan(0);
  });
});
