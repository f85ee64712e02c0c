// Every abstract reply renders to an Adaptive Card that Microsoft's card library parses and
// validates without a single event, and the card ids/data follow the Teams interaction contract.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderReply, replyActivity } from '../../../adapters/teams/cards/index.js';
import { buttonData } from '../../../adapters/teams/cards/buttons.js';
import { plainText } from '../../../adapters/teams/cards/text.js';
import type { CardElement } from '../../../adapters/teams/cards/types.js';
import { parseSubmitData } from '../../../adapters/teams/parse.js';
import type { Reply, UiBlock, UiButton, UiField, UiForm } from '../../../src/core/ui.js';
import { INTAKE_FIELDS } from '../../../src/core/privacy/intake.js';
import { FIXED_REPLIES, deviateForm, refusedSickReportForm, reminderMessage, sickReportForm, suggestionMessage } from '../../fixtures/teams/replies.js';
import { cardProblems } from './helpers/validateCard.js';

const text = fc.oneof(fc.string({ maxLength: 80 }), fc.constantFrom('[klik](https://evil.example)', '**vet** _schuin_ `code`', '# kop\n- lijst\n1. een', 'Anna de Vries', ''));
const id = fc.stringMatching(/^[a-zA-Z][a-zA-Z0-9-]{0,20}$/);
const button: fc.Arbitrary<UiButton> = fc.record({
  actionId: fc.constantFrom('step-done', 'step-not-applicable', 'step-deviate', 'case-show', 'run-command', 'role-confirm'),
  label: fc.string({ minLength: 1, maxLength: 30 }),
  value: fc.oneof(fc.constantFrom('case-1:probleemanalyse', 'case-2', 'ziek Piet'), fc.string({ maxLength: 40 })),
  style: fc.option(fc.constantFrom('primary' as const, 'danger' as const), { nil: undefined }),
});
const block: fc.Arbitrary<UiBlock> = fc.oneof(
  fc.record({ type: fc.constant('heading' as const), text }),
  fc.record({ type: fc.constant('text' as const), text }),
  fc.record({ type: fc.constant('context' as const), text }),
  fc.record({ type: fc.constant('fields' as const), items: fc.array(fc.record({ label: text, value: text }), { maxLength: 6 }) }),
  fc.record({ type: fc.constant('buttons' as const), buttons: fc.array(button, { maxLength: 12 }) }),
  fc.constant({ type: 'divider' as const }),
);
const option = fc.record({ value: id, label: fc.string({ minLength: 1, maxLength: 20 }) });
const field = (fieldId: string): fc.Arbitrary<UiField> =>
  fc.record({
    id: fc.constant(fieldId),
    type: fc.constantFrom('person' as const, 'date' as const, 'text' as const, 'multiline' as const, 'choice' as const),
    label: fc.string({ minLength: 1, maxLength: 40 }),
    help: fc.option(text, { nil: undefined }),
    required: fc.boolean(),
    options: fc.uniqueArray(option, { minLength: 1, maxLength: 5, selector: (o) => o.value }),
    initial: fc.option(fc.oneof(id, fc.constant('2025-03-10')), { nil: undefined }),
    maxLength: fc.option(fc.integer({ min: 1, max: 2000 }), { nil: undefined }),
  });
const form: fc.Arbitrary<UiForm> = fc
  .uniqueArray(id.filter((s) => !['flow', 'context', 'msteams'].includes(s)), { minLength: 1, maxLength: 9 })
  .chain((ids) =>
    fc.record({
      kind: fc.constant('form' as const),
      formId: fc.constantFrom('sick-report' as const, 'step-deviate' as const, 'step-not-applicable' as const, 'recovery' as const),
      title: fc.string({ minLength: 1, maxLength: 40 }),
      submitLabel: fc.string({ minLength: 1, maxLength: 20 }),
      fields: fc.tuple(...ids.map(field)),
      errors: fc.option(fc.dictionary(fc.constantFrom(...ids, '_form'), fc.string({ minLength: 1, maxLength: 60 })), { nil: undefined }),
      context: fc.option(fc.string({ maxLength: 40 }), { nil: undefined }),
    }),
  );
const reply: fc.Arbitrary<Reply> = fc.oneof(
  form,
  fc.record({ kind: fc.constant('message' as const), summary: fc.string({ maxLength: 60 }), blocks: fc.array(block, { maxLength: 10 }) }),
  fc.record({ kind: fc.constant('home' as const), blocks: fc.array(block, { maxLength: 10 }) }),
);

