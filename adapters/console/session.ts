// The console adapter: typed lines become TextEvents, numbers press the buttons last shown, and an open form
// is asked field by field (Enter takes the default or skips). Replies are rendered with render.ts; messages
// the outbox holds for the console person (reminders, notices) are shown as they come due.
import type { Bot } from '../../flows/bot.js';
import type { InboundEvent, Sender } from '../../flows/events.js';
import type { Reply, UiField, UiForm, UiMessage } from '../../src/core/ui.js';
import { formatDate } from '../../src/core/format/dates.js';
import { renderOutboxBody } from '../../src/app/outboxBody.js';
import { amsterdamDate, amsterdamInstant } from '../../src/core/calendar/amsterdam.js';
import { isIsoDate, type IsoDate } from '../../src/core/calendar/isoDate.js';
import { pickLocale } from '../../src/core/i18n/negotiate.js';
import type { Locale } from '../../src/core/i18n/locale.js';
import { roleName, t } from '../../src/core/i18n/translate.js';
import type { Person } from '../../src/ports/records.js';
import type { Store } from '../../src/ports/store.js';
import { answerField, fieldPrompt } from './form.js';
import { consoleTenant, ensureConsolePerson, parseIdentity, type ConsoleIdentity } from './identity.js';
import { buttonForInput, looksLikeButtonNumber, renderReplies, type NumberedButton } from './render.js';
import { styler } from './style.js';

/** Options of a console session. */
export interface ConsoleSessionOptions {
  store: Store;
  bot: Bot;
  /** Who types: a role and a display name (the person is created when missing). */
  as: ConsoleIdentity;
  /** A fixed day (09:00 Europe/Amsterdam); without it the real clock runs. */
  date?: IsoDate;
  employerId: string;
  /** ANSI colours (for a terminal). */
  color?: boolean;
  /** The real clock, replaceable in tests. */
  clock?: () => Date;
}

/** What one typed line produced. */
export interface ConsoleOutput {
  text: string;
  /** True after /quit: the caller stops reading. */
  quit: boolean;
}

/** A running console conversation. */
export interface ConsoleSession {
  /** The greeting (who you are, what day it is) and any waiting messages. */
  start(): Promise<string>;
  /** Handles one typed line. */
  input(line: string): Promise<ConsoleOutput>;
  /** The prompt for the next line. */
  prompt(): string;
  /** The person typing now. */
  person(): Person;
  /** The instant events are handled at. */
  now(): Date;
}

/** An open form being asked field by field. */
interface OpenForm {
  form: UiForm;
  /** Fields still to ask, in order. */
  queue: UiField[];
  values: Record<string, string>;
}

