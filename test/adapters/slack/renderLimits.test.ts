// Every abstract UI shape, rendered to Block Kit, stays within Slack's limits (property test over
// generated replies with long texts, many fields, options and buttons, and markup-looking input).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { UiBlock, UiButton, UiField, UiForm, UiHome, UiMessage } from '../../../src/core/ui.js';
import { renderHome } from '../../../adapters/slack/render/home.js';
import { renderMessage } from '../../../adapters/slack/render/message.js';
import { renderModal } from '../../../adapters/slack/render/modal.js';
import { violations } from './support/blockKitRules.js';
import { INTAKE_IDS, intakeCatalogForm } from './support/forms.js';

const tricky = fc.constantFrom('<!channel>', '<http://evil.example|klik>', '&', '&amp;', '<', '>', '*', '\n', ' ', 'é', '👩‍⚕️', '<@U0PIET0001>', '```');
const piece = fc.oneof(tricky, fc.string({ maxLength: 12 }), fc.string({ unit: 'grapheme', maxLength: 6 }));
const shortText = fc.array(piece, { maxLength: 12 }).map((p) => p.join(''));
const longText = fc.tuple(fc.array(piece, { minLength: 1, maxLength: 8 }), fc.integer({ min: 1, max: 700 })).map(([p, n]) => p.join('').repeat(n).slice(0, 9000));
const text = fc.oneof({ weight: 3, arbitrary: shortText }, { weight: 1, arbitrary: longText });

const ACTION_IDS = ['step-done', 'step-not-applicable', 'step-deviate', 'case-show', 'run-command'];
const button: fc.Arbitrary<UiButton> = fc.record({
  actionId: fc.constantFrom(...ACTION_IDS),
  label: text,
  value: fc.string({ maxLength: 60 }),
  style: fc.option(fc.constantFrom('primary' as const, 'danger' as const), { nil: undefined }),
}).map((b) => (b.style ? b : { actionId: b.actionId, label: b.label, value: b.value }));

const block: fc.Arbitrary<UiBlock> = fc.oneof(
  fc.record({ type: fc.constant('heading' as const), text }),
  fc.record({ type: fc.constant('text' as const), text }),
  fc.record({ type: fc.constant('context' as const), text }),
  fc.record({ type: fc.constant('fields' as const), items: fc.array(fc.record({ label: text, value: text }), { maxLength: 35 }) }),
  fc.record({ type: fc.constant('buttons' as const), buttons: fc.array(button, { minLength: 1, maxLength: 70 }) }),
  fc.constant({ type: 'divider' as const }),
);

const uiMessage: fc.Arbitrary<UiMessage> = fc.record({ kind: fc.constant('message' as const), summary: text, blocks: fc.array(block, { maxLength: 90 }) });
const uiHome: fc.Arbitrary<UiHome> = fc.record({ kind: fc.constant('home' as const), blocks: fc.array(block, { maxLength: 150 }) });

const option = fc.record({ value: fc.stringMatching(/^[a-z0-9-]{1,40}$/), label: text });
const field: fc.Arbitrary<UiField> = fc
  .record({
    id: fc.stringMatching(/^[a-zA-Z]{1,30}$/),
    type: fc.constantFrom('person' as const, 'date' as const, 'text' as const, 'multiline' as const, 'choice' as const),
    label: text,
    help: fc.option(text, { nil: undefined }),
    required: fc.boolean(),
    options: fc.array(option, { minLength: 1, maxLength: 150 }),
    initial: fc.option(fc.oneof(text, fc.constantFrom('self', '2025-03-10', 'U0PIET0001')), { nil: undefined }),
    maxLength: fc.option(fc.integer({ min: 1, max: 10000 }), { nil: undefined }),
  })
  .map((f) => {
    const out: UiField = { id: f.id, type: f.type, label: f.label, required: f.required };
    if (f.help !== undefined) out.help = f.help;
    if (f.initial !== undefined) out.initial = f.initial;
    if (f.maxLength !== undefined) out.maxLength = f.maxLength;
    if (f.type === 'choice') out.options = f.options;
    return out;
  });
