import { gatewayService, kommunMember, singleMembers } from '@orebro/gateway/src/members';
import { freePort } from '@orebro/local-federation';
import { example } from '../../support/examples';
import { startChild, waitFor, type RunningChild } from '../lib/child-process';
import { pinnedCommand, type Placement } from '../lib/cpus';
import { ask, benchEnv, type BenchFederation } from '../lib/federation';
import { cpuPerRequestMs } from '../lib/cpu-time';
import { runLoad, type LoadResult } from '../lib/load';
import { precompile } from '../lib/precompile';
import type { BenchSettings } from '../lib/settings';
import { ms, num, ratio, table } from '../lib/table';

const REAL_COUNTS = [1, 3, 6, 12];
const SYNTHETIC_COUNTS = [1, 3, 6, 12, 48];
const CLIENTS = [1, 16];
/** Sequential requests over which the gateway's CPU per request is taken (the clock ticks in 10 ms). */
const CPU_SAMPLE_REQUESTS = 1000;

interface Point {
  shards: number;
  clients: number;
  load?: LoadResult;
  /** The gateway's own CPU per request at one client, measured once per instance count. */
  gatewayCpuMs?: number;
  problem?: string;
}

/**
 * Section 3: the overview query over a growing number of kommun instances. Real: a gateway process
 * per count over the first N real instances of the running federation (each answers from its own
 * SQLite database). Synthetic: the same query over N shards of an in-memory stand-in (see
 * fanout/synthetic-process.ts), up to 48, so the trend beyond twelve is visible.
 */
export async function fanOutSection(settings: BenchSettings, placement: Placement, bench: BenchFederation, log: (line: string) => void): Promise<string> {
  const overview = example('huvudman-overview');
  const body = JSON.stringify({ query: overview.query, variables: overview.variables });
  const realGateway = await precompile(gatewayService.entry);
  const real: Point[] = [];
  for (const n of REAL_COUNTS) {
    const shards = kommunMember.shardKeys
      .slice(0, n)
      .map((code) => `${code}=${bench.urls.get(`${kommunMember.name}-${code}`)}`)
      .join(',');
    const singles = Object.fromEntries(singleMembers.map((m) => [m.urlVariable, bench.urls.get(m.name)!]));
    const env = { ...benchEnv, ...singles, [kommunMember.urlVariable]: shards };
    // The register lists all thirteen huvudmän: the kommuner without an instance here are reported missing.
    const missing = kommunMember.shardKeys.slice(n);
    real.push(...(await curvePoint(`real ${n}`, n, realGateway, env, body, settings, placement, log, missing)));
  }

  const syntheticGateway = await precompile('test/bench/gateways/sharded.ts');
  const stubs = await precompile('test/bench/fanout/synthetic-process.ts');
  const synthetic: Point[] = [];
  for (const n of SYNTHETIC_COUNTS) {
    const process_ = startChild(process.execPath, [stubs], { env: { SYNTHETIC_SHARDS: String(n) } });
    try {
      const urls = JSON.parse(await process_.firstLine) as Record<string, string> & { shards: { key: string; url: string }[] };
      const singles = Object.fromEntries(singleMembers.map((m) => [m.urlVariable, urls[m.name]]));
      const env = { ...benchEnv, ...singles, SHARDS: JSON.stringify(urls.shards) };
      synthetic.push(...(await curvePoint(`synthetic ${n}`, n, syntheticGateway, env, body, settings, placement, log)));
    } finally {
      await process_.stop();
    }
  }

  return [
    '## 3. Fan-out: the overview query over more and more kommun instances',
    '',
    `examples/huvudman-overview.graphql (every huvudman, each kommun's population from its own instance), ` +
      `${settings.stepWarmupSeconds} s warm-up and ${settings.stepDurationSeconds} s measured per row, gateway on its own core. ` +
      `**Real**: a gateway over the first N of the twelve real kommun instances (SQLite, as \`npm start\`); the register still lists all ` +
      `thirteen huvudmän, so with fewer instances the others' populations are null. **Synthetic**: the real schemas served from memory for ` +
      `N invented kommuner (codes 9001…), each its own shard on its own port (all in one helper process), the register listing exactly those N: ` +
      `the gateway's work grows with N as it would with N real instances; the instances' work per request is small, but it is done one ` +
      `instance after another in that one process, so it too grows with N in the latency (N machines would do it side by side).`,
    '',
    curveTable('Real kommun instances', real),
    '',
    curveTable('Synthetic kommun instances', synthetic),
    '',
    `p50 with 12 instances / p50 with 1 (target < 2): real ${p50Ratio(real, 1)} at 1 client, ${p50Ratio(real, 16)} at 16 clients; ` +
      `synthetic ${p50Ratio(synthetic, 1)} at 1 client, ${p50Ratio(synthetic, 16)} at 16 clients. Synthetic 48 / 12: ${p50Ratio(synthetic, 1, 48, 12)} at 1 client.`,
    '',
    `Gateway CPU per request, 12 instances / 1 (its own cost of the fan-out, which latency on this machine mixes with the instances' ` +
      `work queued on the same cores): real ${cpuRatio(real)}, synthetic ${cpuRatio(synthetic)}; synthetic 48 / 12: ${cpuRatio(synthetic, 48, 12)}.`,
  ].join('\n');
}

