// Activity → InboundEvent, without HTTP: mentions, identities, submit data of both delivery paths.
import { describe, expect, it } from 'vitest';
import { teamsActivitySchema, type TeamsActivity } from '../../../adapters/teams/activity.js';
import { localeOf, normalizeText, parseActivity, senderOf } from '../../../adapters/teams/parse.js';
import { activity } from './helpers/harness.js';

function parsed(name: Parameters<typeof activity>[0], patch: Record<string, unknown> = {}): TeamsActivity {
  return teamsActivitySchema.parse(activity(name, patch));
}

describe('parseActivity', () => {
  it('maps locales nl-*/en-* and nothing else', () => {
    expect([localeOf('nl-NL'), localeOf('nl-BE'), localeOf('en-US'), localeOf('en_GB'), localeOf('de-DE'), localeOf(undefined)]).toEqual(['nl', 'nl', 'en', 'en', undefined, undefined]);
  });

  it('keys Teams users by tenant + aadObjectId; without aadObjectId a Teams activity is ignored', () => {
    expect(senderOf(parsed('message'))).toMatchObject({ tenantId: '00000000-0000-4000-8000-00000000c0de', userId: '00000000-0000-4000-8000-0000000000a1' });
    const noAad = parsed('message', { from: { id: '29:x', name: 'X' } });
    expect(parseActivity(noAad)).toEqual({ kind: 'ignore', reason: 'no-teams-identity' });
  });

  it('takes the tenant from channelData when the conversation lacks it', () => {
    const a = parsed('message', { conversation: { id: 'a:1', conversationType: 'personal' } });
    expect(senderOf(a)?.tenantId).toBe('00000000-0000-4000-8000-00000000c0de');
  });

  it('the Bot Framework Emulator (no tenant, no aadObjectId) is keyed by its channel and user id', () => {
    const a = parsed('message', { channelId: 'emulator', from: { id: 'user-1', name: 'Jan Bakker' }, conversation: { id: 'conv-1' }, channelData: undefined, entities: [], text: 'help' });
    expect(parseActivity(a)).toMatchObject({ kind: 'event', event: { kind: 'text', text: 'help', from: { tenantId: 'emulator', userId: 'user-1', displayName: 'Jan Bakker' } } });
  });

  it('strips the bot mention, maps known people to <@aad>, keeps unknown ones as a name', () => {
    const a = parsed('message');
    expect(normalizeText(a)).toBe('status Piet Jansen');
    expect(normalizeText(a, (id) => (id === '29:1piet-jansen-teams-user-id' ? 'aad-piet' : undefined))).toBe('status <@aad-piet>');
    const withAad = parsed('message', {
      text: 'rol toekennen <at>Fatima El Amrani</at> casemanager',
      entities: [{ type: 'mention', text: '<at>Fatima El Amrani</at>', mentioned: { id: '29:1fatima', name: 'Fatima El Amrani', aadObjectId: 'aad-fatima' } }],
    });
    expect(normalizeText(withAad)).toBe('rol toekennen <@aad-fatima> casemanager');
    expect(normalizeText(parsed('message', { text: '  ziek&nbsp;\n', entities: [] }))).toBe('ziek');
  });

  it('an empty message is ignored; other activity types too', () => {
    expect(parseActivity(parsed('message', { text: '<at>verzuimbot</at>' }))).toEqual({ kind: 'ignore', reason: 'empty-text' });
    expect(parseActivity(parsed('message', { type: 'typing' }))).toEqual({ kind: 'ignore', reason: 'activity-type' });
  });

  it('Action.Submit value and invoke action.data give the same event', () => {
    const data = { flow: 'step', action: 'deviate', caseId: 'case-7', stepId: 'plan-van-aanpak' };
    const viaMessage = parseActivity(parsed('submit-message', { value: data }));
    const viaInvoke = parseActivity(parsed('invoke-action', { value: { action: { type: 'Action.Execute', data } } }));
    const expected = { kind: 'action', actionId: 'step-deviate', value: 'case-7:plan-van-aanpak' };
    expect(viaMessage).toMatchObject({ kind: 'event', event: expected });
    expect(viaInvoke).toMatchObject({ kind: 'event', event: expected });
  });

  it('form values: reserved keys dropped, numbers/booleans as strings, objects as empty, context kept', () => {
    const a = parsed('submit-message', { value: { flow: 'step-deviate', context: 'case-1:probleemanalyse', msteams: { x: 1 }, reason: 'Bedrijfsarts pas later beschikbaar', newDate: '2025-05-01', n: 3, b: true, o: { a: 1 } } });
    expect(parseActivity(a)).toMatchObject({
      kind: 'event',
      event: { kind: 'form-submit', formId: 'step-deviate', context: 'case-1:probleemanalyse', values: { reason: 'Bedrijfsarts pas later beschikbaar', newDate: '2025-05-01', n: '3', b: 'true', o: '' } },
    });
  });

  it('command suggestions and generic buttons become ActionEvents', () => {
    expect(parseActivity(parsed('submit-message', { value: { flow: 'command', text: 'taken' } }))).toMatchObject({ event: { kind: 'action', actionId: 'run-command', value: 'taken' } });
    expect(parseActivity(parsed('submit-message', { value: { flow: 'action', actionId: 'role-confirm', value: 'yes' } }))).toMatchObject({ event: { kind: 'action', actionId: 'role-confirm', value: 'yes' } });
  });

  it('unknown submit data and unknown invokes are ignored', () => {
    expect(parseActivity(parsed('submit-message', { value: { flow: 'unknown' } }))).toEqual({ kind: 'ignore', reason: 'submit-data' });
    expect(parseActivity(parsed('invoke-action', { name: 'task/fetch' }))).toEqual({ kind: 'ignore', reason: 'invoke-name' });
    expect(parseActivity(parsed('invoke-action', { value: { nothing: true } }))).toEqual({ kind: 'ignore', reason: 'invoke-data' });
  });

  it('conversationUpdate: install when the bot is added, otherwise ignored', () => {
    expect(parseActivity(parsed('conversation-update'))).toMatchObject({ kind: 'install', eventId: 'f:install-anna-1', conversationId: 'a:1personal-chat-anna' });
    expect(parseActivity(parsed('conversation-update', { membersAdded: [{ id: '29:someone-else' }] }))).toEqual({ kind: 'ignore', reason: 'conversation-update' });
  });
});
