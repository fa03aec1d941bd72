/**
 * The gateway's own CPU per request over N synthetic kommun instances, alone (the fan-out section's
 * "gateway CPU ms/req" without its load rows or the real federation), alternating the counts:
 *   node --import tsx test/bench/fanout-cpu.ts [counts, default 1,12,48] [requests, default 1000] [rounds, default 3]
 * Per count and round: a fresh gateway (test/bench/gateways/sharded.ts) over a fresh synthetic-shard
 * process, `requests` sequential overview queries as warm-up, then the gateway's CPU time
 * (/proc/<pid>/stat) over `requests` more. Prints each round and the median, the cost per added
 * instance between the smallest and largest count, and the load average. CPU time, not latency:
 * other load on the shared machine does not inflate it (much; cache and frequency effects remain).
 * FANOUT_CPU_BASELINE=<gateway bundle .js> measures that build too, alternating with this one in every round
 * (e.g. a copy of node_modules/.cache/orebro-federation/test_bench_gateways_sharded.js made before a
 * change, kept in the same directory so its packages resolve), and prints both.
 * FANOUT_CPU_PROF=1 runs the gateways with `--cpu-prof` and prints each one's top self time from the
 * measured window only (start-up and warm-up cut off).
 */
import { readdirSync, readFileSync, mkdtempSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { singleMembers } from '@orebro/gateway/src/members';
import { freePort } from '@orebro/local-federation';
import { example } from '../support/examples';
import { startChild, waitFor } from './lib/child-process';
import { cpuTimeMs } from './lib/cpu-time';
import { placeProcesses, pinnedCommand } from './lib/cpus';
import { precompile } from './lib/precompile';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

async function sequential(url: string, body: string, requests: number): Promise<void> {
  for (let i = 0; i < requests; i++) {
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    const text = await response.text();
    if (response.status !== 200 || text.includes('"errors"')) throw new Error(`unexpected answer: HTTP ${response.status} ${text.slice(0, 300)}`);
  }
}

async function measure(n: number, requests: number, profileDir: string | undefined, gatewayBundle: string): Promise<number> {
  const placement = placeProcesses();
  const stubs = startChild(process.execPath, [await precompile('test/bench/fanout/synthetic-process.ts')], { env: { SYNTHETIC_SHARDS: String(n) } });
  try {
    const urls = JSON.parse(await stubs.firstLine) as Record<string, string> & { shards: { key: string; url: string }[] };
    const env = { ...Object.fromEntries(singleMembers.map((m) => [m.urlVariable, urls[m.name]])), SHARDS: JSON.stringify(urls.shards) };
    const port = await freePort();
    const flags = profileDir ? ['--cpu-prof', '--cpu-prof-dir', profileDir] : [];
    const [command, args] = pinnedCommand(placement, placement.gatewayCore, process.execPath, [...flags, gatewayBundle]);
    const gateway = startChild(command, args, { env: { ...env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn' } });
    const url = `http://127.0.0.1:${port}/graphql`;
    const overview = example('huvudman-overview');
    const body = JSON.stringify({ query: overview.query, variables: overview.variables });
    try {
      await waitFor('gateway', async () => (await fetch(url.replace(/graphql$/, 'health'))).ok, gateway, 180_000);
      await sequential(url, body, requests);
      const startedAt = process.hrtime.bigint();
      const before = cpuTimeMs(gateway.pid);
      await sequential(url, body, requests);
      const perRequest = (cpuTimeMs(gateway.pid) - before) / requests;
      const measuredUs = Number(process.hrtime.bigint() - startedAt) / 1000;
      await gateway.stop();
      if (profileDir) printProfile(profileDir, measuredUs);
      return perRequest;
    } finally {
      await gateway.stop();
    }
  } finally {
    await stubs.stop();
  }
}

/** Self time per function over the profile's last `windowUs` (the measured requests), idle left out. */
function printProfile(dir: string, windowUs: number): void {
  const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'))!;
  const profile = JSON.parse(readFileSync(join(dir, file), 'utf8')) as { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[]; endTime: number };
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  // The gateway is stopped right after the window, so its last windowUs of samples are the measured ones.
  const times: number[] = [];
  let t = 0;
  for (const delta of profile.timeDeltas) times.push((t += delta));
  const from = times[times.length - 1] - windowUs;
  const self = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    if (times[i] < from) return;
    const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
    if (functionName === '(idle)') return;
    const key = `${functionName || '(anonymous)'} ${url.replace(/^.*node_modules\//, '').replace(/^file:\/\/.*\//, '')}:${lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + 1);
    total++;
  });
  const top = [...self]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 40)
    .map(([k, v]) => `${((100 * v) / total).toFixed(1).padStart(5)}%  ${k}`);
  console.log(`  profile (${total} busy samples in the measured window; ${join(dir, file)}):\n  ${top.join('\n  ')}`);
}

async function main(): Promise<void> {
  const counts = (process.argv[2] ?? '1,12,48').split(',').map(Number);
  const requests = Number(process.argv[3] ?? 1000);
  const rounds = Number(process.argv[4] ?? 3);
  const builds: [string, string][] = [['this build', await precompile('test/bench/gateways/sharded.ts')]];
  if (process.env.FANOUT_CPU_BASELINE) builds.unshift(['baseline', process.env.FANOUT_CPU_BASELINE]);
  const results = new Map<string, number[]>();
  for (let round = 1; round <= rounds; round++) {
    for (const n of counts) {
      for (const [name, bundle] of builds) {
        const dir = process.env.FANOUT_CPU_PROF === '1' ? mkdtempSync(join(tmpdir(), 'orebro-fanout-cpu-')) : undefined;
        const ms = await measure(n, requests, dir, bundle);
        const key = `${name}|${n}`;
        results.set(key, [...(results.get(key) ?? []), ms]);
        console.log(`round ${round}, ${name}, ${n} instance(s): ${ms.toFixed(3)} ms CPU/request (load average ${loadavg()[0].toFixed(1)})`);
      }
    }
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const lo = Math.min(...counts);
  const hi = Math.max(...counts);
  for (const [name] of builds) {
    console.log(`\n${name}\ninstances  median ms CPU/request  (min–max)`);
    for (const n of counts) {
      const xs = results.get(`${name}|${n}`)!;
      console.log(`${String(n).padStart(9)}  ${median(xs).toFixed(3).padStart(21)}  (${Math.min(...xs).toFixed(3)}–${Math.max(...xs).toFixed(3)})`);
    }
    if (hi > lo) {
      const [low, high] = [median(results.get(`${name}|${lo}`)!), median(results.get(`${name}|${hi}`)!)];
      console.log(`per added instance (${lo}→${hi}): ${((high - low) / (hi - lo)).toFixed(4)} ms; ${hi}/${lo}: ${(high / low).toFixed(2)}×`);
    }
  }
  console.log(
    `load average now: ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
