// UiForm → a Slack modal: callback_id = formId, one input block per field with block_id = action_id = field id.
import type { types as slack } from '@slack/bolt';
import type { UiField, UiForm } from '../../../src/core/ui.js';
import { noteBlock, plain, type SlackBlock } from './blocks.js';
import { LIMITS } from './limits.js';
import { cutUtf16, truncatePlain } from './text.js';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const SLACK_USER = /^[UW][A-Z0-9]{2,}$/;

/** Thrown when a form cannot be shown in Slack at all (a contract value too long to cut). */
export class ModalRenderError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ModalRenderError';
  }
}

/** Renders a form as a modal; `userId` resolves the 'self' person default. */
export function renderModal(form: UiForm, userId: string): slack.ModalView {
  const blocks: SlackBlock[] = [];
  for (const field of form.fields) {
    blocks.push(inputBlock(field, userId));
    const error = form.errors?.[field.id];
    if (error) blocks.push(noteBlock(`⚠️ ${error}`));
  }
  if (blocks.length > LIMITS.viewBlocks) throw new ModalRenderError(`form ${form.formId} needs more than ${LIMITS.viewBlocks} blocks`);
  const context = form.context ?? '';
  if (context.length > LIMITS.privateMetadata) throw new ModalRenderError(`form ${form.formId} context exceeds private_metadata`);
  return {
    type: 'modal',
    callback_id: form.formId,
    title: plain(truncatePlain(form.title, LIMITS.modalTitle)),
    submit: plain(truncatePlain(form.submitLabel, LIMITS.modalButton)),
    private_metadata: context,
    blocks,
  };
}

/** One input block for a field. */
function inputBlock(field: UiField, userId: string): slack.InputBlock {
  const block: slack.InputBlock = {
    type: 'input',
    block_id: field.id,
    label: plain(truncatePlain(field.label, LIMITS.inputLabel)),
    optional: !field.required,
    element: element(field, userId),
  };
  if (field.help) block.hint = plain(truncatePlain(field.help, LIMITS.inputHint));
  return block;
}

/** The interactive element per field type. */
function element(field: UiField, userId: string): slack.InputBlock['element'] {
  const initial = field.initial ?? '';
  switch (field.type) {
    case 'person': {
      const el: slack.UsersSelect = { type: 'users_select', action_id: field.id };
      const user = initial === 'self' ? userId : initial;
      if (SLACK_USER.test(user)) el.initial_user = user;
      return el;
    }
    case 'date': {
      const el: slack.Datepicker = { type: 'datepicker', action_id: field.id };
      if (ISO_DATE.test(initial)) el.initial_date = initial;
      return el;
    }
    case 'choice': {
      const options = (field.options ?? []).slice(0, LIMITS.selectOptions).map(option);
      const el: slack.StaticSelect = { type: 'static_select', action_id: field.id, options };
      const chosen = options.find((o) => o.value === initial);
      if (chosen) el.initial_option = chosen;
      return el;
    }
    case 'text':
    case 'multiline': {
      const max = Math.min(field.maxLength ?? LIMITS.textInputMax, LIMITS.textInputMax);
      const el: slack.PlainTextInput = { type: 'plain_text_input', action_id: field.id, max_length: max };
      if (field.type === 'multiline') el.multiline = true;
      if (initial) el.initial_value = cutUtf16(initial, max);
      return el;
    }
  }
}

/** One select option; the value is a contract and must fit. */
function option(o: { value: string; label: string }): slack.PlainTextOption {
  if (o.value.length > LIMITS.optionValue) throw new ModalRenderError(`option value exceeds ${LIMITS.optionValue} characters`);
  return { text: plain(truncatePlain(o.label, LIMITS.optionText)), value: o.value };
}
