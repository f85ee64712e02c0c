// Runs the fake Slack Web API as its own process (so its work is not charged to the load generator) and prints
// its URL; it prints its call count whenever it changed (at most 5 times a second), so the benchmark can tell
// when the server has stopped calling; on SIGTERM it prints the final count and exits.
import { startFakeSlack } from './fakeSlack.js';

const fake = await startFakeSlack();
process.stdout.write(`fake slack ${fake.url}\n`);
let printed = 0;
setInterval(() => {
  if (fake.calls.length === printed) return;
  printed = fake.calls.length;
  process.stdout.write(`fake slack calls ${printed}\n`);
}, 200).unref();
process.on('SIGTERM', () => {
  process.stdout.write(`fake slack calls ${fake.calls.length}\n`);
  void fake.close().then(() => process.exit(0));
});
