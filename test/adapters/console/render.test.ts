import { describe, expect, it } from 'vitest';
import { answerField, fieldPrompt, renderForm } from '../../../adapters/console/form.js';
import { buttonForInput, looksLikeButtonNumber, renderReplies, renderReply } from '../../../adapters/console/render.js';
import { sanitize, shouldUseColor } from '../../../adapters/console/style.js';
import { stepButtons } from '../../../src/core/format/buttons.js';
import { message, type UiField, type UiForm, type UiHome } from '../../../src/core/ui.js';

const status = message(
  'Stand van zaken: Jan Bakker',
  { type: 'heading', text: 'Stand van zaken: Jan Bakker' },
  { type: 'text', text: 'Week 9 van 104' },
  { type: 'fields', items: [{ label: 'Te laat', value: 'Probleemanalyse' }, { label: 'Volgende stappen', value: 'Plan van aanpak' }] },
  { type: 'context', text: 'Grondslag: Regeling procesgang art. 4' },
  { type: 'divider' },
  { type: 'buttons', buttons: stepButtons('case-1', 'plan-van-aanpak', 'nl') },
);

describe('renderReply', () => {
  it('renders every block as plain text with numbered buttons', () => {
    const out = renderReply(status, { width: 10 });
    expect(out.text).toBe([
      '== Stand van zaken: Jan Bakker ==',
      'Week 9 van 104',
      '  Te laat:          Probleemanalyse',
      '  Volgende stappen: Plan van aanpak',
      '  Grondslag: Regeling procesgang art. 4',
      '----------',
      '[1] Klaar  [2] Niet van toepassing  [3] Afwijken met reden  [4] Bekijk zaak',
    ].join('\n'));
    expect(out.buttons.map((b) => [b.n, b.actionId, b.value])).toEqual([
      [1, 'step-done', 'case-1:plan-van-aanpak'],
      [2, 'step-not-applicable', 'case-1:plan-van-aanpak'],
      [3, 'step-deviate', 'case-1:plan-van-aanpak'],
      [4, 'case-show', 'case-1:plan-van-aanpak'],
    ]);
    expect(out.text).not.toContain('\x1b');
  });

  it('falls back to the summary for a message without blocks, and renders home content', () => {
    expect(renderReply({ kind: 'message', summary: 'Je hebt geen openstaande taken.', blocks: [] }).text).toBe('Je hebt geen openstaande taken.');
    const home: UiHome = { kind: 'home', blocks: [{ type: 'heading', text: 'Jouw taken' }, { type: 'text', text: 'Geen.' }] };
    expect(renderReply(home).text).toBe('== Jouw taken ==\nGeen.');
  });

  it('uses colours only when asked', () => {
    const colored = renderReply(status, { color: true }).text;
    expect(colored).toContain('\x1b[1m== Stand van zaken');
    expect(colored).toContain('\x1b[36m[1]\x1b[39m Klaar');
    expect(shouldUseColor({ isTTY: true }, {})).toBe(true);
    expect(shouldUseColor({ isTTY: false }, {})).toBe(false);
    expect(shouldUseColor({ isTTY: true }, { NO_COLOR: '' })).toBe(false);
    expect(shouldUseColor({}, { TERM: 'xterm' })).toBe(false);
  });

  it('strips terminal control characters from texts', () => {
    const evil = message('x', { type: 'text', text: 'Jan\x1b[2J\x1b]0;owned\x07 Bakker\u202e' });
    expect(renderReply(evil).text).toBe('Jan[2J]0;owned Bakker');
    expect(sanitize('a\r\nb\tc')).toBe('a\nb\tc');
  });
});

