// The whole Teams journey with the real bot (flows/router.ts) over HTTP: install, "ziek", a refused
// sick-report card re-rendered with the error beside the field, the accepted report (as a card-action
// invoke), a proactive reminder to the stored conversation, and pressing its "done" button.
import nock from 'nock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBot } from '../../../flows/router.js';
import { stepButtons } from '../../../src/core/format/buttons.js';
import { message } from '../../../src/core/ui.js';
import { activity, startTeams, type TeamsServer } from './helpers/harness.js';
import { cardProblems } from './helpers/validateCard.js';

const SERVICE = 'https://smba.test';
const TENANT = '00000000-0000-4000-8000-00000000c0de';
const ANNA = '00000000-0000-4000-8000-0000000000a1';
const PIET = '00000000-0000-4000-8000-0000000000a2';
const ANNA_CHAT = 'a:1personal-chat-anna';
const PIET_CHAT = 'a:1personal-chat-piet';

interface Card { body: Array<Record<string, unknown>>; actions?: Array<{ data: Record<string, string> }> }

/** Intercepts the next message into a chat; resolves with its card, checked by Microsoft's card library. */
async function nextCard(chat: string): Promise<Card> {
  const card = await new Promise<Card>((resolve) => {
    nock(SERVICE)
      .post((uri) => uri.startsWith(`/teams/v3/conversations/${encodeURIComponent(chat)}/activities`))
      .reply((_uri, body) => {
        const attachments = (body as { attachments: Array<{ content: Card }> }).attachments;
        resolve(attachments[0]!.content);
        return [200, { id: 'sent' }];
      });
  });
  expect(cardProblems(card)).toEqual([]);
  return card;
}

function inputs(card: Card): Array<Record<string, unknown>> {
  return card.body.filter((e) => String(e.type).startsWith('Input.'));
}

function texts(card: Card): string {
  return card.body.map((e) => String(e.text ?? '')).join('\n');
}

const fromAnna = { from: { id: '29:1anna-de-vries-teams-user-id', name: 'Anna de Vries', aadObjectId: ANNA } };
let seq = 0;
const id = () => `act-${++seq}`;

let server: TeamsServer;
beforeAll(async () => {
  nock.disableNetConnect();
  nock.enableNetConnect(/127\.0\.0\.1/);
  server = await startTeams({ bot: (d) => createBot(d), now: () => new Date('2025-03-10T08:15:00Z') });
});
afterAll(async () => {
  await server.close();
  nock.cleanAll();
  nock.enableNetConnect();
});

