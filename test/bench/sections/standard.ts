import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { freePort } from '@orebro/local-federation';
import { startChild, waitFor, type RunningChild } from '../lib/child-process';
import { pinnedCommand, type Placement } from '../lib/cpus';
import { ensureHiveGateway, hiveBin } from '../lib/hive';
import { runLoad, type LoadResult } from '../lib/load';
import { childPids, memoryOf } from '../lib/memory';
import { precompile } from '../lib/precompile';
import type { BenchSettings } from '../lib/settings';
import { ms, num, ratio, table } from '../lib/table';
import { expectedAnswer } from '../standard/expected';
import { standardQuery } from '../standard/query';
import { composeStandardSupergraph } from '../standard/supergraph';

const SEMI_SPACE_FLAG = '--max-semi-space-size=32';

interface Peer {
  id: string;
  /** Whether identical requests in flight together share one execution. */
  sharing: boolean;
  label: string;
  command(port: number, dir: string): Promise<{ command: string; args: string[]; cwd?: string; env?: Record<string, string> }>;
}

interface Row {
  peer: Peer;
  load?: LoadResult;
  peakMb?: number;
  problem?: string;
}

/**
 * Section 1: the public GraphQL gateways benchmark reproduced — the same four subgraphs and query —
 * driving our gateway, plain Apollo Gateway and Hive Gateway in turn against the same subgraphs.
 */
export async function standardSection(settings: BenchSettings, placement: Placement, log: (line: string) => void): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'orebro-bench-standard-'));
  const subgraphsJs = await precompile('test/bench/standard/subgraphs-process.ts');
  const subgraphs = startChild(process.execPath, [subgraphsJs], {});
  const rows: Row[] = [];
  let hiveNote = '';
  try {
    const urls = JSON.parse(await subgraphs.firstLine) as Record<string, string>;
    const supergraphFile = join(dir, 'supergraph.graphql');
    writeFileSync(supergraphFile, composeStandardSupergraph(urls));
    const expected = await expectedAnswer();
    const env = { SUPERGRAPH_FILE: supergraphFile, SUBGRAPH_URLS: JSON.stringify(urls), LOG_LEVEL: 'warn' };

    const peers: Peer[] = [
      {
        id: 'ours',
        sharing: true,
        label: 'our gateway (startFederationServer, as deployed)',
        command: async () => ({ command: process.execPath, args: [await precompile('test/bench/gateways/ours.ts')] }),
      },
      {
        id: 'ours-no-sharing',
        sharing: false,
        label: 'our gateway, in-flight sharing off',
        command: async () => ({ command: process.execPath, args: [await precompile('test/bench/gateways/ours.ts')], env: { SHARE_IN_FLIGHT: 'false' } }),
      },
      {
        // An experiment, not how the gateway is started: a larger young generation for its short-lived
        // per-request objects. Kept here so a quiet machine can settle whether it pays (see ab-gateway.ts).
        id: 'ours-semi-space',
        sharing: false,
        label: `our gateway, in-flight sharing off, experiment: node ${SEMI_SPACE_FLAG}`,
        command: async () => ({
          command: process.execPath,
          args: [SEMI_SPACE_FLAG, await precompile('test/bench/gateways/ours.ts')],
          env: { SHARE_IN_FLIGHT: 'false' },
        }),
      },
      {
        id: 'apollo',
        sharing: false,
        label: '@apollo/gateway + @apollo/server (baseline)',
        command: async () => ({ command: process.execPath, args: [await precompile('test/bench/gateways/apollo-baseline.ts')] }),
      },
    ];
    const hive = ensureHiveGateway(log);
    if (hive.ok) {
      hiveNote = `Hive Gateway ${hive.version} runs on this Node (${process.version}).`;
      const hivePeer = (id: string, label: string, dedupe: boolean): Peer => ({
        id,
        sharing: dedupe,
        label,
        async command(port, runDir) {
          // The standard benchmark's Hive configuration: JIT, and (its gateway.config.ts) inbound
          // in-flight request de-duplication, which answers identical concurrent requests once.
          writeFileSync(join(runDir, 'gateway.config.mjs'), `export const gatewayConfig = { jit: true, inboundInflightRequestDeduplication: ${dedupe} };\n`);
          const args = [
            hiveBin,
            'supergraph',
            supergraphFile,
            '--port',
            String(port),
            '--host',
            '127.0.0.1',
            '--jit',
            '-c',
            join(runDir, 'gateway.config.mjs'),
          ];
          return { command: process.execPath, args, cwd: runDir, env: { NODE_ENV: 'production' } };
        },
      });
      peers.push(hivePeer('hive', `Hive Gateway ${hive.version} (standard config: jit + in-flight dedupe)`, true));
      peers.push(hivePeer('hive-nodedupe', `Hive Gateway ${hive.version} (jit, no dedupe)`, false));
    } else {
      hiveNote = `Hive Gateway not measured: ${hive.reason}`;
      log(hiveNote);
    }

    for (const peer of peers) rows.push(await measurePeer(peer, settings, placement, dir, env, expected, log));
  } finally {
    await subgraphs.stop();
    rmSync(dir, { recursive: true, force: true });
  }
  return report(rows, settings, placement, hiveNote);
}

