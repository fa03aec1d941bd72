import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startChild } from '../lib/child-process';
import { countInstructions, hasCallgrind } from '../lib/instructions';
import { standardPeers, type Peer } from '../lib/peers';
import { precompile } from '../lib/precompile';
import { ratio, table } from '../lib/table';
import { standardQuery } from '../standard/query';
import { composeStandardSupergraph } from '../standard/supergraph';

export interface InstructionOptions {
  /** Peer ids (lib/peers.ts) to count. */
  ids: string[];
  requests: number;
  warmup: number;
  repeats: number;
}

export interface InstructionRow {
  peer: Peer;
  perRequest: number[];
  problem?: string;
}

/**
 * Requests in flight while counting. Kept low: under callgrind a gateway runs 50–100× slower, and with
 * many requests queued a subgraph answer can wait in the event loop past the gateway's own fetch
 * timeout (seen with 10 in flight on a loaded machine). BENCH_IR_CONCURRENCY overrides.
 */
const CONCURRENCY = Number(process.env.BENCH_IR_CONCURRENCY ?? 2);

/** Counts each peer's instructions per standard query (see lib/instructions.ts), peers alternating per repeat. */
export async function measureInstructions(options: InstructionOptions, log: (line: string) => void): Promise<InstructionRow[]> {
  if (!hasCallgrind()) throw new Error('valgrind/callgrind_control not installed (Debian package "valgrind")');
  const dir = mkdtempSync(join(tmpdir(), 'orebro-bench-instructions-'));
  const subgraphs = startChild(process.execPath, [await precompile('test/bench/standard/subgraphs-process.ts')], {});
  try {
    const urls = JSON.parse(await subgraphs.firstLine) as Record<string, string>;
    const supergraphFile = join(dir, 'supergraph.graphql');
    writeFileSync(supergraphFile, composeStandardSupergraph(urls));
    const { peers } = await standardPeers(supergraphFile, log);
    const rows: InstructionRow[] = options.ids.map((id) => {
      const peer = peers.find((p) => p.id === id);
      if (!peer) throw new Error(`Unknown gateway "${id}"; choose from ${peers.map((p) => p.id).join(', ')}.`);
      return { peer, perRequest: [] };
    });
    const env = { SUPERGRAPH_FILE: supergraphFile, SUBGRAPH_URLS: JSON.stringify(urls), LOG_LEVEL: 'warn' };
    for (let repeat = 0; repeat < options.repeats; repeat++) {
      for (const row of rows) {
        if (row.problem) continue;
        try {
          const count = await countInstructions(row.peer, env, JSON.stringify({ query: standardQuery }), { ...options, concurrency: CONCURRENCY, dir }, log);
          row.perRequest.push(count.perRequest);
          log(`${row.peer.label}: ${(count.perRequest / 1e6).toFixed(2)} M instructions per request (repeat ${repeat + 1})`);
        } catch (error) {
          row.problem = `${(error as Error).message.split('\n')[0]}${(error as { cause?: Error }).cause ? ` (${(error as { cause: Error }).cause.message})` : ''}`;
          log(`${row.peer.label}: not counted: ${row.problem}`);
        }
      }
    }
    return rows;
  } finally {
    await subgraphs.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const millions = (value: number) => (value / 1e6).toFixed(2);

export function instructionsReport(rows: InstructionRow[], options: Omit<InstructionOptions, 'ids'>): string {
  const baseline = rows.find((r) => r.peer.id === 'apollo');
  const hive = rows.find((r) => r.peer.id === 'hive-nodedupe');
  const base = baseline && baseline.perRequest.length ? median(baseline.perRequest) : NaN;
  const hiveMedian = hive && hive.perRequest.length ? median(hive.perRequest) : NaN;
  const body = rows.map((r) => {
    if (!r.perRequest.length) return [r.peer.label, `not counted: ${r.problem ?? 'no runs'}`, '', '', ''];
    const m = median(r.perRequest);
    return [
      r.peer.label,
      millions(m),
      `${millions(Math.min(...r.perRequest))}–${millions(Math.max(...r.perRequest))}`,
      // Fewer instructions is better: the ratio is how many of this gateway's requests fit in the other's work.
      ratio(base, m),
      ratio(hiveMedian, m),
    ];
  });
  return [
    '## Work per request (instructions, callgrind)',
    '',
    `Instructions the gateway process executed per standard query, counted by \`valgrind --tool=callgrind\` over exactly ` +
      `${options.requests} requests (${CONCURRENCY} in flight) after ${options.warmup} uncounted warm-up requests, start-up excluded; ` +
      `${options.repeats} run(s) per gateway, alternating. Unlike req/s this does not depend on other load on the machine. ` +
      `"× baseline" is the baseline's instructions per request divided by this gateway's (higher is better). ` +
      `In-flight sharing does not apply here: ${CONCURRENCY} clients send the same query, so a sharing gateway would count less work; only peers without sharing are compared.`,
    '',
    table(['gateway', 'M instructions / request (median)', 'min–max', '× baseline (fewer instructions)', '× Hive, no dedupe'], body),
  ].join('\n');
}
