// The baseline of the ack benchmark: a bare Bolt ExpressReceiver app with no-op listeners and the same receiver
// setup as adapters/slack/receiver.ts (endpoint, processBeforeResponse, body limit, fixed-token authorize, Web
// API client pointed at the local fake). Run as its own process: PORT, SLACK_SIGNING_SECRET, SLACK_API_URL.
import bolt from '@slack/bolt';
import express from 'express';

const { App, ExpressReceiver, LogLevel } = bolt;
const port = Number(process.env.PORT ?? 0);
const app = express();
app.disable('x-powered-by');
app.get('/healthz', (_req, res) => { res.json({ status: 'ok' }); });
const receiver = new ExpressReceiver({
  app,
  signingSecret: process.env.SLACK_SIGNING_SECRET ?? '',
  endpoints: '/slack/events',
  processBeforeResponse: true,
  bodyLimit: '1mb',
  logLevel: LogLevel.ERROR,
});
const boltApp = new App({
  receiver,
  authorize: async () => ({ botToken: process.env.SLACK_BOT_TOKEN ?? 'xoxb-bare' }),
  ignoreSelf: false,
  logLevel: LogLevel.ERROR,
  clientOptions: { slackApiUrl: process.env.SLACK_API_URL, retryConfig: { retries: 0 }, rejectRateLimitedCalls: true, timeout: 5000 },
});
boltApp.event('app_home_opened', async () => {});
boltApp.event('message', async () => {});
boltApp.action({ type: 'block_actions' }, async ({ ack }) => { await ack(); });
boltApp.view({ type: 'view_submission' }, async ({ ack }) => { await ack(); });

const server = app.listen(port, '127.0.0.1', () => {
  const addr = server.address();
  process.stdout.write(`bare bolt listening ${typeof addr === 'object' && addr ? addr.port : port}\n`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