describe('Teams journey with the real bot', () => {
  let caseId = '';

  it('installs for Piet and Anna: both are greeted and their conversations stored', async () => {
    const pietHello = nextCard(PIET_CHAT);
    const piet = activity('conversation-update', {
      id: id(), conversation: { id: PIET_CHAT, conversationType: 'personal', tenantId: TENANT },
      from: { id: '29:1piet-jansen-teams-user-id', name: 'Piet Jansen', aadObjectId: PIET },
    });
    expect((await server.post(piet)).status).toBe(200);
    expect((await pietHello).body.length).toBeGreaterThan(0);
    const annaHello = nextCard(ANNA_CHAT);
    expect((await server.post(activity('conversation-update', { id: id() }))).status).toBe(200);
    await annaHello;
    // Anna manages Piet (what the roles import would record).
    const anna = server.store.people.findByIdentity({ platform: 'teams', tenantId: TENANT, userId: ANNA })!;
    const pietPerson = server.store.people.findByIdentity({ platform: 'teams', tenantId: TENANT, userId: PIET })!;
    expect(pietPerson.name).toBe('Piet Jansen');
    server.store.people.upsert({ ...pietPerson, managerPersonId: anna.id });
  });

  let form: Card;
  it('"ziek" opens the sick-report card: intake ids, people picker, {flow:"sick-report"}', async () => {
    const reply = nextCard(ANNA_CHAT);
    expect((await server.post(activity('message', { id: id(), text: 'ziek', entities: [] }))).status).toBe(200);
    form = await reply;
    expect(inputs(form).map((e) => e.id)).toEqual([
      'employee', 'firstSickDay', 'phone', 'address', 'expectedDuration', 'workHandover', 'workAccident', 'trafficAccidentThirdParty', 'safetyNet',
    ]);
    expect(inputs(form)[0]).toMatchObject({ type: 'Input.ChoiceSet', 'choices.data': { type: 'Data.Query', dataset: 'graph.microsoft.com/users' } });
    expect(form.actions![0]!.data).toEqual({ flow: 'sick-report' });
  });

  const answers = {
    flow: 'sick-report', employee: PIET, firstSickDay: '2025-03-10', phone: '06-12345678', address: '',
    expectedDuration: 'week', workAccident: 'no', trafficAccidentThirdParty: 'no', safetyNet: 'no',
  };

  it('a medical handover is refused: the card comes back with the error beside it and the rest kept', async () => {
    const reply = nextCard(ANNA_CHAT);
    const submit = activity('submit-message', { id: id(), value: { ...answers, workHandover: 'Hij heeft griep en ligt met hoge koorts in bed' } });
    expect((await server.post(submit)).status).toBe(200);
    const card = await reply;
    const at = card.body.findIndex((e) => e.id === 'workHandover');
    expect(card.body.slice(at + 1, at + 3).some((e) => e.color === 'attention')).toBe(true);
    const byId = Object.fromEntries(inputs(card).map((e) => [e.id, e]));
    expect(byId.workHandover!.value).toBeUndefined();
    expect(byId.phone!.value).toBe('06-12345678');
    expect(byId.employee!.value).toBeDefined();
    expect(JSON.stringify(card)).not.toMatch(/griep|koorts/);
    expect(server.store.cases.listOpen()).toHaveLength(0);
  });

  it('the accepted report, sent as an adaptiveCard/action invoke, records the case and answers the invoke', async () => {
    const reply = nextCard(ANNA_CHAT);
    const invoke = activity('invoke-action', {
      id: id(), value: { action: { type: 'Action.Execute', data: { ...answers, workHandover: 'Klantgesprek Bakker BV naar Jan Bakker' } }, trigger: 'manual' },
    });
    const res = await server.post(invoke);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { statusCode: number; type: string; value: string };
    expect(body).toMatchObject({ statusCode: 200, type: 'application/vnd.microsoft.activity.message' });
    expect(body.value).toContain('Piet Jansen');
    const confirmation = await reply;
    expect(texts(confirmation)).toContain('Piet Jansen');
    const pietPerson = server.store.people.findByIdentity({ platform: 'teams', tenantId: TENANT, userId: PIET })!;
    const cases = server.store.cases.listByEmployee(pietPerson.id);
    expect(cases).toHaveLength(1);
    caseId = cases[0]!.id;
  });

  it('a reminder reaches Anna proactively, and pressing its "done" button records the step', async () => {
    const reminder = nextCard(ANNA_CHAT);
    const sent = await server.mount.messenger.send(
      { platform: 'teams', tenantId: TENANT, userId: ANNA },
      message('Ziekmelding bij de arbodienst', { type: 'text', text: 'Meld Piet Jansen uiterlijk 2025-03-16 bij de arbodienst.' }, { type: 'buttons', buttons: stepButtons(caseId, 'ziekmelding-arbodienst', 'nl') }),
    );
    expect(sent).toEqual({ ok: true });
    const card = await reminder;
    const set = card.body.find((e) => e.type === 'ActionSet') as { actions: Array<{ data: Record<string, string> }> };
    const done = set.actions[0]!.data;
    expect(done).toEqual({ flow: 'step', action: 'done', caseId, stepId: 'ziekmelding-arbodienst' });

    // Teams posts the button's data back as a message with value.
    const reply = nextCard(ANNA_CHAT);
    expect((await server.post(activity('submit-message', { ...fromAnna, id: id(), value: done }))).status).toBe(200);
    const confirmed = texts(await reply);
    expect(confirmed).toMatch(/arbodienst/i);
    const records = server.store.cases.get(caseId)!.records;
    expect(records.map((r) => r.stepId)).toContain('ziekmelding-arbodienst');
  });

  it('nothing left unanswered', () => {
    expect(nock.pendingMocks()).toEqual([]);
  });
});
