/**
 * What one kommun instance spends on the entity fetch a broadcast indicator view sends to every kommun
 * instance, counted in one process so that nothing else on the machine is in the figure's way:
 *
 * - CPU per request: this process's CPU (the instance and the HTTP client that asks it) over `requests`
 *   sequential requests, per round, median and all rounds;
 * - bytes promoted per request: what outlived the young generation (V8's sampling heap profiler, with
 *   the objects a minor collection freed left out), the garbage that makes full collections. A count of
 *   work rather than a time, so it hardly moves with the load on the machine.
 *
 * The instance is Örebro's (1880) on a fresh seeded SQLite database; the request asks every indicator of
 * the follow-up model, as the gateway does for indicator-reporting-gaps (`Indicator.reporting` requires
 * `kommunValues { huvudmanId period gender }`) or, with another selection, for the matrix views.
 *
 *   node --import tsx test/bench/instance-cost.ts ["huvudmanId period gender"] [requests, default 3000] [rounds, default 5]
 */
import { Agent, request } from 'node:http';
import { Session } from 'node:inspector';
import { startTestSubgraph } from '@orebro/subgraph-kit';
import { kommunSubgraph } from '@orebro/kommun/src/subgraph';
import { handlingsplanIndicators, populationIndicator } from '@orebro/samverkan/src/indicators/catalogue/handlingsplan';
import { hsnIndicators } from '@orebro/samverkan/src/indicators/catalogue/hsn-2024';

const agent = new Agent({ keepAlive: true, maxSockets: 1 });

function post(url: URL, body: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk)).on('end', () => resolve(text));
    });
    req.on('error', reject).end(body);
  });
}

interface SamplingHeapProfileNode {
  selfSize: number;
  children: SamplingHeapProfileNode[];
}
const sampledBytes = (node: SamplingHeapProfileNode): number => node.selfSize + node.children.reduce((sum, child) => sum + sampledBytes(child), 0);

async function main(): Promise<void> {
  const [selectionArg, requestsArg, roundsArg] = process.argv.slice(2);
  const selection = selectionArg ?? 'huvudmanId period gender';
  const requests = Number(requestsArg ?? 3000);
  const rounds = Number(roundsArg ?? 5);
  const ids = [populationIndicator, ...handlingsplanIndicators, ...hsnIndicators].map((i) => i.id);
  const body = JSON.stringify({
    query: `query($representations: [_Any!]!) { _entities(representations: $representations) { ... on Indicator { kommunValues { ${selection} } respondingKommuner } } }`,
    variables: { representations: ids.map((id) => ({ __typename: 'Indicator', id })) },
  });
  const instance = await startTestSubgraph(kommunSubgraph('1880'));
  try {
    const url = new URL(instance.url);
    const first = JSON.parse(await post(url, body)) as { errors?: { message: string }[]; data?: { _entities: { kommunValues: unknown[] }[] } };
    if (first.errors) throw new Error(`The entity fetch fails: ${first.errors[0].message}`);
    const values = first.data!._entities.reduce((sum, e) => sum + e.kommunValues.length, 0);
    console.log(`kommun 1880, ${ids.length} indicators, ${values} values, selection { ${selection} }, ${requests} requests per round`);
    for (let i = 0; i < 1000; i++) await post(url, body);

    const cpu: number[] = [];
    for (let round = 0; round < rounds; round++) {
      const start = process.cpuUsage();
      for (let i = 0; i < requests; i++) await post(url, body);
      const used = process.cpuUsage(start);
      cpu.push((used.user + used.system) / requests);
    }
    const sorted = [...cpu].sort((a, b) => a - b);
    console.log(`CPU per request: median ${sorted[Math.floor(sorted.length / 2)].toFixed(0)} µs (rounds ${cpu.map((c) => c.toFixed(0)).join(', ')})`);

    const session = new Session();
    session.connect();
    const call = <T>(method: string, params?: object) =>
      new Promise<T>((resolve, reject) => session.post(method, params, (error, result) => (error ? reject(error) : resolve(result as T))));
    await call('HeapProfiler.enable');
    await call('HeapProfiler.startSampling', { samplingInterval: 4096, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: false });
    for (let i = 0; i < requests; i++) await post(url, body);
    const { profile } = await call<{ profile: { head: SamplingHeapProfileNode } }>('HeapProfiler.stopSampling');
    session.disconnect();
    console.log(`Promoted past the young generation: ${(sampledBytes(profile.head) / requests / 1024).toFixed(1)} kB per request`);
  } finally {
    await instance.stop();
    agent.destroy();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
