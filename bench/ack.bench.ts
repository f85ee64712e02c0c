// `npm run bench:ack` (issue 8): how fast our server acknowledges Slack, next to a bare Bolt app.
// autocannon sends validly signed Slack requests (App Home opened, DM, button press; unique ids) over loopback at a
// fixed rate — 200/s for 10 s, then 500/s for 10 s — to (a) `verzuimbot serve` with the real bot and (b) a bare
// Bolt ExpressReceiver app with no-op listeners and the same receiver setup, alternating, repeated; the medians
// are compared. Every Slack Web API call goes to a local fake (SLACK_API_URL), so nothing leaves the machine.
// Bar: our p99 ≤ 1.25 × bare p99 at each rate, and zero non-2xx answers. Latency is taken from every answer and
// corrected for coordinated omission at the intended send interval (bench/ack/load.ts); autocannon's own p99,
// whose correction assumes a 1 ms interval, is printed beside it.
// Our server acknowledges a delivery once it is stored in its inbound queue and handles it right after, so after
// each of its runs the benchmark also reports what was still queued when the load stopped and how long until the
// queue was empty and the fake Slack API had received its last call; the next run starts only then (so neither
// target is measured while ours is still working off an earlier run). Where /proc exists it also reports the CPU
// each server used per request.
// Both servers run compiled to plain JavaScript (scripts/build.mjs into dist/ack/), as `npm start` runs ours;
// --source runs both from the TypeScript sources through tsx instead.
// Flags: --duration=S (10) --rates=200,500 --reps=N (5) --warmup=S (3) --connections=N (32) --json --source
//        --cpu-prof=DIR (profile our server into DIR: node --cpu-prof)
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { load, type LoadResult } from './ack/load.js';
import { compileServers, freePort, spawnBare, spawnFakeSlack, spawnOurs, waitHealthy, type Child } from './ack/processes.js';
import { BENCH_BOT_TOKEN, BENCH_SIGNING_SECRET } from './ack/slackRequests.js';

