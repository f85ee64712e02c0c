// End to end with the real bot (flows/router.ts createBot) as a new Slack user would try it:
// report a colleague sick in the modal, get refused for medical text, see the confirmation in the DM,
// open the App Home, and use the step buttons (done, deviate with a reason).
import nock from 'nock';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createBot } from '../../../flows/router.js';
import { importRoles } from '../../../src/app/index.js';
import { fixture, isolateNetwork, recordResponseUrls, recordSlackApi, startSlack, type ApiCall, type SlackHarness } from './support/harness.js';
import { violations } from './support/blockKitRules.js';
import { INTAKE_IDS } from './support/forms.js';

const NOW = new Date('2025-03-11T08:30:00Z');
const ROLES_CSV = [
  'employer,personId,name,email,slackUserId,teamsAadObjectId,role,managerPersonId,employmentEnd',
  'bakkerij,anna,Anna de Vries,anna@bakkerij-de-vries.example,U0ANNA0001,,manager,,',
  'bakkerij,piet,Piet Jansen,piet@bakkerij-de-vries.example,U0PIET0001,,employee,anna,',
  'bakkerij,fatima,Fatima El Amrani,fatima@bakkerij-de-vries.example,U0FATIMA01,,hr,,',
].join('\n');

type View = { callback_id: string; private_metadata?: string; blocks: Array<{ type: string; block_id?: string; elements?: Array<{ action_id: string; value: string }> }> };
type Sub = { trigger_id: string; view: { state: { values: Record<string, Record<string, Record<string, unknown>>> } } };

