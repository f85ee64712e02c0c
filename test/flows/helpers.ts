// Flow tests drive the bot with normalized events, as the Slack and Teams adapters do: a real SQLite file in a
// tmp dir, the demo employer linked to a Slack workspace, and a fake people directory.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Bot } from '../../flows/bot.js';
import type { InboundEvent, Sender } from '../../flows/events.js';
import { createBot } from '../../flows/router.js';
import type { Reply, UiBlock, UiButton, UiForm, UiMessage } from '../../src/core/ui.js';
import { amsterdamInstant } from '../../src/core/calendar/amsterdam.js';
import type { Profile } from '../../src/ports/directory.js';
import type { Store } from '../../src/ports/store.js';
import { seedDemo } from '../../src/demo/seed.js';
import { openStore } from '../../src/store/index.js';

/** The seed day (Monday): Jan in week 7, Fatima in week 41. */
export const DAY = '2026-05-04';
/** The Slack workspace of the demo employer in these tests. */
export const TEAM = 'T0DEMO';

/** Slack user ids of the demo people. */
export const SLACK = { anna: 'U0ANNA', piet: 'U0PIET', sanne: 'U0SANNE', ruud: 'U0RUUD', jan: 'U0JAN', fatima: 'U0FATIMA', tom: 'U0TOM' } as const;

/** A test world. */
export interface FlowWorld {
  store: Store;
  bot: Bot;
  /** Profiles the fake directory knows, by Slack user id. */
  directory: Map<string, Profile>;
  /** Sends one event from a Slack user at 09:00 on `date`. */
  send(userId: string, event: EventBody, date?: string): Promise<Reply[]>;
  cleanup(): void;
}

/** An event without the fields every event shares. */
export type EventBody =
  | { kind: 'text'; text: string }
  | { kind: 'action'; actionId: string; value: string }
  | { kind: 'form-submit'; formId: UiForm['formId']; values: Record<string, string>; context?: string }
  | { kind: 'home-opened' };

/** The demo employer, its Slack workspace mapped to it and each demo person linked to a Slack id. */
export function flowWorld(opts: { locale?: Sender['locale'] } = {}): FlowWorld {
  const dir = mkdtempSync(join(tmpdir(), 'verzuimbot-flows-'));
  const store = openStore(join(dir, 'flows.db'));
  seedDemo(store, DAY);
  for (const [key, userId] of Object.entries(SLACK)) store.people.linkIdentity(`demo-${key}`, { platform: 'slack', tenantId: TEAM, userId });
  const directory = new Map<string, Profile>();
  const bot = createBot({ store, directories: { slack: { lookup: async (id) => directory.get(id.userId) } } });
  let n = 0;
  return {
    store, bot, directory,
    send: (userId, body, date = DAY) => {
      const from: Sender = { platform: 'slack', tenantId: TEAM, userId, ...(opts.locale ? { locale: opts.locale } : {}) };
      const event = { ...body, eventId: `e${++n}`, from, conversationId: `D${userId}` } as InboundEvent;
      return bot.handle(event, amsterdamInstant(date, '09:00'));
    },
    cleanup: () => {
      store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** All plain texts of a reply (headings, texts, context, field labels and values). */
export function textOf(replies: Reply[]): string {
  const blockText = (b: UiBlock): string[] => {
    switch (b.type) {
      case 'heading': case 'text': case 'context': return [b.text];
      case 'fields': return b.items.map((i) => `${i.label}: ${i.value}`);
      default: return [];
    }
  };
  return replies.flatMap((r) => (r.kind === 'form' ? [r.title, ...Object.values(r.errors ?? {})] : r.blocks.flatMap(blockText))).join('\n');
}

/** Every button of the replies. */
export function buttonsOf(replies: Reply[]): UiButton[] {
  return replies.flatMap((r) => (r.kind === 'form' ? [] : r.blocks.flatMap((b) => (b.type === 'buttons' ? b.buttons : []))));
}

/** The one form among the replies. */
export function formOf(replies: Reply[]): UiForm {
  const forms = replies.filter((r): r is UiForm => r.kind === 'form');
  if (forms.length !== 1) throw new Error(`expected one form, got ${forms.length}`);
  return forms[0];
}

/** The one message among the replies. */
export function messageOf(replies: Reply[]): UiMessage {
  const m = replies.filter((r): r is UiMessage => r.kind === 'message');
  if (m.length !== 1) throw new Error(`expected one message, got ${m.length}`);
  return m[0];
}

/** A complete, valid sick-report submission (override any field). */
export function intakeValues(extra: Record<string, string> = {}): Record<string, string> {
  return {
    employee: 'self', firstSickDay: DAY, phone: '', address: '', expectedDuration: 'weeks', workHandover: '',
    workAccident: 'no', trafficAccidentThirdParty: 'no', safetyNet: 'no', ...extra,
  };
}