async function curvePoint(
  label: string,
  n: number,
  entry: string,
  env: Record<string, string>,
  body: string,
  settings: BenchSettings,
  placement: Placement,
  log: (line: string) => void,
  missing: readonly string[] = [],
): Promise<Point[]> {
  const port = await freePort();
  const [command, args] = pinnedCommand(placement, placement.gatewayCore, process.execPath, [entry]);
  const gateway: RunningChild = startChild(command, args, { env: { ...env, PORT: String(port), HOST: '127.0.0.1' } });
  const url = `http://127.0.0.1:${port}/graphql`;
  try {
    await waitFor(`gateway over ${label}`, async () => (await fetch(url.replace(/graphql$/, 'health'))).ok, gateway);
    const answer = await ask(url, body);
    const problem = answer.status !== 200 ? `HTTP ${answer.status}` : unexpectedErrors(answer.text, missing);
    if (problem) return CLIENTS.map((clients) => ({ shards: n, clients, problem }));
    const points: Point[] = [];
    for (const clients of CLIENTS) {
      const load = await runLoad({
        url,
        body,
        connections: clients,
        warmupSeconds: settings.stepWarmupSeconds,
        durationSeconds: settings.stepDurationSeconds,
        expectBody: answer.text,
      });
      log(`fan-out ${label} at ${clients}: ${num(load.rps)} req/s, p50 ${ms(load.p50)} ms`);
      points.push({ shards: n, clients, load });
    }
    // After the load runs, so the gateway's code is compiled and its plan cached: steady-state cost.
    const gatewayCpuMs = await cpuPerRequestMs(gateway.pid, url, body, CPU_SAMPLE_REQUESTS);
    return points.map((p) => ({ ...p, gatewayCpuMs }));
  } finally {
    await gateway.stop();
  }
}

/**
 * What is wrong with an answer's errors, or undefined: exactly one HUVUDMAN_UNAVAILABLE error for each
 * kommun in `missing` (those without an instance in this row) is expected, and nothing else.
 */
function unexpectedErrors(text: string, missing: readonly string[]): string | undefined {
  let errors: { message: string; extensions?: Record<string, unknown> }[];
  try {
    errors = (JSON.parse(text) as { errors?: typeof errors }).errors ?? [];
  } catch {
    return `not JSON: ${text.slice(0, 100)}`;
  }
  const expected = new Set(missing);
  for (const error of errors) {
    const huvudman = error.extensions?.[kommunMember.shardExtension];
    if (error.extensions?.code !== 'HUVUDMAN_UNAVAILABLE' || typeof huvudman !== 'string' || !expected.delete(huvudman)) return error.message;
  }
  return expected.size === 0 ? undefined : `no HUVUDMAN_UNAVAILABLE error for ${[...expected].join(', ')}`;
}

function curveTable(title: string, points: Point[]): string {
  const base = (clients: number) => points.find((p) => p.shards === 1 && p.clients === clients)?.load;
  return [
    `**${title}**`,
    '',
    table(
      ['instances', 'clients', 'req/s', 'p50 ms', 'p95 ms', 'p99 ms', 'p50 vs 1 instance', 'gateway CPU ms/req', 'errors', 'wrong'],
      points.map((p) =>
        p.load
          ? [
              p.shards,
              p.clients,
              num(p.load.rps),
              ms(p.load.p50),
              ms(p.load.p95),
              ms(p.load.p99),
              ratio(p.load.p50, base(p.clients)?.p50 ?? NaN),
              ms(p.gatewayCpuMs ?? NaN),
              p.load.errors + p.load.non2xx,
              p.load.mismatches,
            ]
          : [p.shards, p.clients, `not measured: ${p.problem}`, '', '', '', '', '', '', ''],
      ),
    ),
  ].join('\n');
}

function p50Ratio(points: Point[], clients: number, top = 12, bottom = 1): string {
  const at = (n: number) => points.find((p) => p.shards === n && p.clients === clients)?.load?.p50 ?? NaN;
  return ratio(at(top), at(bottom));
}

function cpuRatio(points: Point[], top = 12, bottom = 1): string {
  const at = (n: number) => points.find((p) => p.shards === n)?.gatewayCpuMs ?? NaN;
  return ratio(at(top), at(bottom));
}
