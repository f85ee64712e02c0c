// Payload parsing edge cases: org installs, empty selections, radio buttons, malformed bodies.
import { describe, expect, it } from 'vitest';
import { parseAppHomeOpened, parseBlockActions, parseDirectMessage, parseSlashCommand, parseViewSubmission } from '../../../adapters/slack/parse/index.js';
import { placeErrors } from '../../../adapters/slack/listeners/views.js';
import { fixture } from './support/harness.js';

type Sub = { team: unknown; user: Record<string, string>; view: { state: { values: Record<string, Record<string, unknown>> } } };

describe('Slack payload parsing', () => {
  it('takes the team from the user for org-wide installs (team null) and maps empty selections to ""', () => {
    const sub = fixture<Sub>('view-submission-sick-report.json');
    sub.team = null;
    sub.view.state.values.employee.employee = { type: 'users_select', selected_user: null };
    sub.view.state.values.expectedDuration.expectedDuration = { type: 'radio_buttons', selected_option: { value: 'weeks' } };
    sub.view.state.values.workAccident.workAccident = { type: 'static_select', selected_option: null };
    const parsed = parseViewSubmission(sub)!;
    expect(parsed.event.from.tenantId).toBe('T0VERZUIM1');
    expect(parsed.event.values).toMatchObject({ employee: '', expectedDuration: 'weeks', workAccident: '' });
    expect(parsed.inputBlockIds).toHaveLength(9);
  });

  it('returns null for malformed or foreign payloads instead of throwing', () => {
    expect(parseSlashCommand({ command: '/verzuim' })).toBeNull();
    expect(parseViewSubmission({ type: 'view_submission' })).toBeNull();
    expect(parseBlockActions({ type: 'block_actions', actions: [] })).toBeNull();
    expect(parseDirectMessage({ type: 'event_callback' })).toBeNull();
    expect(parseAppHomeOpened('nonsense')).toBeNull();
  });

  it('routes Home buttons to the DM, DM buttons to their channel', () => {
    const home = parseBlockActions(fixture('block-actions-home-step-deviate.json'))!;
    expect(home.route).toEqual({ teamId: 'T0VERZUIM1', userId: 'U0ANNA0001', triggerId: '6666666666.2222222222.99887766554433221100ffeeddccbbaa' });
    const dm = parseBlockActions(fixture('block-actions-step-done.json'))!;
    expect(dm.route.channelId).toBe('D0ANNADM01');
    expect(dm.route.responseUrl).toBeUndefined();
  });

  it('places refusal errors on blocks of the submitted view; others go to the first input', () => {
    expect(placeErrors({ workHandover: 'Geen medische info.' }, ['employee', 'workHandover'])).toEqual({ workHandover: 'Geen medische info.' });
    expect(placeErrors({ unknownField: 'Let op.', employee: 'Kies iemand.' }, ['employee', 'workHandover'])).toEqual({ employee: 'Kies iemand. Let op.' });
  });
});