describe('renderReplies and buttonForInput', () => {
  const suggestions = message('Dat begreep ik niet', { type: 'text', text: 'Dat begreep ik niet helemaal. Bedoel je een van deze?' }, {
    type: 'buttons',
    buttons: [{ actionId: 'run-command', label: 'status', value: 'status' }, { actionId: 'run-command', label: 'help', value: 'help' }],
  });

  it('numbers buttons across replies and adds the hint once', () => {
    const out = renderReplies([suggestions, status], { locale: 'en' });
    expect(out.buttons.map((b) => b.n)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(out.text).toContain('[1] status  [2] help');
    expect(out.text).toContain('[3] Klaar  [4] Niet van toepassing');
    expect(out.text.endsWith('Type a number to press a button.')).toBe(true);
    expect(out.text.split('Type a number').length).toBe(2);
    expect(renderReplies([message('ok')]).text).toBe('ok');
  });

  it('maps a typed number back to the button', () => {
    const { buttons } = renderReplies([suggestions, status]);
    expect(buttonForInput(buttons, '4')).toMatchObject({ actionId: 'step-not-applicable', value: 'case-1:plan-van-aanpak' });
    expect(buttonForInput(buttons, ' [1] ')).toMatchObject({ actionId: 'run-command', value: 'status' });
    expect(buttonForInput(buttons, '#6')).toMatchObject({ actionId: 'case-show' });
    expect(buttonForInput(buttons, '7')).toBeNull();
    expect(buttonForInput(buttons, '0')).toBeNull();
    expect(buttonForInput(buttons, 'status 1')).toBeNull();
    expect(looksLikeButtonNumber('7')).toBe(true);
    expect(looksLikeButtonNumber('taken')).toBe(false);
  });
});

const fields: UiField[] = [
  { id: 'employee', type: 'person', label: 'Wie is er ziek?', required: true, initial: 'self' },
  { id: 'firstSickDay', type: 'date', label: 'Eerste ziektedag', required: true, initial: '2026-05-04' },
  {
    id: 'expectedDuration', type: 'choice', label: 'Hoe lang verwacht je weg te zijn?', required: true,
    options: [{ value: 'days', label: 'Een paar dagen' }, { value: 'week', label: 'Tot een week' }, { value: 'longer', label: 'Langer dan 6 weken' }],
  },
  { id: 'workHandover', type: 'multiline', label: 'Werk om over te dragen', help: 'Alleen werk en afspraken.', required: false, maxLength: 20 },
];
const form: UiForm = {
  kind: 'form', formId: 'sick-report', title: 'Ziekmelding', submitLabel: 'Versturen', fields,
  errors: { workHandover: 'Hier mag geen gezondheidsinformatie in.' },
};

describe('forms', () => {
  it('render as numbered prompts with options by value and label, defaults and errors', () => {
    const out = renderReplies([form]);
    expect(out.form).toBe(form);
    expect(out.text).toBe([
      '== Ziekmelding ==',
      '1. Wie is er ziek? (verplicht) [standaard: self]',
      '     een naam, of "ik" voor jezelf',
      '2. Eerste ziektedag (verplicht) [standaard: 2026-05-04]',
      '     JJJJ-MM-DD',
      '3. Hoe lang verwacht je weg te zijn? (verplicht)',
      '     Opties:',
      '       1) days = Een paar dagen',
      '       2) week = Tot een week',
      '       3) longer = Langer dan 6 weken',
      '4. Werk om over te dragen',
      '     Alleen werk en afspraken.',
      '     ! Hier mag geen gezondheidsinformatie in.',
    ].join('\n'));
    expect(renderForm(form, 'en')).toContain('1. Wie is er ziek? (required) [default: self]');
    expect(fieldPrompt(fields[2], 'en')).toContain('Options:\n    1) days = Een paar dagen');
  });

  it('read typed answers back into raw values', () => {
    const [person, date, choice, text] = fields;
    expect(answerField(person, '', 'nl')).toEqual({ ok: true, value: 'self' });
    expect(answerField(person, 'Ik', 'nl')).toEqual({ ok: true, value: 'self' });
    expect(answerField(person, 'Jan Bakker', 'nl')).toEqual({ ok: true, value: 'Jan Bakker' });
    expect(answerField(date, '', 'nl')).toEqual({ ok: true, value: '2026-05-04' });
    expect(answerField(date, '1-5-2026', 'nl')).toEqual({ ok: true, value: '2026-05-01' });
    expect(answerField(date, '2026-02-30', 'nl')).toEqual({ ok: false, error: 'Schrijf de datum als 2026-02-16.' });
    expect(answerField(choice, '3', 'nl')).toEqual({ ok: true, value: 'longer' });
    expect(answerField(choice, 'week', 'nl')).toEqual({ ok: true, value: 'week' });
    expect(answerField(choice, 'een paar dagen', 'nl')).toEqual({ ok: true, value: 'days' });
    expect(answerField(choice, '4', 'en')).toEqual({ ok: false, error: 'Pick one of the options.' });
    expect(answerField(choice, '', 'nl')).toEqual({ ok: false, error: 'Dit veld is verplicht.' });
    expect(answerField(text, '', 'nl')).toEqual({ ok: true, value: '' });
    expect(answerField(text, 'x'.repeat(21), 'nl')).toEqual({ ok: false, error: 'Maximaal 20 tekens.' });
  });
});