const uiForm: fc.Arbitrary<UiForm> = fc
  .record({
    formId: fc.constantFrom('sick-report' as const, 'step-deviate' as const, 'step-not-applicable' as const, 'recovery' as const),
    title: text,
    submitLabel: text,
    fields: fc.uniqueArray(field, { selector: (f) => f.id, minLength: 1, maxLength: 30 }),
    context: fc.option(fc.string({ maxLength: 200 }), { nil: undefined }),
  })
  .chain((f) =>
    fc.option(fc.dictionary(fc.constantFrom(...f.fields.map((x) => x.id)), text), { nil: undefined }).map((errors) => ({
      kind: 'form' as const, ...f, ...(errors ? { errors } : {}),
    })),
  );

const RUNS = { numRuns: 150 };

describe('Block Kit limits over every reply shape', () => {
  it('messages: ≤ 50 blocks each, texts within limits, all mrkdwn escaped, nothing dropped', () => {
    fc.assert(
      fc.property(uiMessage, (m) => {
        const out = renderMessage(m);
        for (const msg of out) expect(violations('message', msg)).toEqual([]);
        // Splitting, not cutting: every button survives, in order.
        const rendered = out.flatMap((x) => x.blocks).filter((b) => b.type === 'actions').flatMap((b) => (b as { elements: Array<{ value: string }> }).elements.map((e) => e.value));
        const wanted = m.blocks.flatMap((b) => (b.type === 'buttons' ? b.buttons.map((x) => x.value) : []));
        expect(rendered).toEqual(wanted);
      }),
      RUNS,
    );
  });

  it('home: ≤ 100 blocks and within limits', () => {
    fc.assert(fc.property(uiHome, (h) => { expect(violations('home', renderHome(h))).toEqual([]); }), RUNS);
  });

  it('modals: title ≤ 24, options ≤ 100 of ≤ 75 characters, one input per field with block_id = action_id = field id', () => {
    fc.assert(
      fc.property(uiForm, (f) => {
        const view = renderModal(f, 'U0ANNA0001') as unknown as Record<string, any>;
        expect(violations('modal', view)).toEqual([]);
        const inputs = view.blocks.filter((b: { type: string }) => b.type === 'input');
        expect(inputs.map((b: { block_id: string }) => b.block_id)).toEqual(f.fields.map((x) => x.id));
        for (const b of inputs) expect(b.element.action_id).toBe(b.block_id);
        expect(view.callback_id).toBe(f.formId);
      }),
      RUNS,
    );
  });

  it('the sick-report form of the shared intake definition fits, in Dutch and English, with errors on every field', () => {
    for (const locale of ['nl', 'en'] as const) {
      const form = intakeCatalogForm(locale);
      const refused = { ...form, errors: Object.fromEntries(form.fields.map((f) => [f.id, 'Dit mogen we niet vastleggen. '.repeat(200)])) };
      for (const f of [form, refused]) {
        const view = renderModal(f, 'U0ANNA0001') as unknown as Record<string, any>;
        expect(violations('modal', view)).toEqual([]);
        expect(view.blocks.filter((b: { type: string }) => b.type === 'input').map((b: { block_id: string }) => b.block_id)).toEqual(INTAKE_IDS);
      }
    }
  });

  it('the rules themselves catch an over-long title, a raw <!channel> and too many blocks', () => {
    expect(violations('modal', { type: 'modal', title: { type: 'plain_text', text: 'x'.repeat(25) }, blocks: [] })).not.toEqual([]);
    expect(violations('message', { text: 'ok', blocks: [{ type: 'section', text: { type: 'mrkdwn', text: 'hi <!channel>' } }] })).not.toEqual([]);
    expect(violations('message', { text: 'ok', blocks: Array.from({ length: 51 }, () => ({ type: 'divider' })) })).not.toEqual([]);
  });
});
