// An independent check of Block Kit limits (numbers from Slack's Block Kit reference, written out
// here rather than imported from the renderer, so a wrong renderer constant cannot hide itself).

type Obj = Record<string, any>;

/** Which surface a set of blocks is for. */
export type Surface = 'message' | 'modal' | 'home';

/** Returns every rule a rendered surface breaks (empty when it is valid). */
export function violations(surface: Surface, payload: Obj): string[] {
  const v: string[] = [];
  const blocks: Obj[] = payload.blocks ?? [];
  const maxBlocks = surface === 'message' ? 50 : 100;
  if (blocks.length > maxBlocks) v.push(`${surface}: ${blocks.length} blocks > ${maxBlocks}`);
  if (surface === 'message') {
    if (typeof payload.text !== 'string' || payload.text.length === 0) v.push('message: fallback text missing');
    else checkMrkdwn(v, 'message.text', payload.text, 40000);
  }
  if (surface === 'modal') {
    if (payload.type !== 'modal') v.push('modal: type');
    if (!payload.title?.text || payload.title.text.length > 24) v.push(`modal: title "${payload.title?.text}" > 24`);
    if (payload.submit && payload.submit.text.length > 24) v.push('modal: submit > 24');
    if ((payload.private_metadata ?? '').length > 3000) v.push('modal: private_metadata > 3000');
    if ((payload.callback_id ?? '').length > 255) v.push('modal: callback_id > 255');
  }
  const blockIds = new Set<string>();
  blocks.forEach((b, i) => {
    const at = `${surface}.blocks[${i}](${b.type})`;
    if (b.block_id !== undefined) {
      if (b.block_id.length > 255) v.push(`${at}: block_id > 255`);
      if (blockIds.has(b.block_id)) v.push(`${at}: duplicate block_id ${b.block_id}`);
      blockIds.add(b.block_id);
    }
    checkBlock(v, at, b, surface);
  });
  return v;
}

function checkBlock(v: string[], at: string, b: Obj, surface: Surface): void {
  switch (b.type) {
    case 'header':
      checkPlain(v, `${at}.text`, b.text, 150);
      break;
    case 'section':
      if (!b.text && !b.fields) v.push(`${at}: neither text nor fields`);
      if (b.text) checkText(v, `${at}.text`, b.text, 3000);
      if (b.fields) {
        if (b.fields.length > 10) v.push(`${at}: ${b.fields.length} fields > 10`);
        b.fields.forEach((f: Obj, i: number) => checkText(v, `${at}.fields[${i}]`, f, 2000));
      }
      break;
    case 'context':
      if (!b.elements?.length || b.elements.length > 10) v.push(`${at}: ${b.elements?.length} elements not in 1..10`);
      b.elements?.forEach((e: Obj, i: number) => checkText(v, `${at}.elements[${i}]`, e, 3000));
      break;
    case 'actions': {
      if (!b.elements?.length || b.elements.length > 25) v.push(`${at}: ${b.elements?.length} elements not in 1..25`);
      const ids = new Set<string>();
      b.elements?.forEach((e: Obj, i: number) => {
        if (ids.has(e.action_id)) v.push(`${at}: duplicate action_id ${e.action_id}`);
        ids.add(e.action_id);
        checkButton(v, `${at}.elements[${i}]`, e);
      });
      break;
    }
    case 'input':
      if (surface !== 'modal') v.push(`${at}: input outside a modal`);
      checkPlain(v, `${at}.label`, b.label, 2000);
      if (b.hint) checkPlain(v, `${at}.hint`, b.hint, 2000);
      checkInputElement(v, `${at}.element`, b.element);
      break;
    case 'divider':
      break;
    default:
      v.push(`${at}: unexpected block type`);
  }
}

function checkButton(v: string[], at: string, e: Obj): void {
  if (e.type !== 'button') v.push(`${at}: not a button`);
  checkPlain(v, `${at}.text`, e.text, 75);
  if ((e.action_id ?? '').length === 0 || e.action_id.length > 255) v.push(`${at}: action_id length`);
  if ((e.value ?? '').length > 2000) v.push(`${at}: value > 2000`);
}

function checkInputElement(v: string[], at: string, e: Obj): void {
  if ((e.action_id ?? '').length === 0 || e.action_id.length > 255) v.push(`${at}: action_id length`);
  if (e.type === 'static_select' || e.type === 'radio_buttons') {
    const max = e.type === 'static_select' ? 100 : 10;
    if (!e.options?.length || e.options.length > max) v.push(`${at}: ${e.options?.length} options not in 1..${max}`);
    e.options?.forEach((o: Obj, i: number) => {
      checkPlain(v, `${at}.options[${i}].text`, o.text, 75);
      if (!o.value || o.value.length > 150) v.push(`${at}.options[${i}]: value length`);
    });
  } else if (e.type === 'plain_text_input') {
    if (e.max_length !== undefined && (e.max_length < 1 || e.max_length > 3000)) v.push(`${at}: max_length ${e.max_length}`);
    if (e.initial_value !== undefined && e.initial_value.length > (e.max_length ?? 3000)) v.push(`${at}: initial_value longer than max_length`);
  } else if (!['users_select', 'datepicker'].includes(e.type)) {
    v.push(`${at}: unexpected element ${e.type}`);
  }
}

function checkText(v: string[], at: string, t: Obj, max: number): void {
  if (t?.type === 'plain_text') checkPlain(v, at, t, max);
  else if (t?.type === 'mrkdwn') checkMrkdwn(v, at, t.text, max);
  else v.push(`${at}: not a text object`);
}

function checkPlain(v: string[], at: string, t: Obj, max: number): void {
  if (t?.type !== 'plain_text') v.push(`${at}: not plain_text`);
  const text: string = t?.text ?? '';
  if (text.trim().length === 0) v.push(`${at}: empty`);
  if (text.length > max) v.push(`${at}: ${text.length} > ${max}`);
  if (/[\uD800-\uDBFF]$/.test(text)) v.push(`${at}: split surrogate pair`);
}

/** mrkdwn must fit and be fully escaped: no raw < or >, every & starts an entity. */
function checkMrkdwn(v: string[], at: string, text: string, max: number): void {
  if (text.trim().length === 0) v.push(`${at}: empty`);
  if (text.length > max) v.push(`${at}: ${text.length} > ${max}`);
  if (/[<>]/.test(text)) v.push(`${at}: unescaped < or >`);
  if (/&(?!amp;|lt;|gt;)/.test(text)) v.push(`${at}: unescaped &`);
  if (/[\uD800-\uDBFF]$/.test(text)) v.push(`${at}: split surrogate pair`);
}
