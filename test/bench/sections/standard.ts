import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { freePort } from '@orebro/local-federation';
import { startChild, waitFor, type RunningChild } from '../lib/child-process';
import { pinnedCommand, type Placement } from '../lib/cpus';
import { runLoad, type LoadResult } from '../lib/load';
import { childPids, memoryOf } from '../lib/memory';
import { standardPeers, type Peer } from '../lib/peers';
import { precompile } from '../lib/precompile';
import type { BenchSettings } from '../lib/settings';
import { median, ms, num, ratioSpread, table } from '../lib/table';
import { expectedAnswer } from '../standard/expected';
import { standardQuery } from '../standard/query';
import { composeStandardSupergraph } from '../standard/supergraph';

/** One round of one gateway: its load figures and peak memory, or why it was not measured. */
interface Sample {
  load?: LoadResult;
  peakMb?: number;
  problem?: string;
}

interface Row {
  peer: Peer;
  samples: Sample[];
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

    const standard = await standardPeers(supergraphFile, log);
    hiveNote = standard.hiveNote;
    for (const peer of standard.peers) rows.push({ peer, samples: [] });
    // Every gateway once per round, in turn, so that drift in the machine's load hits all alike; each
    // round is measured for duration / rounds after its own warm-up (a fresh process each time).
    const perRound = { ...settings, durationSeconds: Math.max(1, settings.durationSeconds / settings.rounds) };
    for (let round = 0; round < settings.rounds; round++) {
      log(`round ${round + 1} of ${settings.rounds}`);
      for (const row of rows) row.samples.push(await measurePeer(row.peer, perRound, placement, dir, env, expected, log));
    }
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
): Promise<Sample> {
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
      return { problem };
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
    return { load, peakMb };
  } catch (error) {
    log(`${peer.label}: failed: ${(error as Error).message}`);
    return { problem: (error as Error).message.split('\n')[0] };
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

/** A ratio's median over the rounds and its spread (min–max), from per-round pairs measured in the same round. */
function ratioOver(rows: Row, other: Row | undefined): string {
  if (!other) return '–';
  return ratioSpread(
    rows.samples.flatMap((sample, i) => {
      const a = sample.load?.rps;
      const b = other.samples[i]?.load?.rps;
      return a !== undefined && b !== undefined && b > 0 ? [a / b] : [];
    }),
  );
}

function report(rows: Row[], settings: BenchSettings, placement: Placement, hiveNote: string): string {
  const baseline = rows.find((r) => r.peer.id === 'apollo');
  const hive = (sharing: boolean) => rows.find((r) => r.peer.id === (sharing ? 'hive' : 'hive-nodedupe'));
  const body = rows.map((r) => {
    const loads = r.samples.flatMap((s) => (s.load ? [s.load] : []));
    if (loads.length === 0)
      return [r.peer.label, r.peer.sharing ? 'yes' : 'no', `not measured: ${r.samples.find((s) => s.problem)?.problem ?? ''}`, '', '', '', '', '', '', '', ''];
    const rps = loads.map((l) => l.rps);
    return [
      r.peer.label,
      r.peer.sharing ? 'yes' : 'no',
      `${num(median(rps))} (${num(Math.min(...rps))}–${num(Math.max(...rps))})`,
      ms(median(loads.map((l) => l.p50))),
      ms(median(loads.map((l) => l.p95))),
      ms(median(loads.map((l) => l.p99))),
      loads.reduce((sum, l) => sum + l.errors + l.non2xx, 0),
      loads.reduce((sum, l) => sum + l.mismatches, 0),
      num(Math.max(...r.samples.map((s) => s.peakMb ?? NaN).filter(Number.isFinite))),
      ratioOver(r, baseline),
      ratioOver(r, hive(r.peer.sharing)),
    ];
  });
  return [
    '## 1. Standard federation benchmark (accounts, inventory, products, reviews)',
    '',
    `The public GraphQL gateways benchmark's four subgraphs and its one nested query, ${settings.clients} concurrent clients, ` +
      `${settings.rounds} rounds; in each round every gateway in turn (a fresh process) gets ${settings.warmupSeconds} s warm-up and ` +
      `${num(settings.durationSeconds / settings.rounds, 1)} s measured against the same subgraphs. ` +
      `Figures are medians over the rounds with (min–max); a ratio is computed per round between gateways measured in that round, ` +
      `then its median and spread are given: a claimed gain must be larger than the spread. ` +
      `Placement: ${placement.description}. Every answer was first checked against a reference answer computed without federation; ` +
      `"wrong" counts answers under load that differ from it. "In-flight sharing": identical requests that arrive while one is ` +
      `being answered share its answer (Hive: inboundInflightRequestDeduplication, on in the standard benchmark's config; ours: ` +
      `anonymous queries only). All ${settings.clients} clients send the same query, so sharing changes the figures a lot: compare rows with the same setting.`,
    '',
    table(
      [
        'gateway',
        'in-flight sharing',
        'req/s median (min–max)',
        'p50 ms',
        'p95 ms',
        'p99 ms',
        'errors + non-2xx',
        'wrong',
        'peak RSS MB (max)',
        'req/s vs baseline, median (min–max)',
        'req/s vs Hive, same sharing, median (min–max)',
      ],
      body,
    ),
    '',
    hiveNote,
  ].join('\n');
}
