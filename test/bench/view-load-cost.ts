/**
 * What one example operation costs each process under load, placed as the graph section places them
 * (gateway alone on core 1; samverkan, region, the kommun process and the load generator on core 0),
 * at `clients` concurrent clients, and CPU ms per execution of each and of core 0 together.
 *
 * The gateway shares one execution among identical anonymous queries in flight (as deployed), so under
 * this load about one execution is in flight per view and most requests join it: the table counts the
 * executions (requests less those the gateway's `orebro_graphql_shared_requests_total` says were shared)
 * and gives CPU per execution, the work one answer takes. A view's p50 is then about one execution's
 * time: its core-0 CPU plus the gateway's share of the critical path, so the ratio of two views' core-0
 * figures is near their p50 ratio without the p50's noise.
 *
 *   node --import tsx test/bench/view-load-cost.ts [example,example,...] [seconds, default 8] [rounds, default 2] [clients, default 16]
 */
import { loadExamples } from '../support/examples';
import { placeProcesses } from './lib/cpus';
import { exampleRequest } from './lib/examples';
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
    const metricsUrl = new URL('/metrics', bench.gatewayUrl).href;
    console.log(
      ['round', 'example', 'req/s', 'p50 ms', 'requests per execution', ...groups.map(([g]) => `${g} CPU ms`), 'load generator CPU ms', 'core 0 CPU ms'].join(
        ' | ',
      ),
    );
    for (let round = 1; round <= rounds; round++) {
      for (const example of examples) {
        const { body, headers } = await exampleRequest(example);
        const first = await ask(bench.gatewayUrl, body, headers);
        // Under load every answer is compared with this one: an example that errs cannot be measured.
        if (first.errors) throw new Error(`${example.name} does not answer cleanly: ${first.errors[0].message}`);
        await runLoad({ url: bench.gatewayUrl, body, headers, connections: clients, warmupSeconds: 0, durationSeconds: 2 });
        const sharedBefore = await sharedRequests(metricsUrl);
        const before = cpu();
        const own = process.cpuUsage();
        const load = await runLoad({
          url: bench.gatewayUrl,
          body,
          headers,
          connections: clients,
          warmupSeconds: 0,
          durationSeconds: seconds,
          expectBody: first.text,
        });
        const used = process.cpuUsage(own);
        const after = cpu();
        const executions = load.requests - ((await sharedRequests(metricsUrl)) - sharedBefore);
        const per = after.map((ms, i) => (ms - before[i]) / executions);
        const generator = (used.user + used.system) / 1000 / executions;
        const core0 = per.slice(1).reduce((a, b) => a + b, 0) + generator;
        const cells = [
          load.rps.toFixed(0),
          load.p50.toFixed(1),
          (load.requests / executions).toFixed(1),
          ...per.map((v) => v.toFixed(2)),
          generator.toFixed(2),
          core0.toFixed(2),
        ];
        console.log([round, example.name, ...cells].join(' | '));
      }
    }
  } finally {
    await bench.stop();
  }
}

/** The gateway's count of requests answered by an execution already in flight (its Prometheus metric). */
async function sharedRequests(metricsUrl: string): Promise<number> {
  const text = await (await fetch(metricsUrl)).text();
  const line = /^orebro_graphql_shared_requests_total (\d+)/m.exec(text);
  if (!line) throw new Error(`The gateway's ${metricsUrl} has no orebro_graphql_shared_requests_total.`);
  return Number(line[1]);
}

runBenchScript(main);
