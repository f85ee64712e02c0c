import { describe, expect, it } from 'vitest';
import { parseCommand } from '../../../flows/grammar/parse.js';
import type { ParsedCommand } from '../../../flows/grammar/types.js';

const self = { kind: 'self' } as const;
const name = (text: string) => ({ kind: 'name', text }) as const;
const mention = (userId: string) => ({ kind: 'mention', userId }) as const;

// [typed line, expected command (compared exactly)]
const CASES: Array<[string, ParsedCommand]> = [
  // sick report, Dutch
  ['ziek', { locale: 'nl', intent: 'sick-report' }],
  ['ziekmelding', { locale: 'nl', intent: 'sick-report' }],
  ['Ziekmelding voor Piet Jansen', { locale: 'nl', intent: 'sick-report', subject: name('Piet Jansen') }],
  ['ik ben ziek', { locale: 'nl', intent: 'sick-report', subject: self }],
  ['Ik ben vandaag ziek.', { locale: 'nl', intent: 'sick-report', subject: self }],
  ['Hoi, ik meld me ziek', { locale: 'nl', intent: 'sick-report', subject: self }],
  ['Jan is ziek', { locale: 'nl', intent: 'sick-report', subject: name('Jan') }],
  ['Jan Bakker is ziek', { locale: 'nl', intent: 'sick-report', subject: name('Jan Bakker') }],
  ['meld Jan ziek', { locale: 'nl', intent: 'sick-report', subject: name('Jan') }],
  ['meld <@U024BE7LH> ziek', { locale: 'nl', intent: 'sick-report', subject: mention('U024BE7LH') }],
  ['meld mij ziek', { locale: 'nl', intent: 'sick-report', subject: self }],
  ['Fatima El Amrani heeft zich ziek gemeld', { locale: 'nl', intent: 'sick-report', subject: name('Fatima El Amrani') }],
  ['/verzuim ziek', { locale: 'nl', intent: 'sick-report' }],
  ['/ziek', { locale: 'nl', intent: 'sick-report' }],
  // sick report, English
  ['sick', { locale: 'en', intent: 'sick-report' }],
  ["I'm sick", { locale: 'en', intent: 'sick-report', subject: self }],
  ['I’m sick today', { locale: 'en', intent: 'sick-report', subject: self }],
  ['im ill', { locale: 'en', intent: 'sick-report', subject: self }],
  ['calling in sick', { locale: 'en', intent: 'sick-report', subject: self }],
  ['report Jan sick', { locale: 'en', intent: 'sick-report', subject: name('Jan') }],
  ['report @Anna sick', { locale: 'en', intent: 'sick-report', subject: name('Anna') }],
  ['report me sick', { locale: 'en', intent: 'sick-report', subject: self }],
  ['Jan is sick', { locale: 'en', intent: 'sick-report', subject: name('Jan') }],
  ['sick report for <@W1>', { locale: 'en', intent: 'sick-report', subject: mention('W1') }],
  // recovery
  ['beter', { locale: 'nl', intent: 'recovery' }],
  ['hersteld', { locale: 'nl', intent: 'recovery' }],
  ['herstelmelding', { locale: 'nl', intent: 'recovery' }],
  ['herstelmelding voor Jan', { locale: 'nl', intent: 'recovery', subject: name('Jan') }],
  ['Jan is beter', { locale: 'nl', intent: 'recovery', subject: name('Jan') }],
  ['Jan is weer hersteld!', { locale: 'nl', intent: 'recovery', subject: name('Jan') }],
  ['Zoë is beter', { locale: 'nl', intent: 'recovery', subject: name('Zoë') }],
  ['ik ben weer aan het werk', { locale: 'nl', intent: 'recovery', subject: self }],
  ['meld Piet beter', { locale: 'nl', intent: 'recovery', subject: name('Piet') }],
  ['gedeeltelijk hersteld', { locale: 'nl', intent: 'recovery', extent: 'partial' }],
  ['Anna is deels hersteld', { locale: 'nl', intent: 'recovery', subject: name('Anna'), extent: 'partial' }],
  ['recovered', { locale: 'en', intent: 'recovery' }],
  ['better', { locale: 'en', intent: 'recovery' }],
  ["I'm back", { locale: 'en', intent: 'recovery', subject: self }],
  ['I am back at work', { locale: 'en', intent: 'recovery', subject: self }],
  ['report Anna recovered', { locale: 'en', intent: 'recovery', subject: name('Anna') }],
  ['Jan is back', { locale: 'en', intent: 'recovery', subject: name('Jan') }],
  ['Jan is partially recovered', { locale: 'en', intent: 'recovery', subject: name('Jan'), extent: 'partial' }],
  // status
  ['status', { intent: 'status' }],
  ['status Jan', { intent: 'status', subject: name('Jan') }],
  ['status <@U1>', { intent: 'status', subject: mention('U1') }],
  ['/verzuim status <@U1|jan>', { intent: 'status', subject: mention('U1') }],
  ['status van Jan van Dijk', { locale: 'nl', intent: 'status', subject: name('Jan van Dijk') }],
  ['status de Vries', { intent: 'status', subject: name('de Vries') }],
  ['welke stap is nu aan de beurt voor Jan?', { locale: 'nl', intent: 'status', subject: name('Jan') }],
  ['Welke stappen zijn aan de beurt bij Anna de Vries', { locale: 'nl', intent: 'status', subject: name('Anna de Vries') }],
  ['wat is de status van Jan', { locale: 'nl', intent: 'status', subject: name('Jan') }],
  ['hoe staat het met Piet?', { locale: 'nl', intent: 'status', subject: name('Piet') }],
  ['mijn status', { locale: 'nl', intent: 'status', subject: self }],
  ["what's next for Jan", { locale: 'en', intent: 'status', subject: name('Jan') }],
  ['which step is due for Jan?', { locale: 'en', intent: 'status', subject: name('Jan') }],
  ['what is the status of Fatima', { locale: 'en', intent: 'status', subject: name('Fatima') }],
  ['next steps for <@U9>', { locale: 'en', intent: 'status', subject: mention('U9') }],
  // tasks
  ['taken', { locale: 'nl', intent: 'tasks' }],
  ['mijn taken', { locale: 'nl', intent: 'tasks' }],
  ['wat moet ik doen?', { locale: 'nl', intent: 'tasks' }],
  ['Wat moet ik vandaag nog doen', { locale: 'nl', intent: 'tasks' }],
  ['tasks', { locale: 'en', intent: 'tasks' }],
  ['what do I need to do', { locale: 'en', intent: 'tasks' }],
  ['What should I do?', { locale: 'en', intent: 'tasks' }],
  ['todo', { intent: 'tasks' }],
  ['to-do', { intent: 'tasks' }],
  // checklist
  ['checklist', { intent: 'checklist' }],
  ['checklist Jan Bakker', { intent: 'checklist', subject: name('Jan Bakker') }],
  ['checklist van Anna de Vries', { locale: 'nl', intent: 'checklist', subject: name('Anna de Vries') }],
  ['checklist for <@U77>', { locale: 'en', intent: 'checklist', subject: mention('U77') }],
  ['my checklist', { locale: 'en', intent: 'checklist', subject: self }],
  // roles
  ['rol', { locale: 'nl', intent: 'role' }],
  ['rol toekennen', { locale: 'nl', intent: 'role', action: 'assign' }],
  ['rol toekennen @Jan leidinggevende', { locale: 'nl', intent: 'role', action: 'assign', subject: name('Jan'), role: 'manager' }],
  ['rol toekennen <@U123> casemanager td voor zaak C-42',
    { locale: 'nl', intent: 'role', action: 'assign', subject: mention('U123'), role: 'casemanager-td', caseId: 'C-42' }],
  ['rol toekennen <@U1> casemanager-td', { locale: 'nl', intent: 'role', action: 'assign', subject: mention('U1'), role: 'casemanager-td' }],
  ['rol intrekken Jan verzekeraar', { locale: 'nl', intent: 'role', action: 'revoke', subject: name('Jan'), role: 'insurer' }],
  ['rol toekennen Piet Jansen als arbeidsdeskundige zaak K7',
    { locale: 'nl', intent: 'role', action: 'assign', subject: name('Piet Jansen'), role: 'arbeidsdeskundige', caseId: 'K7' }],
  ['geef Anna de rol loonwaardedeskundige', { locale: 'nl', intent: 'role', action: 'assign', subject: name('Anna'), role: 'loonwaardedeskundige' }],
  ['role assign @Fatima El Amrani insurer for case abc123',
    { locale: 'en', intent: 'role', action: 'assign', subject: name('Fatima El Amrani'), role: 'insurer', caseId: 'abc123' }],
  ['role revoke <@U9> hr', { locale: 'en', intent: 'role', action: 'revoke', subject: mention('U9'), role: 'hr' }],
  ['role assign <@U2> company doctor', { locale: 'en', intent: 'role', action: 'assign', subject: mention('U2'), role: 'bedrijfsarts' }],
  ['assign role casemanager to Jan Bakker', { locale: 'en', intent: 'role', action: 'assign', subject: name('Jan Bakker'), role: 'casemanager' }],
  // language
  ['taal en', { locale: 'nl', intent: 'language', target: 'en' }],
  ['taal', { locale: 'nl', intent: 'language' }],
  ['language nl', { locale: 'en', intent: 'language', target: 'nl' }],
  ['in het Engels', { locale: 'nl', intent: 'language', target: 'en' }],
  ['in English please', { locale: 'en', intent: 'language', target: 'en' }],
  ['Nederlands', { locale: 'nl', intent: 'language', target: 'nl' }],
  ['switch to Dutch', { locale: 'en', intent: 'language', target: 'nl' }],
  // weekly digest
  ['overzicht aan', { locale: 'nl', intent: 'digest', turn: 'on' }],
  ['overzicht uit', { locale: 'nl', intent: 'digest', turn: 'off' }],
  ['digest aan', { locale: 'nl', intent: 'digest', turn: 'on' }],
  ['zet het weekoverzicht uit', { locale: 'nl', intent: 'digest', turn: 'off' }],
  ['overzicht', { locale: 'nl', intent: 'digest' }],
  ['digest on', { locale: 'en', intent: 'digest', turn: 'on' }],
  ['digest off please', { locale: 'en', intent: 'digest', turn: 'off' }],
  ['turn on weekly digest', { locale: 'en', intent: 'digest', turn: 'on' }],
  ['digest', { intent: 'digest' }],
  // help
  ['help', { intent: 'help' }],
  ['HELP!!!', { intent: 'help' }],
  ['?', { intent: 'help' }],
  ['', { intent: 'help' }],
  ['/verzuim', { intent: 'help' }],
  ['hallo', { intent: 'help' }],
  ['wat kun je?', { locale: 'nl', intent: 'help' }],
  ['what can you do', { locale: 'en', intent: 'help' }],
  // typos (≤ 1 edit for 4–6 letters, ≤ 2 above)
  ['zeik', { locale: 'nl', intent: 'sick-report' }],
  ['ziekmledign', { locale: 'nl', intent: 'sick-report' }],
  ['zeikmelding voor Jan', { locale: 'nl', intent: 'sick-report', subject: name('Jan') }],
  ['sikc', { locale: 'en', intent: 'sick-report' }],
  ['reoprt Jan sick', { locale: 'en', intent: 'sick-report', subject: name('Jan') }],
  ['herstelmeldnig', { locale: 'nl', intent: 'recovery' }],
  ['recoverd', { locale: 'en', intent: 'recovery' }],
  ['statsu Jan', { intent: 'status', subject: name('Jan') }],
  ['welke stap is nu aan de buert voor Jan', { locale: 'nl', intent: 'status', subject: name('Jan') }],
  ['whcih step is due for Jan', { locale: 'en', intent: 'status', subject: name('Jan') }],
  ['taakn', { locale: 'nl', intent: 'tasks' }],
  ['taksk', { locale: 'en', intent: 'tasks' }],
  ['checklsit van Anna', { locale: 'nl', intent: 'checklist', subject: name('Anna') }],
  ['rol toekennen <@U1> leidinggeevnde', { locale: 'nl', intent: 'role', action: 'assign', subject: mention('U1'), role: 'manager' }],
  ['Hlep', { intent: 'help' }],
  ['overzicth aan', { locale: 'nl', intent: 'digest', turn: 'on' }],
  ['digets off', { locale: 'en', intent: 'digest', turn: 'off' }],
];

