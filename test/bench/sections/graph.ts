import { loadExamples } from '../../support/examples';
import { exampleRequest } from '../lib/examples';
import { ask, askWhenSettled, type BenchFederation } from '../lib/federation';
import { runLoad, type LoadResult } from '../lib/load';
import type { BenchSettings } from '../lib/settings';
import { median, ms, num, ratio, ratioSpread, table } from '../lib/table';

const CLIENTS = [1, 16, 64];
/** The simple view the heavy ones are compared with (issue 17: every example's p50 within 3× of it at 16 clients). */
const REFERENCE = 'bodies-per-huvudman';
const COMPARED_AT = 16;
/** The reference sent with a staff token, as the examples of internal data are: never shared in flight. */
const REFERENCE_WITH_TOKEN = `${REFERENCE} with a token`;

/** An example that answered cleanly: its request and the answer every answer under load must equal. */
interface Answered {
  name: string;
  body: string;
  headers: Record<string, string>;
  text: string;
}

/**
 * Section 2: every example operation through our gateway, on the real federation, at 1, 16 and 64
 * concurrent clients; and the gateway's own cost: one single-subgraph operation sent to the subgraph
 * directly and through the gateway.
 */
export async function graphSection(settings: BenchSettings, bench: BenchFederation, log: (line: string) => void): Promise<string> {
  const rows: (string | number)[][] = [];
  const skipped: string[] = [];
  const answered: Answered[] = [];
  for (const example of selectedExamples()) {
    const { body, headers } = await exampleRequest(example);
    const answer = await askWhenSettled(bench.gatewayUrl, body, headers);
    if (answer.status !== 200 || answer.errors) {
      skipped.push(`${example.name} (${answer.errors?.[0]?.message ?? `HTTP ${answer.status}`})`);
      continue;
    }
    answered.push({ name: example.name, body, headers, text: answer.text });
    for (const clients of CLIENTS) {
      const load = await runLoad({
        url: bench.gatewayUrl,
        body,
        headers,
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

  const compared = await compareWithReference(settings, bench, answered, log);

  const overhead: (string | number)[][] = [];
  for (const probe of overheadProbes(bench)) {
    const body = JSON.stringify({ query: probe.query, variables: probe.variables });
    const direct = await ask(probe.subgraphUrl, body);
    const through = await askWhenSettled(bench.gatewayUrl, body);
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
    ...compared,
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
 * Each answered example against REFERENCE at COMPARED_AT clients, alternating over `settings.rounds`
 * rounds (each round loads every example in turn), so drift in the machine's load hits them alike; each
 * example's p50 ratio is computed per round against the reference's p50 in the same round, then given as
 * median and spread. Empty when the reference is not among the selected examples.
 *
 * An example sent with a token (internal data) is compared with the reference sent with a token too:
 * the gateway shares an execution only among identical anonymous queries in flight, so at 16 clients a
 * tokened view does sixteen times the work of a shared one, whatever it costs. The row says which
 * reference it was held to.
 */
async function compareWithReference(
  settings: BenchSettings,
  bench: BenchFederation,
  answered: readonly Answered[],
  log: (line: string) => void,
): Promise<string[]> {
  const reference = answered.find((e) => e.name === REFERENCE);
  if (!reference || answered.length < 2) return [];
  const tokened = answered.find((e) => e.headers.authorization);
  const loaded: Answered[] = tokened ? [...answered, { ...reference, name: REFERENCE_WITH_TOKEN, headers: tokened.headers }] : [...answered];
  const referenceOf = (e: Answered) => (e.headers.authorization ? REFERENCE_WITH_TOKEN : REFERENCE);
  const p50s = new Map<string, number[]>(loaded.map((e) => [e.name, []]));
  const ratios = new Map<string, number[]>(loaded.map((e) => [e.name, []]));
  for (let round = 0; round < settings.rounds; round++) {
    const inRound = new Map<string, number>();
    for (const example of loaded) {
      await askWhenSettled(bench.gatewayUrl, example.body, example.headers);
      const load = await runLoad({
        url: bench.gatewayUrl,
        body: example.body,
        headers: example.headers,
        connections: COMPARED_AT,
        warmupSeconds: settings.stepWarmupSeconds,
        durationSeconds: settings.stepDurationSeconds,
        expectBody: example.text,
      });
      if (load.requests > 0 && load.errors + load.non2xx + load.mismatches === 0) inRound.set(example.name, load.p50);
      log(`round ${round + 1}: ${example.name} at ${COMPARED_AT}: p50 ${ms(load.p50)} ms`);
    }
    for (const example of loaded) {
      const p50 = inRound.get(example.name);
      if (p50 === undefined) continue;
      p50s.get(example.name)!.push(p50);
      const against = inRound.get(referenceOf(example));
      if (against) ratios.get(example.name)!.push(p50 / against);
    }
  }
  const rows = loaded
    .filter((e) => e.name !== REFERENCE && e.name !== REFERENCE_WITH_TOKEN)
    .map((e) => {
      const r = ratios.get(e.name)!;
      return [e.name, referenceOf(e), ms(median(p50s.get(e.name)!)), ratioSpread(r), r.length === 0 ? '–' : median(r) <= 3 ? 'yes' : 'no'];
    });
  return [
    `### Each example's p50 against ${REFERENCE}'s at ${COMPARED_AT} clients, alternating over ${settings.rounds} round(s)`,
    '',
    `${REFERENCE}: p50 ${ms(median(p50s.get(REFERENCE)!))} ms (median of the rounds)` +
      (tokened ? `; ${REFERENCE_WITH_TOKEN}, the reference of the examples of internal data: ${ms(median(p50s.get(REFERENCE_WITH_TOKEN)!))} ms` : '') +
      `. Each round loads every example in turn ` +
      `(${settings.stepWarmupSeconds} s warm-up, ${settings.stepDurationSeconds} s measured); a ratio is taken within a round, then its median and (min–max) are given.`,
    '',
    table(['example', 'against', 'p50 ms (median)', 'p50 ratio, median (min–max)', 'within 3×'], rows),
    '',
  ];
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
