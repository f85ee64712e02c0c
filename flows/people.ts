// Whom a command is about: the sender, a mention or a typed name, resolved only among the people the asker
// may see. Several matches come back as buttons (never a guess); a name that is not found is never repeated.
import { ensurePerson, findPeople, type FindPurpose, type PersonMatch } from '../src/app/index.js';
import { checkText } from '../src/core/privacy/guard/index.js';
import { t } from '../src/core/i18n/translate.js';
import { commandButton } from '../src/core/format/buttons.js';
import type { PersonRef } from './grammar/types.js';
import type { FlowContext, FlowResult } from './context.js';
import { textMessage, withButtons } from './messages.js';
import { privacyRefusal } from './privacy.js';

/** Most people offered in one choice. */
export const MAX_CHOICES = 8;

/** What the name resolution gave: one person, or replies (a choice, not found, privacy line). */
export type SubjectOutcome =
  | { kind: 'person'; person: PersonMatch }
  | { kind: 'replies'; result: FlowResult };

/** How to resolve a person reference. */
export interface SubjectRequest {
  ref: PersonRef;
  /** 'status' keeps only people with a case the asker may read. */
  purpose: FindPurpose;
  /** The command that runs the same request for one person, given a mention of them (choice buttons). */
  commandFor: (mention: string) => string;
  /** Create the person a mention names when the platform's directory knows them (sick report, roles). */
  createFromDirectory?: boolean;
}

/** A mention the grammar and the use cases read back as this person (stable ids, not names). */
export function mentionOf(personId: string): string {
  return `<@${personId}>`;
}

/** Buttons to pick one of several people; equal names get a number so the buttons differ. */
export function choiceButtons(matches: PersonMatch[], commandFor: (mention: string) => string) {
  const seen = new Map<string, number>();
  return matches.slice(0, MAX_CHOICES).map((m) => {
    const n = (seen.get(m.name) ?? 0) + 1;
    seen.set(m.name, n);
    return commandButton(n > 1 ? `${m.name} (${n})` : m.name, commandFor(mentionOf(m.personId)));
  });
}

/** Finds a mentioned platform account, creating its person from the directory when allowed. */
async function resolveMention(fc: FlowContext, userId: string, req: SubjectRequest): Promise<PersonMatch[]> {
  const found = findPeople(fc.app, fc.actor, mentionOf(userId), req.purpose);
  if (found.length || !req.createFromDirectory || !fc.directory || fc.from.platform === 'console') return found;
  const identity = { platform: fc.from.platform, tenantId: fc.from.tenantId, userId };
  const profile = await fc.directory.lookup(identity);
  if (!profile) return [];
  const { person } = ensurePerson(fc.store, fc.sender.employer, identity, profile);
  return person.employerId === fc.actor.employerId ? [{ personId: person.id, name: person.name }] : [];
}

/** Resolves a person reference for the sender. */
export async function resolveSubject(fc: FlowContext, req: SubjectRequest): Promise<SubjectOutcome> {
  const { ref } = req;
  if (ref.kind === 'self') return { kind: 'person', person: { personId: fc.sender.person.id, name: fc.sender.person.name } };
  // A typed name is shown back only after the guard passed it (a "name" can be anything someone typed).
  if (ref.kind === 'name' && checkText(ref.text).medical) return { kind: 'replies', result: privacyRefusal(fc.locale) };
  const matches = ref.kind === 'mention'
    ? await resolveMention(fc, ref.userId, req)
    : findPeople(fc.app, fc.actor, ref.text, req.purpose);
  if (matches.length === 1) return { kind: 'person', person: matches[0] };
  if (matches.length === 0) return { kind: 'replies', result: { replies: [textMessage(t(fc.locale, 'refusal.notFound'))] } };
  const asked = ref.kind === 'name' ? ref.text : matches[0].name;
  return {
    kind: 'replies',
    result: { replies: [withButtons([t(fc.locale, 'refusal.ambiguous', { name: asked })], choiceButtons(matches, req.commandFor))] },
  };
}
