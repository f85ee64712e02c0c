// Runs the fake Slack Web API as its own process (so its work is not charged to the load generator) and prints
// its URL; on SIGTERM it prints how many calls it answered and exits.
import { startFakeSlack } from './fakeSlack.js';

const fake = await startFakeSlack();
process.stdout.write(`fake slack ${fake.url}\n`);
process.on('SIGTERM', () => {
  process.stdout.write(`fake slack calls ${fake.calls.length}\n`);
  void fake.close().then(() => process.exit(0));
});
