// A scheduler process that dies by SIGKILL right after its Nth send reached the "platform" (a file), before it
// could mark the message sent. Its "platform" can be asked what arrived (checksDelivery), as Slack can. Usage: node --import tsx crashChild.ts DB_PATH DELIVERIES_FILE N ISO_INSTANT
import { appendFileSync, closeSync, fsyncSync, openSync } from 'node:fs';
import pino from 'pino';
import type { Logger } from '../../../src/log.js';
import { fixedClock } from '../../../src/ports/clock.js';
import type { Messenger } from '../../../src/ports/outbox.js';
import { createScheduler } from '../../../src/scheduler/index.js';
import { openStore } from '../../../src/store/index.js';

const [dbPath, deliveries, killOnArg, instant] = process.argv.slice(2);
const killOn = Number(killOnArg);
const now = new Date(instant);
let sends = 0;
const slack: Messenger = {
  platform: 'slack',
  checksDelivery: true,
  async send(target, message, opts) {
    sends++;
    const fd = openSync(deliveries, 'a');
    appendFileSync(fd, JSON.stringify({ userId: target.userId, summary: message.summary, key: opts?.key }) + '\n');
    fsyncSync(fd);
    closeSync(fd);
    if (sends === killOn) process.kill(process.pid, 'SIGKILL');
    return { ok: true };
  },
};
const store = openStore(dbPath);
const scheduler = createScheduler({
  store, messengers: { slack }, intervalSeconds: 60, clock: fixedClock(now), log: pino({ level: 'silent' }) as unknown as Logger,
  pacing: { perTarget: {}, perPlatform: {} }, delivery: { concurrency: 1 },
});
await scheduler.runOnce(now);
store.close();