function inputs(body: CardElement[]): CardElement[] {
  return body.filter((e) => e.type.startsWith('Input.'));
}

describe('Teams cards validated by adaptivecards', () => {
  it('the validator is not a no-op: a broken card reports problems', () => {
    const problems = cardProblems({ type: 'AdaptiveCard', version: '1.5', body: [{ type: 'Input.Text', id: 'x', isRequired: true }, { type: 'Input.Date', id: 'x' }, { type: 'Nope' }] });
    expect(problems.join('\n')).toMatch(/DuplicateId/);
    expect(problems.join('\n')).toMatch(/UnknownElementType/);
    expect(problems.join('\n')).toMatch(/RequiredInputsShouldHaveLabel/);
  });

  it.each(FIXED_REPLIES.map((r, i) => [i, r] as const))('fixed reply %i renders a valid 1.5 card', (_i, r) => {
    const card = renderReply(r, 'nl');
    expect(card.version).toBe('1.5');
    expect(cardProblems(card)).toEqual([]);
  });

  it.each(['nl', 'en'] as const)('the sick-report form built from INTAKE_FIELDS (%s) is valid, ids = intake ids', (locale) => {
    const form: UiForm = {
      kind: 'form', formId: 'sick-report', title: 'Ziekmelding', submitLabel: 'Melden',
      fields: INTAKE_FIELDS.map((f) => ({
        id: f.id, type: f.multiline ? 'multiline' : f.type, label: f.label[locale], help: f.help[locale], required: f.required,
        options: f.options.map((o) => ({ value: o.value, label: o.label[locale] })), maxLength: f.maxLength,
      })),
    };
    const card = renderReply(form, locale);
    expect(cardProblems(card)).toEqual([]);
    expect(inputs(card.body).map((e) => e.id)).toEqual(INTAKE_FIELDS.map((f) => f.id));
  });

  it('generated replies (every block, field type, error and button shape) render to valid cards', () => {
    fc.assert(
      fc.property(reply, fc.constantFrom('nl' as const, 'en' as const), (r, locale) => {
        const card = renderReply(r, locale);
        expect(cardProblems(card)).toEqual([]);
        if (r.kind === 'form') expect(inputs(card.body).map((e) => e.id)).toEqual(r.fields.map((f) => f.id));
      }),
      { numRuns: 300 },
    );
  });
});