describe('Slack end to end with the real bot', () => {
  let h: SlackHarness;
  let api: ApiCall[];
  const usersInfo = fixture('users-info-piet.json');

  beforeAll(async () => {
    isolateNetwork();
    h = await startSlack((deps) => createBot(deps), {
      clock: () => NOW,
      before: (store) => importRoles({ store, now: NOW }, ROLES_CSV),
    });
  });
  afterAll(async () => {
    await h.stop();
    nock.enableNetConnect();
  });
  beforeEach(() => {
    api = recordSlackApi({ 'users.info': usersInfo });
    recordResponseUrls();
  });
  afterEach(() => {
    // Whatever the real flows produced must be valid Block Kit.
    for (const c of api) {
      if (c.method === 'chat.postMessage') expect(violations('message', c.args)).toEqual([]);
      if (c.method === 'views.open') expect(violations('modal', c.args.view as object)).toEqual([]);
      if (c.method === 'views.publish') expect(violations('home', c.args.view as object)).toEqual([]);
    }
    nock.cleanAll();
  });

  const posted = () => api.filter((c) => c.method === 'chat.postMessage').map((c) => String(c.args.text));
  const caseOfPiet = () => h.store.cases.listByEmployee('piet');

  it('/verzuim ziek opens the sick-report modal with the nine intake fields', async () => {
    await h.command({ ...fixture<Record<string, string>>('slash-command.json'), text: 'ziek', trigger_id: 'e2e.ziek.1' });
    await h.mount.idle();
    const open = api.find((c) => c.method === 'views.open');
    expect(open, JSON.stringify(api.map((c) => c.method))).toBeDefined();
    const view = open!.args.view as View;
    expect(view.callback_id).toBe('sick-report');
    expect(view.blocks.filter((b) => b.type === 'input').map((b) => b.block_id)).toEqual(INTAKE_IDS);
  });

  it('/verzuim ziek @Piet pre-selects Piet in the people picker (person id → Slack user id)', async () => {
    await h.command({ ...fixture<Record<string, string>>('slash-command.json'), text: 'ziek <@U0PIET0001|piet.jansen>', trigger_id: 'e2e.ziek.2' });
    await h.mount.idle();
    const view = api.find((c) => c.method === 'views.open')!.args.view as { blocks: Array<{ block_id?: string; element?: Record<string, unknown> }> };
    expect(view.blocks.find((b) => b.block_id === 'employee')!.element).toMatchObject({ type: 'users_select', initial_user: 'U0PIET0001' });
  });

  it('refuses medical text in the handover field inside the ack, and records nothing', async () => {
    const sub = fixture<Sub>('view-submission-sick-report.json');
    sub.trigger_id = 'e2e.refused.1';
    sub.view.state.values.workHandover.workHandover.value = 'Piet heeft griep en hoge koorts, hij ligt op bed';
    const res = await h.interaction(sub);
    const body = res.json() as { response_action: string; errors: Record<string, string> };
    expect(body.response_action).toBe('errors');
    expect(Object.keys(body.errors)).toEqual(['workHandover']);
    expect(JSON.stringify(body)).not.toMatch(/griep|koorts/);
    await h.mount.idle();
    expect(api).toHaveLength(0);
    expect(caseOfPiet()).toHaveLength(0);
  });

  it('records a valid sick report, closes the modal and confirms in the reporter\'s DM', async () => {
    const res = await h.interaction(fixture('view-submission-sick-report.json'));
    expect(res.status).toBe(200);
    expect(res.text).toBe('');
    await h.mount.idle();
    expect(caseOfPiet()).toHaveLength(1);
    expect(caseOfPiet()[0].periods[0].start).toBe('2025-03-10');
    const dm = api.filter((c) => c.method === 'chat.postMessage');
    expect(dm.length).toBeGreaterThan(0);
    expect(dm[0].args.channel).toBe('D0ANNADM01');
    expect(posted().join('\n')).toMatch(/Piet Jansen/);
  });

  it('shows the case with step buttons in the App Home', async () => {
    await h.event(fixture('event-app-home-opened.json'));
    await h.mount.idle();
    const publish = api.find((c) => c.method === 'views.publish');
    expect(publish, JSON.stringify(api.map((c) => c.method))).toBeDefined();
    const view = publish!.args.view as View;
    const buttons = view.blocks.flatMap((b) => b.elements ?? []);
    const caseId = caseOfPiet()[0].id;
    expect(buttons.some((b) => b.action_id === 'step-done' && b.value.startsWith(`${caseId}:`))).toBe(true);
  });

  it('marks a step done from a reminder button and confirms in the DM', async () => {
    const caseId = caseOfPiet()[0].id;
    const click = fixture<{ actions: Array<Record<string, unknown>> }>('block-actions-step-done.json');
    click.actions[0].value = `${caseId}:ziekmelding-arbodienst`;
    await h.interaction({ ...click, trigger_id: 'e2e.done.1' });
    await h.mount.idle();
    expect(posted()).toHaveLength(1);
    const record = caseOfPiet()[0].records.find((r) => r.stepId === 'ziekmelding-arbodienst');
    expect(record, posted()[0]).toBeDefined();
  });

  it('deviates from a step: button → modal → reason submitted → recorded', async () => {
    const caseId = caseOfPiet()[0].id;
    const click = fixture<{ actions: Array<Record<string, unknown>> }>('block-actions-home-step-deviate.json');
    click.actions[0].value = `${caseId}:probleemanalyse`;
    await h.interaction({ ...click, trigger_id: 'e2e.deviate.1' });
    await h.mount.idle();
    const open = api.find((c) => c.method === 'views.open');
    expect(open, JSON.stringify(api.map((c) => [c.method, c.args.text]))).toBeDefined();
    const view = open!.args.view as View;
    expect(view.callback_id).toBe('step-deviate');
    expect(view.blocks.filter((b) => b.type === 'input').map((b) => b.block_id)).toEqual(['reason', 'newDate']);

    const sub = fixture<Sub & { view: { private_metadata: string } }>('view-submission-step-deviate.json');
    sub.trigger_id = 'e2e.deviate.submit.1';
    sub.view.private_metadata = view.private_metadata ?? '';
    const res = await h.interaction(sub);
    expect(res.text, res.text).toBe('');
    await h.mount.idle();
    const record = caseOfPiet()[0].records.find((r) => r.stepId === 'probleemanalyse');
    expect(record, posted().join(' | ')).toBeDefined();
  });

  it('answers a typed command in the DM', async () => {
    await h.event({ ...fixture<Record<string, unknown>>('event-message-im.json'), event_id: 'Ev0E2ETAKEN' , event: { ...fixture<{ event: object }>('event-message-im.json').event, text: 'taken' } });
    await h.mount.idle();
    expect(posted()).toHaveLength(1);
    expect(api.find((c) => c.method === 'chat.postMessage')!.args.channel).toBe('D0ANNADM01');
  });
});
