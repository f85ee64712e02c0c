// The bot: resolves who is talking and in which language, then routes each event to its flow — typed text
// through the privacy guard and the grammar, forms by form id, buttons by action id, the home surface.
// Conversation state is read before and written after each event (keyed by platform + tenant +
// conversation + user, 30 minutes); nothing typed is ever logged.
import { resolveSender, type AppContext } from '../src/app/index.js';
import { amsterdamDate } from '../src/core/calendar/amsterdam.js';
import { pickLocale } from '../src/core/i18n/negotiate.js';
import type { PeopleDirectory, Profile } from '../src/ports/directory.js';
import type { Platform } from '../src/ports/records.js';
import type { Store } from '../src/ports/store.js';
import { log } from '../src/log.js';
import type { Bot, HandleOptions } from './bot.js';
import { checklistFlow } from './checklist.js';
import { digestFlow } from './digest.js';
import type { FlowContext, FlowResult } from './context.js';
import type { InboundEvent } from './events.js';
import { RUN_COMMAND } from '../src/core/format/buttons.js';
import { parseCommand } from './grammar/parse.js';
import type { PersonRef } from './grammar/types.js';
import { helpFlow, unknownFlow } from './help.js';
import { homeFlow } from './home.js';
import { languageFlow } from './language.js';
import { errorMessage } from './messages.js';
import { looksMedical, privacyRefusal } from './privacy.js';
import { startRecovery, submitRecovery } from './recovery.js';
import { rolesFlow } from './roles.js';
import { startSickReport, submitSickReport } from './sickReport.js';
import { conversationKey, loadState, saveState, type ConversationState } from './state.js';
import { statusFlow } from './status.js';
import { stepButtonFlow, submitStepForm } from './stepAction.js';
import { stepCommandFlow } from './stepCommand.js';
import { tasksFlow } from './tasks.js';

/** What the bot needs: the store, and per platform a people directory for first contacts and mentions. */
export interface BotDeps {
  store: Store;
  directories?: Partial<Record<Platform, PeopleDirectory>>;
}

/** Who is talking, in which language, on which day. */
async function contextFor(deps: BotDeps, event: InboundEvent, now: Date, options?: HandleOptions): Promise<FlowContext> {
  const { store } = deps;
  const from = event.from;
  const directory = deps.directories?.[from.platform];
  const identity = { platform: from.platform, tenantId: from.tenantId, userId: from.userId };
  let profile: Profile | undefined;
  if (directory && !store.people.findByIdentity(identity)) profile = await directory.lookup(identity).catch(() => undefined);
  const app: AppContext = { store, now };
  if (options?.onEffect) app.onEffect = options.onEffect;
  const sender = resolveSender(app, { ...identity, displayName: from.displayName, locale: from.locale, email: from.email }, profile);
  const locale = pickLocale(sender.person.locale, from.locale, sender.employer.settings.language);
  const fc: FlowContext = { app, store, sender, actor: sender.actor, locale, today: amsterdamDate(now), from };
  if (directory) fc.directory = directory;
  return fc;
}

/** Runs an intent that waited for a name ("Van wie?" → "Jan"). */
async function withSubject(fc: FlowContext, state: Extract<ConversationState, { step: 'ask-subject' }>, subject: PersonRef): Promise<FlowResult> {
  switch (state.intent) {
    case 'status': return statusFlow(fc, subject);
    case 'checklist': return checklistFlow(fc, subject);
    case 'recovery': return startRecovery(fc, subject, state.extent);
    case 'sick-report': return startSickReport(fc, subject);
  }
}

/** A typed line (or a suggestion button's command). */
async function routeText(fc: FlowContext, text: string, state: ConversationState | undefined): Promise<FlowResult> {
  if (looksMedical(text)) return privacyRefusal(fc.locale);
  const cmd = parseCommand(text, { locale: fc.locale });
  log.debug({ intent: cmd.intent }, 'text routed');
  switch (cmd.intent) {
    case 'sick-report': return startSickReport(fc, cmd.subject);
    case 'recovery': return startRecovery(fc, cmd.subject, cmd.extent);
    case 'status': return statusFlow(fc, cmd.subject);
    case 'checklist': return checklistFlow(fc, cmd.subject);
    case 'tasks': return tasksFlow(fc);
    case 'role': return rolesFlow(fc, cmd);
    case 'language': return languageFlow(fc, cmd.target);
    case 'digest': return digestFlow(fc, cmd.turn);
    case 'help': return helpFlow(fc);
    case 'unknown': {
      const step = await stepCommandFlow(fc, text);
      if (step) return step;
      if (state?.step === 'ask-subject') return withSubject(fc, state, { kind: 'name', text: text.trim() });
      return unknownFlow(fc, cmd.suggestions);
    }
  }
}

/** Routes one event to its flow. */
async function route(fc: FlowContext, event: InboundEvent, state: ConversationState | undefined): Promise<FlowResult> {
  switch (event.kind) {
    case 'text': return routeText(fc, event.text, state);
    case 'action':
      if (event.actionId === RUN_COMMAND) return routeText(fc, event.value, undefined);
      return stepButtonFlow(fc, event.actionId, event.value);
    case 'form-submit':
      switch (event.formId) {
        case 'sick-report': return submitSickReport(fc, event.values);
        case 'recovery': return submitRecovery(fc, event.values, event.context);
        case 'step-deviate':
        case 'step-not-applicable': return submitStepForm(fc, event.formId, event.values, event.context);
      }
      break;
    case 'home-opened': return homeFlow(fc);
  }
  return { replies: [] };
}

/** The bot every adapter calls (flows/bot.ts). */
export function createBot(deps: BotDeps): Bot {
  return {
    async handle(event: InboundEvent, now: Date, options?: HandleOptions) {
      const fc = await contextFor(deps, event, now, options);
      const key = conversationKey(event.from, event.conversationId);
      const state = loadState(deps.store, key, now);
      let result: FlowResult;
      try {
        result = await route(fc, event, state);
      } catch (err) {
        result = { replies: [errorMessage(err, fc.locale)], state: null };
      }
      saveState(deps.store, key, result.state, now);
      return result.replies;
    },
  };
}
