/**
 * What one example operation costs each process of the real federation: CPU ms per request of the
 * gateway, samverkan, region and the twelve kommun instances together, over sequential requests (one
 * in flight, so in-flight sharing never merges two). CPU time, unlike latency, does not include other
 * processes' time on a shared machine, so it compares a change on a busy machine where p50 cannot. Each
 * group's idle CPU (measured first, 10 s without requests) is subtracted. Counts with CPU-time ticks
 * (10 ms), so use enough requests for a row to be steady.
 *
 *   node --import tsx test/bench/view-cost.ts [example,example,...] [requests] [warm-up]
 */
import { loadavg } from 'node:os';
import { loadExamples } from '../support/examples';
import { exampleRequest } from './lib/examples';
import { ask, startBenchFederation } from './lib/federation';
import { groupCpuMs, processGroups, runBenchScript } from './lib/process-groups';

async function main(): Promise<void> {
  const [names, requestsArg, warmupArg] = process.argv.slice(2);
  const only = names ? new Set(names.split(',')) : undefined;
  const requests = Number(requestsArg ?? 50);
  const warmup = Number(warmupArg ?? 20);
  const examples = loadExamples().filter((e) => !only || only.has(e.name));
  const bench = await startBenchFederation({ pinned: false, loadCore: 0, gatewayCore: 0, description: 'not pinned: CPU time is counted per process' });
  try {
    const groups = processGroups(bench);
    const cpu = () => groupCpuMs(groups);
    // What each group spends doing nothing (timers, metrics), per second: subtracted from every row below.
    const idleBefore = cpu();
    const idleBegan = performance.now();
    await new Promise((resolve) => setTimeout(resolve, 10_000));
    const idleSeconds = (performance.now() - idleBegan) / 1000;
    const idle = cpu().map((after, i) => (after - idleBefore[i]) / idleSeconds);
    console.log(`idle CPU ms per second: ${groups.map(([g], i) => `${g} ${idle[i].toFixed(1)}`).join(', ')}`);
    console.log(`load average ${loadavg()[0].toFixed(1)}; ${requests} sequential requests after ${warmup} warm-up`);
    console.log(['example', 'bytes', 'wall ms', ...groups.map(([g]) => `${g} CPU ms`), 'all CPU ms'].join(' | '));
    for (const example of examples) {
      const { body, headers } = await exampleRequest(example);
      const first = await ask(bench.gatewayUrl, body, headers);
      if (first.errors) {
        console.log(`${example.name}: ${first.errors[0].message}`);
        continue;
      }
      for (let i = 0; i < warmup; i++) await ask(bench.gatewayUrl, body, headers);
      const before = cpu();
      const began = performance.now();
      for (let i = 0; i < requests; i++) await ask(bench.gatewayUrl, body, headers);
      const wall = (performance.now() - began) / requests;
      const elapsedSeconds = (performance.now() - began) / 1000;
      const per = cpu().map((after, i) => (after - before[i] - idle[i] * elapsedSeconds) / requests);
      const all = per.reduce((a, b) => a + b, 0);
      console.log([example.name, first.text.length, wall.toFixed(1), ...per.map((v) => v.toFixed(2)), all.toFixed(2)].join(' | '));
    }
  } finally {
    await bench.stop();
  }
}

runBenchScript(main);