async function measurePeer(
  peer: Peer,
  settings: BenchSettings,
  placement: Placement,
  dir: string,
  env: Record<string, string>,
  expected: unknown,
  log: (line: string) => void,
): Promise<Row> {
  const port = await freePort();
  const runDir = mkdtempSync(join(dir, `${peer.id}-`));
  const { command, args, cwd, env: own } = await peer.command(port, runDir);
  const [cmd, cmdArgs] = pinnedCommand(placement, placement.gatewayCore, command, args);
  const gateway: RunningChild = startChild(cmd, cmdArgs, { env: { ...env, ...own, PORT: String(port) }, cwd });
  const url = `http://127.0.0.1:${port}/graphql`;
  const body = JSON.stringify({ query: standardQuery });
  try {
    await waitFor(peer.label, async () => (await post(url, JSON.stringify({ query: '{ __typename }' }))).status === 200, gateway);
    const answer = await post(url, body);
    const text = await answer.text();
    const problem = verify(answer.status, text, expected);
    if (problem) {
      log(`${peer.label}: WRONG ANSWER, not measured: ${problem}`);
      return { peer, problem };
    }
    log(`${peer.label}: answer verified; ${settings.warmupSeconds} s warm-up, ${settings.durationSeconds} s at ${settings.clients} clients...`);
    const load = await runLoad({
      url,
      body,
      connections: settings.clients,
      warmupSeconds: settings.warmupSeconds,
      durationSeconds: settings.durationSeconds,
      expectBody: text,
    });
    const peakMb = [gateway.pid, ...childPids(gateway.pid)].reduce((sum, pid) => sum + memoryOf(pid).peakMb, 0);
    log(`${peer.label}: ${num(load.rps)} req/s, p50 ${ms(load.p50)} ms, p99 ${ms(load.p99)} ms, peak RSS ${num(peakMb)} MB`);
    return { peer, load, peakMb };
  } catch (error) {
    log(`${peer.label}: failed: ${(error as Error).message}`);
    return { peer, problem: (error as Error).message.split('\n')[0] };
  } finally {
    await gateway.stop();
  }
}

/** The answer must be exactly the reference answer: a benchmark of wrong answers is worthless. */
function verify(status: number, text: string, expected: unknown): string | undefined {
  if (status !== 200) return `HTTP ${status}: ${text.slice(0, 200)}`;
  const parsed = JSON.parse(text) as { data?: unknown; errors?: { message: string }[] };
  if (parsed.errors)
    return `errors: ${parsed.errors
      .map((e) => e.message)
      .join('; ')
      .slice(0, 300)}`;
  if (!isDeepStrictEqual(parsed.data, expected)) return 'data differs from the reference answer';
  return undefined;
}

const post = (url: string, body: string) => fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });

function report(rows: Row[], settings: BenchSettings, placement: Placement, hiveNote: string): string {
  const baseline = rows.find((r) => r.peer.id === 'apollo')?.load;
  const hive = (sharing: boolean) => rows.find((r) => r.peer.id === (sharing ? 'hive' : 'hive-nodedupe'))?.load;
  const body = rows.map((r) =>
    r.load
      ? [
          r.peer.label,
          r.peer.sharing ? 'yes' : 'no',
          num(r.load.rps),
          ms(r.load.p50),
          ms(r.load.p95),
          ms(r.load.p99),
          r.load.errors + r.load.non2xx,
          r.load.mismatches,
          num(r.peakMb ?? NaN),
          ratio(r.load.rps, baseline?.rps ?? NaN),
          ratio(r.load.rps, hive(r.peer.sharing)?.rps ?? NaN),
        ]
      : [r.peer.label, r.peer.sharing ? 'yes' : 'no', `not measured: ${r.problem}`, '', '', '', '', '', '', '', ''],
  );
  return [
    '## 1. Standard federation benchmark (accounts, inventory, products, reviews)',
    '',
    `The public GraphQL gateways benchmark's four subgraphs and its one nested query, ${settings.clients} concurrent clients, ` +
      `${settings.warmupSeconds} s warm-up, ${settings.durationSeconds} s measured, one gateway at a time against the same subgraphs. ` +
      `Placement: ${placement.description}. Every answer was first checked against a reference answer computed without federation; ` +
      `"wrong" counts answers under load that differ from it. "In-flight sharing": identical requests that arrive while one is ` +
      `being answered share its answer (Hive: inboundInflightRequestDeduplication, on in the standard benchmark's config; ours: ` +
      `anonymous queries only). All 50 clients send the same query, so sharing changes the figures a lot: compare rows with the same setting.`,
    '',
    table(
      [
        'gateway',
        'in-flight sharing',
        'req/s',
        'p50 ms',
        'p95 ms',
        'p99 ms',
        'errors + non-2xx',
        'wrong',
        'peak RSS MB',
        'req/s vs baseline',
        'req/s vs Hive, same sharing',
      ],
      body,
    ),
    '',
    hiveNote,
  ].join('\n');
}