/** Creates a console session on a store and a bot. */
export function createConsoleSession(opts: ConsoleSessionOptions): ConsoleSession {
  const { store, bot, employerId } = opts;
  const tenantId = consoleTenant(employerId);
  const style = styler(opts.color ?? false);
  const clock = opts.clock ?? (() => new Date());
  let date = opts.date;
  let me: Person;
  let role = opts.as.role;
  let buttons: NumberedButton[] = [];
  let open: OpenForm | undefined;
  let seq = 0;

  const now = (): Date => (date ? amsterdamInstant(date, '09:00') : clock());
  const locale = (): Locale => pickLocale(store.people.get(me.id)?.locale, store.employers.get(me.employerId)?.settings.language);
  const sender = (): Sender => ({ platform: 'console', tenantId, userId: me.name, displayName: me.name });
  const base = () => ({ eventId: `console-${Date.now()}-${++seq}`, from: sender(), conversationId: `console:${me.id}` });

  function become(as: ConsoleIdentity): string {
    const r = ensureConsolePerson(store, employerId, as);
    me = r.person;
    role = as.role;
    const lines = [t(locale(), 'flow.console.as', { name: me.name, role: roleName(locale(), role) })];
    if (r.refused) lines.push(t(locale(), 'flow.console.asRefused', { reason: r.refused[locale()] }));
    open = undefined;
    buttons = [];
    return lines.join('\n');
  }

  /** Outbox messages due for the console person, shown once (marked sent). */
  function waitingMessages(first: number): { text: string; buttons: NumberedButton[] } {
    const mine = store.outbox.duePending(now(), 200)
      .filter((m) => m.target.platform === 'console' && m.target.tenantId === tenantId && m.target.userId === me.name);
    if (!mine.length) return { text: '', buttons: [] };
    const messages: UiMessage[] = [];
    for (const m of mine) {
      try {
        messages.push(renderOutboxBody(store, m.message));
      } catch {
        store.outbox.markDead(m.id, 'render-failed');
        continue;
      }
      store.outbox.markSending(m.id);
      store.outbox.markSent(m.id, now());
    }
    if (!messages.length) return { text: '', buttons: [] };
    const out = renderReplies(messages, { locale: locale(), color: opts.color, firstButton: first });
    return { text: `${style.heading(t(locale(), 'flow.console.messages'))}\n${out.text}`, buttons: out.buttons };
  }

  function askNext(error?: string): string {
    const field = open!.queue[0];
    return fieldPrompt(field, locale(), { style, ...(error ? { error } : {}) });
  }

  function openForm(form: UiForm): string {
    const withErrors = form.errors && Object.keys(form.errors).length > 0;
    const values: Record<string, string> = {};
    for (const f of form.fields) values[f.id] = f.initial ?? '';
    const queue = withErrors ? form.fields.filter((f) => form.errors![f.id]) : [...form.fields];
    open = { form, queue: queue.length ? queue : [...form.fields], values };
    const head = [style.heading(`== ${form.title} ==`)];
    if (!withErrors) head.push(style.dim(t(locale(), 'flow.console.formIntro')));
    const stray = Object.entries(form.errors ?? {}).filter(([id]) => !form.fields.some((f) => f.id === id));
    for (const [, text] of stray) head.push(style.error(`! ${text}`));
    const field = open.queue[0];
    return [...head, fieldPrompt(field, locale(), { style, ...(form.errors?.[field.id] ? { error: form.errors[field.id] } : {}) })].join('\n');
  }

  /** Sends one event and renders what comes back (a form opens field by field). */
  async function send(event: InboundEvent): Promise<string> {
    const replies: Reply[] = await bot.handle(event, now());
    const form = [...replies].reverse().find((r): r is UiForm => r.kind === 'form');
    const shown = renderReplies(replies.filter((r) => r.kind !== 'form'), { locale: locale(), color: opts.color });
    buttons = shown.buttons;
    const parts = [shown.text];
    const waiting = waitingMessages(buttons.length + 1);
    if (waiting.text) {
      parts.push(waiting.text);
      buttons = [...buttons, ...waiting.buttons];
    }
    if (form) parts.push(openForm(form));
    return parts.filter(Boolean).join('\n\n');
  }

  async function answer(line: string): Promise<string> {
    const form = open!;
    const field = form.queue[0];
    const a = answerField(field, line, locale());
    if (!a.ok) return askNext(a.error);
    form.values[field.id] = a.value;
    form.queue.shift();
    if (form.queue.length) return askNext();
    open = undefined;
    const event: InboundEvent = { ...base(), kind: 'form-submit', formId: form.form.formId, values: form.values };
    if (form.form.context !== undefined) event.context = form.form.context;
    return send(event);
  }

  function slash(line: string): ConsoleOutput {
    const [cmd, ...rest] = line.trim().split(/\s+/);
    const arg = rest.join(' ');
    const l = locale();
    switch (cmd.toLowerCase()) {
      case '/quit': case '/exit': case '/q':
        return { text: t(l, 'flow.console.bye'), quit: true };
      case '/cancel':
        open = undefined;
        return { text: t(l, 'flow.console.cancelled'), quit: false };
      case '/as': {
        const as = parseIdentity(arg);
        return { text: as ? become(as) : t(l, 'flow.console.asUsage'), quit: false };
      }
      case '/date':
        if (!isIsoDate(arg)) return { text: t(l, 'flow.console.dateUsage'), quit: false };
        date = arg;
        return { text: t(l, 'flow.console.date', { date: formatDate(arg, l) }), quit: false };
      default:
        return { text: t(l, 'flow.console.slashUsage'), quit: false };
    }
  }

  return {
    async start() {
      const r = ensureConsolePerson(store, employerId, opts.as);
      me = r.person;
      const l = locale();
      const lines = [t(l, 'flow.console.intro', { name: me.name, role: roleName(l, role), date: formatDate(amsterdamDate(now()), l) })];
      if (r.refused) lines.push(t(l, 'flow.console.asRefused', { reason: r.refused[l] }));
      const waiting = waitingMessages(1);
      buttons = waiting.buttons;
      return [...lines, waiting.text].filter(Boolean).join('\n\n');
    },
    async input(line: string) {
      const typed = line.replace(/\r?\n$/, '');
      if (typed.trim().startsWith('/') && !/^\/\d/.test(typed.trim())) return slash(typed);
      if (open) return { text: await answer(typed), quit: false };
      if (!typed.trim()) return { text: '', quit: false };
      if (looksLikeButtonNumber(typed)) {
        const b = buttonForInput(buttons, typed);
        if (!b) return { text: t(locale(), 'console.noSuchButton', { n: typed.trim().replace(/\D/g, '') }), quit: false };
        return { text: await send({ ...base(), kind: 'action', actionId: b.actionId, value: b.value }), quit: false };
      }
      return { text: await send({ ...base(), kind: 'text', text: typed }), quit: false };
    },
    prompt: () => (open ? '? ' : '> '),
    person: () => me,
    now,
  };
}
