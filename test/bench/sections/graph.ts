import { loadExamples } from '../../support/examples';
import { ask, type BenchFederation } from '../lib/federation';
import { runLoad, type LoadResult } from '../lib/load';
import type { BenchSettings } from '../lib/settings';
import { ms, num, ratio, table } from '../lib/table';

const CLIENTS = [1, 16, 64];

/**
 * Section 2: every example operation through our gateway, on the real federation, at 1, 16 and 64
 * concurrent clients; and the gateway's own cost: one single-subgraph operation sent to the subgraph
 * directly and through the gateway.
 */
export async function graphSection(settings: BenchSettings, bench: BenchFederation, log: (line: string) => void): Promise<string> {
  const rows: (string | number)[][] = [];
  const skipped: string[] = [];
  for (const example of selectedExamples()) {
    const body = JSON.stringify({ query: example.query, variables: example.variables });
    const answer = await ask(bench.gatewayUrl, body);
    if (answer.status !== 200 || answer.errors) {
      skipped.push(`${example.name} (${answer.errors?.[0]?.message ?? `HTTP ${answer.status}`})`);
      continue;
    }
    for (const clients of CLIENTS) {
      const load = await runLoad({
        url: bench.gatewayUrl,
        body,
        connections: clients,
        warmupSeconds: settings.stepWarmupSeconds,
        durationSeconds: settings.stepDurationSeconds,
        expectBody: answer.text,
      });
      log(`${example.name} at ${clients}: ${num(load.rps)} req/s, p50 ${ms(load.p50)} ms`);
      rows.push(
        load.requests === 0
          ? [example.name, clients, `no answer within ${settings.stepDurationSeconds} s`, '', '', '', load.errors + load.non2xx, load.mismatches]
          : [example.name, clients, num(load.rps), ms(load.p50), ms(load.p95), ms(load.p99), load.errors + load.non2xx, load.mismatches],
      );
    }
  }

  const overhead: (string | number)[][] = [];
  for (const probe of overheadProbes(bench)) {
    const body = JSON.stringify({ query: probe.query, variables: probe.variables });
    const direct = await ask(probe.subgraphUrl, body);
    const through = await ask(bench.gatewayUrl, body);
    if (direct.errors || through.errors) {
      skipped.push(`overhead probe ${probe.name} (${(direct.errors ?? through.errors)![0].message})`);
      continue;
    }
    for (const clients of [1, 16]) {
      const results: LoadResult[] = [];
      for (const url of [probe.subgraphUrl, bench.gatewayUrl]) {
        results.push(
          await runLoad({
            url,
            body,
            connections: clients,
            warmupSeconds: settings.stepWarmupSeconds,
            durationSeconds: settings.stepDurationSeconds,
            expectBody: url === probe.subgraphUrl ? direct.text : through.text,
          }),
        );
      }
      const [d, g] = results;
      log(`overhead ${probe.name} at ${clients}: direct p50 ${ms(d.p50)} ms, gateway p50 ${ms(g.p50)} ms`);
      overhead.push([
        probe.name,
        clients,
        `${ms(d.p50)} / ${ms(g.p50)}`,
        ms(g.p50 - d.p50),
        `${ms(d.p99)} / ${ms(g.p99)}`,
        `${num(d.rps)} / ${num(g.rps)}`,
        ratio(g.rps, d.rps),
        d.errors + d.non2xx + d.mismatches + g.errors + g.non2xx + g.mismatches,
      ]);
    }
  }

  return [
    '## 2. Our graph: the example operations through our gateway',
    '',
    `The real federation as \`npm start\` runs it (15 processes, embedded SQLite), every operation in examples/ with its variables, ` +
      `${settings.stepWarmupSeconds} s warm-up and ${settings.stepDurationSeconds} s measured per row. Gateway on its own core; subgraphs share the load generator's core.`,
    '',
    table(['example', 'clients', 'req/s', 'p50 ms', 'p95 ms', 'p99 ms', 'errors + non-2xx', 'wrong'], rows),
    '',
    "### The gateway's own cost: the same operation sent to the subgraph directly and through the gateway",
    '',
    table(
      ['operation', 'clients', 'p50 ms direct / gateway', 'added p50 ms', 'p99 ms direct / gateway', 'req/s direct / gateway', 'throughput kept', 'errors'],
      overhead,
    ),
    ...(skipped.length > 0 ? ['', `Not measured (the operation did not answer cleanly): ${skipped.join('; ')}.`] : []),
  ].join('\n');
}

/**
 * Every example, or only those named in BENCH_EXAMPLES (comma-separated, e.g.
 * `BENCH_EXAMPLES=bodies-per-huvudman,co-owned-service`): compare a few rows, as ratios in one run.
 */
export function selectedExamples(env: NodeJS.ProcessEnv = process.env) {
  const all = loadExamples();
  const names = (env.BENCH_EXAMPLES ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (names.length === 0) return all;
  const unknown = names.filter((name) => !all.some((e) => e.name === name));
  if (unknown.length > 0) throw new Error(`BENCH_EXAMPLES names no example ${unknown.join(', ')}; choose from ${all.map((e) => e.name).join(', ')}.`);
  return all.filter((e) => names.includes(e.name));
}

/** Operations that one subgraph answers alone, valid both at the subgraph and at the gateway. */
function overheadProbes(bench: BenchFederation) {
  const populations = loadExamples().find((e) => e.name === 'kommun-populations');
  const probes = [
    {
      name: 'huvudmen (samverkan only)',
      query: '{ huvudmen { id name kind orgNumber } }',
      variables: undefined as Record<string, unknown> | undefined,
      subgraphUrl: bench.urls.get('samverkan')!,
    },
  ];
  if (populations) {
    const code = String(populations.variables?.code ?? '1880');
    probes.push({
      name: `kommun-populations (kommun ${code} only)`,
      query: populations.query,
      variables: populations.variables,
      subgraphUrl: bench.urls.get(`kommun-${code}`)!,
    });
  }
  return probes;
}