describe('Teams card contract (architecture.md "Interaction ids")', () => {
  it('sick-report: input ids are the intake field ids and submit carries {flow:"sick-report"}', () => {
    const card = renderReply(sickReportForm, 'nl');
    expect(inputs(card.body).map((e) => e.id)).toEqual([
      'employee', 'firstSickDay', 'phone', 'address', 'expectedDuration', 'workHandover', 'workAccident', 'trafficAccidentThirdParty', 'safetyNet',
    ]);
    expect(card.actions).toEqual([{ type: 'Action.Submit', title: 'Melden', style: 'positive', data: { flow: 'sick-report' } }]);
    const byId = Object.fromEntries(inputs(card.body).map((e) => [e.id, e]));
    expect(byId.firstSickDay).toMatchObject({ type: 'Input.Date', value: '2025-03-10', isRequired: true });
    expect(byId.workHandover).toMatchObject({ type: 'Input.Text', isMultiline: true, maxLength: 1000 });
    expect(byId.expectedDuration).toMatchObject({ type: 'Input.ChoiceSet', style: 'compact', isMultiSelect: false });
    expect((byId.safetyNet!.choices as Array<{ value: string }>).map((c) => c.value)).toEqual(['yes', 'no', 'undisclosed']);
  });

  it('employee is the Teams people picker with a static "self" choice', () => {
    const employee = inputs(renderReply(sickReportForm, 'en').body).find((e) => e.id === 'employee');
    expect(employee).toMatchObject({
      type: 'Input.ChoiceSet',
      'choices.data': { type: 'Data.Query', dataset: 'graph.microsoft.com/users' },
      choices: [{ title: 'Myself', value: 'self' }],
      value: 'self',
    });
    expect(inputs(renderReply(sickReportForm, 'nl').body)[0]!.choices).toEqual([{ title: 'Ikzelf', value: 'self' }]);
  });

  it('a refusal shows the error right below its field (attention colour) and keeps the other answers', () => {
    const body = renderReply(refusedSickReportForm, 'nl').body;
    const at = body.findIndex((e) => e.id === 'workHandover');
    const next = body.slice(at + 1, at + 3);
    expect(next.some((e) => e.type === 'TextBlock' && e.color === 'attention' && String(e.text).startsWith('Dit lijkt medische informatie'))).toBe(true);
    const byId = Object.fromEntries(inputs(body).map((e) => [e.id, e]));
    expect(byId.workHandover!.value).toBeUndefined();
    expect(byId.phone!.value).toBe('06-12345678');
    expect(byId.expectedDuration!.value).toBe('week');
    expect(byId.employee!.value).toBe('00000000-0000-4000-8000-0000000000a2');
    expect(byId.employee!.choices).toContainEqual({ title: 'Piet Jansen', value: '00000000-0000-4000-8000-0000000000a2' });
    expect(body.filter((e) => e.color === 'attention')).toHaveLength(1);
  });

  it('errors without a field go on top; the form context travels in the submit data', () => {
    const card = renderReply(deviateForm, 'nl');
    expect(card.body[1]).toMatchObject({ type: 'TextBlock', color: 'attention', text: 'Controleer de velden hieronder.' });
    expect(card.actions![0]!.data).toEqual({ flow: 'step-deviate', context: 'case-1:probleemanalyse' });
  });

  it('step buttons carry {flow:"step", action, caseId, stepId}; suggestions {flow:"command", text}', () => {
    const card = renderReply(reminderMessage, 'nl');
    const set = card.body.find((e) => e.type === 'ActionSet')!;
    expect(set.separator).toBe(true);
    expect((set.actions as Array<{ data: unknown; style?: string }>).map((a) => a.data)).toEqual([
      { flow: 'step', action: 'done', caseId: 'case-1', stepId: 'probleemanalyse' },
      { flow: 'step', action: 'not-applicable', caseId: 'case-1', stepId: 'probleemanalyse' },
      { flow: 'step', action: 'deviate', caseId: 'case-1', stepId: 'probleemanalyse' },
      { flow: 'step', action: 'show', caseId: 'case-1', stepId: 'probleemanalyse' },
    ]);
    expect((set.actions as Array<{ style?: string }>).map((a) => a.style)).toEqual(['positive', undefined, 'destructive', undefined]);
    const suggestions = renderReply(suggestionMessage, 'nl').body.find((e) => e.type === 'ActionSet')!;
    expect((suggestions.actions as Array<{ data: unknown }>)[0]!.data).toEqual({ flow: 'command', text: 'ziek' });
  });

  it('button data parses back to the same actionId and value (both delivery paths share it)', () => {
    fc.assert(
      fc.property(button, (b) => {
        const event = parseSubmitData(buttonData(b), { eventId: 'e', conversationId: 'c', from: { platform: 'teams', tenantId: 't', userId: 'u' } });
        expect(event).toMatchObject({ kind: 'action', actionId: b.actionId, value: b.value });
      }),
      { numRuns: 300 },
    );
  });

  it('long button rows are split into sets of at most 5', () => {
    const buttons = Array.from({ length: 11 }, (_, i) => ({ actionId: 'run-command', label: `c${i}`, value: `c${i}` }));
    const body = renderReply({ kind: 'message', summary: 's', blocks: [{ type: 'buttons', buttons }] }, 'nl').body;
    expect(body.map((e) => (e.actions as unknown[]).length)).toEqual([5, 5, 1]);
  });

  it('user text cannot become markup: links, emphasis, code and lists are escaped', () => {
    expect(plainText('[klik](https://evil.example)')).toBe('\\[klik\\](https://evil.example)');
    expect(plainText('**vet** _x_ `c` ~~s~~')).toBe('\\*\\*vet\\*\\* \\_x\\_ \\`c\\` \\~\\~s\\~\\~');
    expect(plainText('# kop\n- lijst\n> quote\n12. punt')).toBe('\\# kop\n\\- lijst\n\\> quote\n12\\. punt');
    expect(plainText('Anna de Vries (HR) – 3-4 dagen')).toBe('Anna de Vries (HR) – 3-4 dagen');
  });

  it('a reply activity carries the card and a notification summary', () => {
    const activity = replyActivity(reminderMessage, 'nl');
    expect(activity.summary).toBe(reminderMessage.summary);
    expect(activity.attachments![0]!.contentType).toBe('application/vnd.microsoft.card.adaptive');
  });
});
