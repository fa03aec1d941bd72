/**
 * What one example operation costs each process under load, placed as the graph section places them
 * (gateway alone on core 1; samverkan, region, the kommun process and the load generator on core 0):
 * CPU ms per request of each, and of core 0 together, at `clients` concurrent clients. When core 0 is
 * saturated its CPU per request sets the p50 (p50 ≈ clients × core-0 ms), so the ratio of two views'
 * core-0 figures is what their p50 ratio tends to, without the p50's noise.
 *
 *   node --import tsx test/bench/view-load-cost.ts [example,example,...] [seconds, default 8] [rounds, default 2] [clients, default 16]
 */
import { loadExamples } from '../support/examples';
import { placeProcesses } from './lib/cpus';
import { ask, startBenchFederation } from './lib/federation';
import { groupCpuMs, processGroups, runBenchScript } from './lib/process-groups';
import { runLoad } from './lib/load';

async function main(): Promise<void> {
  const [names, secondsArg, roundsArg, clientsArg] = process.argv.slice(2);
  const only = names ? new Set(names.split(',')) : undefined;
  const seconds = Number(secondsArg ?? 8);
  const rounds = Number(roundsArg ?? 2);
  const clients = Number(clientsArg ?? 16);
  const examples = loadExamples().filter((e) => !only || only.has(e.name));
  const placement = placeProcesses();
  console.log(placement.description);
  const bench = await startBenchFederation(placement);
  try {
    const groups = processGroups(bench);
    const cpu = () => groupCpuMs(groups);
    console.log(['round', 'example', 'req/s', 'p50 ms', ...groups.map(([g]) => `${g} CPU ms`), 'load generator CPU ms', 'core 0 CPU ms'].join(' | '));
    for (let round = 1; round <= rounds; round++) {
      for (const example of examples) {
        const body = JSON.stringify({ query: example.query, variables: example.variables });
        const first = await ask(bench.gatewayUrl, body);
        // Under load every answer is compared with this one: an example that errs cannot be measured.
        if (first.errors) throw new Error(`${example.name} does not answer cleanly: ${first.errors[0].message}`);
        await runLoad({ url: bench.gatewayUrl, body, connections: clients, warmupSeconds: 0, durationSeconds: 2 });
        const before = cpu();
        const own = process.cpuUsage();
        const load = await runLoad({ url: bench.gatewayUrl, body, connections: clients, warmupSeconds: 0, durationSeconds: seconds, expectBody: first.text });
        const used = process.cpuUsage(own);
        const per = cpu().map((after, i) => (after - before[i]) / load.requests);
        const generator = (used.user + used.system) / 1000 / load.requests;
        const core0 = per.slice(1).reduce((a, b) => a + b, 0) + generator;
        const cells = [load.rps.toFixed(0), load.p50.toFixed(1), ...per.map((v) => v.toFixed(2)), generator.toFixed(2), core0.toFixed(2)];
        console.log([round, example.name, ...cells].join(' | '));
      }
    }
  } finally {
    await bench.stop();
  }
}

runBenchScript(main);
