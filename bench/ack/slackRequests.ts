// Validly signed Slack requests (events, button presses, modal submissions) for the ack benchmark and the fault
// suite. Shapes follow the recorded payloads in test/fixtures/slack; all people are invented.
import { createHmac } from 'node:crypto';

/** The signing secret every local run uses (never a real one). */
export const BENCH_SIGNING_SECRET = 'bench-signing-secret-not-real';
/** A bot token of the right shape; it only ever reaches the local fake Slack API. */
export const BENCH_BOT_TOKEN = 'xoxb-0000000000-local-fake-not-a-real-token';
/** The workspace of every generated request. */
export const BENCH_TEAM = 'T0BENCH001';

/** One HTTP request for /slack/events: body and headers (signature included). */
export interface SignedRequest {
  body: string;
  headers: Record<string, string>;
}

/** Signs `body` as Slack does: v0 HMAC-SHA256 over `v0:TIMESTAMP:BODY`. */
export function sign(body: string, secret = BENCH_SIGNING_SECRET, nowSeconds = Math.floor(Date.now() / 1000)): SignedRequest['headers'] {
  const ts = String(nowSeconds);
  const sig = createHmac('sha256', secret).update(`v0:${ts}:${body}`).digest('hex');
  return { 'x-slack-request-timestamp': ts, 'x-slack-signature': `v0=${sig}` };
}

function json(payload: unknown): SignedRequest {
  const body = JSON.stringify(payload);
  return { body, headers: { 'content-type': 'application/json', ...sign(body) } };
}

function form(payload: unknown): SignedRequest {
  const body = `payload=${encodeURIComponent(JSON.stringify(payload))}`;
  return { body, headers: { 'content-type': 'application/x-www-form-urlencoded', ...sign(body) } };
}

/** A Slack user id of the bench workspace: U0B + 7 digits. */
export function userId(n: number): string {
  return `U0B${String(n).padStart(7, '0')}`;
}

/** Events API: the user opened the App Home (the bot publishes their home). */
export function appHomeOpened(eventId: string, user: string): SignedRequest {
  return json({
    token: 'unused', team_id: BENCH_TEAM, api_app_id: 'A0BENCH001', type: 'event_callback', event_id: eventId,
    event_time: Math.floor(Date.now() / 1000),
    event: { type: 'app_home_opened', user, channel: `D${user.slice(1)}`, tab: 'home', event_ts: `${Date.now() / 1000}` },
  });
}

/** Events API: a DM typed to the bot. */
export function directMessage(eventId: string, user: string, text: string): SignedRequest {
  const ts = `${(Date.now() / 1000).toFixed(6)}`;
  return json({
    token: 'unused', team_id: BENCH_TEAM, api_app_id: 'A0BENCH001', type: 'event_callback', event_id: eventId,
    event_time: Math.floor(Date.now() / 1000),
    event: { type: 'message', channel_type: 'im', channel: `D${user.slice(1)}`, user, text, ts, event_ts: ts },
  });
}

/** Interactivity: a button press (`action_id`, `value` CASEID:STEPID for step buttons). */
export function blockAction(triggerId: string, user: string, actionId: string, value: string): SignedRequest {
  return form({
    type: 'block_actions', team: { id: BENCH_TEAM, domain: 'bench' }, user: { id: user, team_id: BENCH_TEAM },
    api_app_id: 'A0BENCH001', token: 'unused', trigger_id: triggerId, container: { type: 'message', channel_id: `D${user.slice(1)}`, is_ephemeral: false },
    channel: { id: `D${user.slice(1)}`, name: 'directmessage' },
    actions: [{ type: 'button', action_id: actionId, block_id: 'b1', value, action_ts: `${Date.now() / 1000}`, text: { type: 'plain_text', text: 'x' } }],
  });
}

/** The sick-report answers of a view_submission (field ids of domain.md §5). */
export interface SickReportAnswers {
  employee: string;
  firstSickDay: string;
  workHandover?: string;
  expectedDuration?: string;
}

/** Interactivity: the sick-report modal submitted (callback_id sick-report; block and action ids = field ids). */
export function sickReportSubmission(triggerId: string, user: string, a: SickReportAnswers): SignedRequest {
  const select = (value: string) => ({ type: 'static_select', selected_option: { text: { type: 'plain_text', text: value }, value } });
  const values: Record<string, Record<string, unknown>> = {
    employee: { employee: { type: 'users_select', selected_user: a.employee } },
    firstSickDay: { firstSickDay: { type: 'datepicker', selected_date: a.firstSickDay } },
    phone: { phone: { type: 'plain_text_input', value: null } },
    address: { address: { type: 'plain_text_input', value: null } },
    expectedDuration: { expectedDuration: select(a.expectedDuration ?? 'weeks') },
    workHandover: { workHandover: { type: 'plain_text_input', value: a.workHandover ?? null } },
    workAccident: { workAccident: select('no') },
    trafficAccidentThirdParty: { trafficAccidentThirdParty: select('no') },
    safetyNet: { safetyNet: select('no') },
  };
  return form({
    type: 'view_submission', team: { id: BENCH_TEAM, domain: 'bench' }, user: { id: user, team_id: BENCH_TEAM },
    api_app_id: 'A0BENCH001', token: 'unused', trigger_id: triggerId,
    view: {
      id: `V${triggerId.replace(/\W/g, '').slice(0, 10)}`, team_id: BENCH_TEAM, type: 'modal', callback_id: 'sick-report', private_metadata: '',
      hash: '1.bench', title: { type: 'plain_text', text: 'Ziekmelding' },
      blocks: Object.keys(values).map((id) => ({ type: 'input', block_id: id, label: { type: 'plain_text', text: id }, element: { type: 'plain_text_input', action_id: id } })),
      state: { values },
    },
  });
}