describe('parseCommand', () => {
  it.each(CASES)('%j', (line, expected) => {
    expect(parseCommand(line)).toEqual(expected);
  });
});

// Lines that must not be taken for a command: beyond the typo budget, extra words, or not a command at all.
const UNKNOWN: string[] = [
  'zk', // too short to correct
  'zikemledin', // three edits from 'ziekmelding': beyond the budget of 2
  'stuatst', // two edits from 'status' (6 letters): budget is 1
  'mijn rug doet pijn',
  'Jan is ziek want griep',
  'ik ben ziek door de werkdruk',
  'ziek want migraine',
  'ziek sinds gisteren',
  'sick because of the flu',
  'beter dan gisteren',
  'wat is het weer',
  'taal fr',
  'status Jan Bakker de Vries van Dijk',
  'ziekmldngg',
  'stts',
  'help status',
  'taken taken taken',
  'overzicht aam', // 'aan' and 'uit' are too short to correct: a typo never flips the switch
  'digest of',
];

describe('parseCommand: not understood', () => {
  it.each(UNKNOWN)('%j is unknown', (line) => {
    expect(parseCommand(line).intent).toBe('unknown');
  });

  it('never echoes the typed words in an unknown result', () => {
    const out = JSON.stringify(parseCommand('Jan is ziek want griep'));
    expect(out).not.toMatch(/griep|want/);
  });

  it('offers exactly two different suggestions, the closest first', () => {
    const r = parseCommand('ziek want migraine sinds gisteren');
    expect(r.intent).toBe('unknown');
    if (r.intent !== 'unknown') return;
    expect(r.suggestions).toHaveLength(2);
    expect(r.suggestions[0]).toEqual({ intent: 'sick-report', command: 'ziek' });
    expect(r.suggestions[1].intent).not.toBe('sick-report');
  });

  it('suggests in the detected language, else in the user language', () => {
    const en = parseCommand('which steps for my colleague whatever');
    expect(en.intent === 'unknown' && en.suggestions.map((s) => s.intent)).toEqual(['status', 'help']);
    expect(en.intent === 'unknown' && en.locale).toBe('en');
    const plain = parseCommand('xyzzy', { locale: 'en' });
    expect(plain).toEqual({ intent: 'unknown', suggestions: [{ intent: 'help', command: 'help' }, { intent: 'tasks', command: 'tasks' }] });
    const nl = parseCommand('xyzzy');
    expect(nl.intent === 'unknown' && nl.suggestions[1].command).toBe('taken');
  });

  it('carries a mention into a person suggestion', () => {
    const r = parseCommand('status <@U5> <@U6>');
    expect(r.intent === 'unknown' && r.suggestions[0]).toEqual({ intent: 'status', command: 'status <@U5>' });
  });

  it('ignores lines that are far too long', () => {
    expect(parseCommand(`status ${'Jan '.repeat(200)}`).intent).toBe('unknown');
    expect(parseCommand(`ziek ${' '.repeat(300)}`).intent).toBe('sick-report');
    expect(parseCommand(`meld Jan ziek ${'x'.repeat(300)}`).intent).toBe('unknown');
  });
});
