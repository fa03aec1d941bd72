/**
 * A/B of our gateway under the standard load, alternating two variants so that drift in the
 * machine's load hits both alike:
 *   node --import tsx test/bench/ab-gateway.ts "<node flags A>" "<node flags B>" [rounds] [seconds]
 * e.g. "" "--max-semi-space-size=32"; a word NAME=value is set in that variant's environment instead
 * (e.g. "MALLOC_ARENA_MAX=2"); SHARE_IN_FLIGHT and GATEWAY_PLAN_EXECUTION are passed on to both. Prints req/s, p50 and the gateway's peak RSS per round and the median of each.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '@orebro/local-federation';
import { startChild, waitFor } from './lib/child-process';
import { pinnedCommand, placeProcesses } from './lib/cpus';
import { runLoad, type LoadResult } from './lib/load';
import { memoryOf } from './lib/memory';
import { precompile } from './lib/precompile';
import { standardQuery } from './standard/query';
import { composeStandardSupergraph } from './standard/supergraph';

async function main(): Promise<void> {
  const [flagsA = '', flagsB = '', rounds = '3', seconds = '8'] = process.argv.slice(2);
  const placement = placeProcesses();
  const dir = mkdtempSync(join(tmpdir(), 'orebro-ab-'));
  const subgraphs = startChild(process.execPath, [await precompile('test/bench/standard/subgraphs-process.ts')], {});
  const urls = JSON.parse(await subgraphs.firstLine) as Record<string, string>;
  const supergraphFile = join(dir, 'supergraph.graphql');
  writeFileSync(supergraphFile, composeStandardSupergraph(urls));
  const entry = await precompile('test/bench/gateways/ours.ts');
  const results: Record<string, (LoadResult & { peakMb: number })[]> = { A: [], B: [] };
  for (let round = 0; round < Number(rounds); round++) {
    for (const [name, flags] of [
      ['A', flagsA],
      ['B', flagsB],
    ] as const) {
      const port = await freePort();
      const words = flags.split(' ').filter(Boolean);
      const isVariable = (w: string) => /^[A-Z_][A-Z0-9_]*=/.test(w);
      const variables = Object.fromEntries(words.filter(isVariable).map((w) => [w.slice(0, w.indexOf('=')), w.slice(w.indexOf('=') + 1)]));
      const nodeFlags = words.filter((w) => !isVariable(w));
      const [command, args] = pinnedCommand(placement, placement.gatewayCore, process.execPath, [...nodeFlags, entry]);
      const gateway = startChild(command, args, {
        env: {
          SUPERGRAPH_FILE: supergraphFile,
          SUBGRAPH_URLS: JSON.stringify(urls),
          PORT: String(port),
          LOG_LEVEL: 'warn',
          // Passed on, so both variants can run without in-flight sharing or with Apollo's executor.
          ...pick(process.env, ['SHARE_IN_FLIGHT', 'GATEWAY_PLAN_EXECUTION', 'GATEWAY_HEAP_GROWING_PERCENT']),
          ...variables,
        },
      });
      const url = `http://127.0.0.1:${port}/graphql`;
      await waitFor(
        'gateway',
        async () => (await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' })).ok,
        gateway,
      );
      const load = await runLoad({ url, body: JSON.stringify({ query: standardQuery }), connections: 50, warmupSeconds: 3, durationSeconds: Number(seconds) });
      const { peakMb } = memoryOf(gateway.pid);
      await gateway.stop();
      results[name].push({ ...load, peakMb });
      console.log(
        `round ${round + 1} ${name} (${flags || 'no flags'}): ${load.rps.toFixed(0)} req/s, p50 ${load.p50.toFixed(1)} ms, peak RSS ${peakMb.toFixed(0)} MB`,
      );
    }
  }
  await subgraphs.stop();
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  for (const name of ['A', 'B'])
    console.log(
      `${name}: median ${median(results[name].map((r) => r.rps)).toFixed(0)} req/s, p50 ${median(results[name].map((r) => r.p50)).toFixed(1)} ms, peak RSS ${median(results[name].map((r) => r.peakMb)).toFixed(0)} MB`,
    );
}

function pick(env: NodeJS.ProcessEnv, names: string[]): Record<string, string> {
  return Object.fromEntries(names.filter((name) => env[name] !== undefined).map((name) => [name, env[name]!]));
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