const flag = (name: string, fallback: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;
const DURATION = Number(flag('duration', '10'));
const RATES = flag('rates', '200,500').split(',').map(Number);
const REPS = Number(flag('reps', '5'));
const WARMUP = Number(flag('warmup', '3'));
const CONNECTIONS = Number(flag('connections', '32'));
const JSON_OUT = process.argv.includes('--json');
const CPU_PROF = flag('cpu-prof', '');
const COMPILED = !process.argv.includes('--source');
const BAR = 1.25;

/** CPU seconds (user + system) a process has used, from /proc; undefined where there is no /proc. */
function cpuSeconds(pid: number | undefined): number | undefined {
  const stat = `/proc/${pid}/stat`;
  if (pid === undefined || !existsSync(stat)) return undefined;
  const fields = readFileSync(stat, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100; // utime, stime in clock ticks (USER_HZ = 100)
}

/** What one run of ours left behind: deliveries still queued when the load stopped, and when all work was done. */
interface Aftermath {
  queuedAtEnd: number;
  settledMs: number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

async function main(): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 'verzuimbot-bench-'));
  if (COMPILED) compileServers();
  const fake = await spawnFakeSlack(); // its own process: its work is charged neither to us nor to autocannon
  const children: Child[] = [fake.child];
  try {
    const dbPath = join(dir, 'bench.db');
    const ours = spawnOurs({
      port: await freePort(), databasePath: dbPath, slackApiUrl: fake.url,
      signingSecret: BENCH_SIGNING_SECRET, botToken: BENCH_BOT_TOKEN,
      nodeArgs: CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${CPU_PROF}`] : [], compiled: COMPILED,
    });
    children.push(ours);
    const bare = spawnBare(await freePort(), fake.url, BENCH_SIGNING_SECRET, BENCH_BOT_TOKEN, COMPILED);
    children.push(bare);
    await Promise.all([waitHealthy(ours), waitHealthy(bare)]);
    const targets = { ours, bare } as const;
    const queued = (): number => {
      const db = new Database(dbPath, { readonly: true, fileMustExist: true });
      try {
        return (db.prepare('SELECT count(*) AS n FROM inbound').get() as { n: number }).n;
      } finally {
        db.close();
      }
    };
    /** Waits until ours has an empty queue and the fake has had no call for a second (at most 120 s). */
    const settle = async (): Promise<Aftermath> => {
      const t0 = Date.now();
      const queuedAtEnd = queued();
      let calls = fake.calls();
      let quietSince = Date.now();
      while (Date.now() - t0 < 120_000) {
        await sleep(100);
        const now = fake.calls();
        if (now !== calls) { calls = now; quietSince = Date.now(); }
        if (Date.now() - quietSince >= 1000 && queued() === 0) break;
      }
      return { queuedAtEnd, settledMs: Math.max(0, quietSince - t0) };
    };

    if (WARMUP > 0) {
      for (const [name, child] of Object.entries(targets)) await load(`warm-${name}`, child.port, 100, WARMUP, CONNECTIONS);
      await settle();
    }
    const runs: Array<LoadResult & { cpuMsPerRequest?: number; after?: Aftermath }> = [];
    for (let rep = 0; rep < REPS; rep++) {
      // Alternate who goes first, so neither always runs on a machine the other just warmed or tired.
      const order = rep % 2 === 0 ? (['ours', 'bare'] as const) : (['bare', 'ours'] as const);
      for (const rate of RATES) {
        for (const name of order) {
          const pid = targets[name].proc.pid;
          const cpu0 = cpuSeconds(pid);
          const r = await load(name, targets[name].port, rate, DURATION, CONNECTIONS);
          // Ours: the CPU of its work after the load counts too (it is the cost of these requests).
          const after = name === 'ours' ? await settle() : undefined;
          const cpu1 = cpuSeconds(pid);
          const cpuMsPerRequest = cpu0 !== undefined && cpu1 !== undefined ? +((1000 * (cpu1 - cpu0)) / Math.max(r.requests, 1)).toFixed(2) : undefined;
          runs.push({ ...r, cpuMsPerRequest, after });
          if (!JSON_OUT) {
            const afterText = after ? `; queued at end ${after.queuedAtEnd}, all handled and replied ${(after.settledMs / 1000).toFixed(1)} s after` : '';
            const cpuText = cpuMsPerRequest !== undefined ? `, CPU ${cpuMsPerRequest} ms/request` : '';
            console.log(`rep ${rep + 1} ${name.padEnd(4)} ${rate}/s: ${r.requests} req (${Math.round(r.requests / DURATION)}/s answered), p50 ${r.p50} ms, p99 ${r.p99} ms, max ${r.max} ms (autocannon p99 ${r.autocannonP99} ms), non-2xx ${r.non2xx}, errors ${r.errors}, timeouts ${r.timeouts}${cpuText}${afterText}`);
          }
        }
      }
    }

    const summary = RATES.map((rate) => {
      const of = (t: string) => runs.filter((r) => r.rate === rate && r.target === t);
      const cpu = (xs: typeof runs) => (xs.every((r) => r.cpuMsPerRequest !== undefined) ? median(xs.map((r) => r.cpuMsPerRequest!)) : undefined);
      const o = of('ours');
      const b = of('bare');
      const sum = (xs: LoadResult[], k: 'non2xx' | 'errors' | 'timeouts' | 'requests') => xs.reduce((n, r) => n + r[k], 0);
      const oursP99 = median(o.map((r) => r.p99));
      const bareP99 = median(b.map((r) => r.p99));
      const autocannonP99 = { ours: median(o.map((r) => r.autocannonP99)), bare: median(b.map((r) => r.autocannonP99)) };
      return {
        rate, reps: REPS, durationS: DURATION,
        ours: { p50: median(o.map((r) => r.p50)), p99: oursP99, requests: sum(o, 'requests'), non2xx: sum(o, 'non2xx'), errors: sum(o, 'errors') + sum(o, 'timeouts') },
        bare: { p50: median(b.map((r) => r.p50)), p99: bareP99, requests: sum(b, 'requests'), non2xx: sum(b, 'non2xx'), errors: sum(b, 'errors') + sum(b, 'timeouts') },
        achieved: { ours: Math.round(sum(o, 'requests') / (REPS * DURATION)), bare: Math.round(sum(b, 'requests') / (REPS * DURATION)) },
        cpuMsPerRequest: { ours: cpu(o), bare: cpu(b) },
        oursAfterLoad: { queuedAtEnd: median(o.map((r) => r.after!.queuedAtEnd)), settledS: +(median(o.map((r) => r.after!.settledMs)) / 1000).toFixed(1) },
        ratioP50: +(median(o.map((r) => r.p50)) / Math.max(median(b.map((r) => r.p50)), 0.001)).toFixed(2),
        ratioP99: +(oursP99 / Math.max(bareP99, 0.001)).toFixed(2),
        autocannonP99: { ...autocannonP99, ratio: +(autocannonP99.ours / Math.max(autocannonP99.bare, 0.001)).toFixed(2) },
      };
    });
    await fake.child.stop();
    const slackCalls = fake.calls();
    // The rate must also be met: a server that answers fewer requests than were due has its backlog in its tail.
    const pass = summary.every((s) => s.ratioP99 <= BAR && s.ours.non2xx === 0 && s.ours.errors === 0 && s.achieved.ours >= 0.95 * s.rate);
    if (JSON_OUT) {
      console.log(JSON.stringify({ summary, slackCallsToFake: slackCalls, bar: BAR, pass }, null, 2));
    } else {
      console.log(`\n${COMPILED ? 'compiled (as npm start runs it)' : 'from the sources (tsx)'}; medians over ${REPS} alternating reps of ${DURATION} s per rate (latency in ms; Slack API calls all went to the local fake: ${slackCalls})`);
      console.log('rate  | answered/s ours | bare | ours p50 | ours p99 | bare p50 | bare p99 | p99 ours/bare | ours non-2xx | ours errors | bare non-2xx');
      for (const s of summary) {
        console.log(`${String(s.rate).padEnd(5)} | ${String(s.achieved.ours).padStart(15)} | ${String(s.achieved.bare).padStart(4)} | ${String(s.ours.p50).padStart(8)} | ${String(s.ours.p99).padStart(8)} | ${String(s.bare.p50).padStart(8)} | ${String(s.bare.p99).padStart(8)} | ${String(s.ratioP99).padStart(13)} | ${String(s.ours.non2xx).padStart(12)} | ${String(s.ours.errors).padStart(11)} | ${String(s.bare.non2xx).padStart(12)}`);
      }
      console.log('rate  | ours CPU ms/request | bare CPU ms/request | ours: queued when the load stopped | ours: all handled and replied after');
      for (const s of summary) {
        console.log(`${String(s.rate).padEnd(5)} | ${String(s.cpuMsPerRequest.ours ?? 'n/a').padStart(19)} | ${String(s.cpuMsPerRequest.bare ?? 'n/a').padStart(19)} | ${String(s.oursAfterLoad.queuedAtEnd).padStart(34)} | ${`${s.oursAfterLoad.settledS} s`.padStart(35)}`);
      }
      console.log('rate  | autocannon p99 ours | bare | ratio (its correction assumes a 1 ms send interval: not the bar)');
      for (const s of summary) console.log(`${String(s.rate).padEnd(5)} | ${String(s.autocannonP99.ours).padStart(19)} | ${String(s.autocannonP99.bare).padStart(4)} | ${s.autocannonP99.ratio}`);
      console.log(`bar: ours p99 ≤ ${BAR} × bare p99, zero non-2xx/errors, and the rate answered — ${pass ? 'MET' : 'NOT MET'}`);
    }
    return pass ? 0 : 1;
  } finally {
    await Promise.all(children.map((c) => c.stop()));
    rmSync(dir, { recursive: true, force: true });
  }
}

main().then((code) => { process.exitCode = code; }, (err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exitCode = 1;
});
