/**
 * The shard transport's own CPU per request, A/B: `node --import tsx test/bench/transport-cpu.ts <other transport module> [batches] [requests per batch] [in parallel]`.
 * A helper process answers every POST with a small entity answer (as a synthetic kommun instance
 * does); this process sends batches of `in parallel` requests at a time (a fan-out) alternately through
 * the other module's `httpTransport` and ours, and takes its own CPU time (process.cpuUsage) per batch.
 * Both run in the same process on the same load, so the ratio holds even on a busy machine.
 */
import { spawn } from 'node:child_process';
import { loadavg } from 'node:os';
import { httpTransport, type ShardTransport } from '@orebro/sharded-source';

async function main(): Promise<void> {
  const other = (await import(process.argv[2])) as { httpTransport: ShardTransport };
  const batches = Number(process.argv[3] ?? 10);
  const requests = Number(process.argv[4] ?? 2000);
  const parallel = Number(process.argv[5] ?? 12);
  const server = spawn(process.execPath, ['-e', SERVER], { stdio: ['ignore', 'pipe', 'inherit'] });
  const port = await new Promise<string>((resolve) => server.stdout.once('data', (chunk: Buffer) => resolve(chunk.toString().trim())));
  const url = `http://127.0.0.1:${port}/graphql`;
  const body = {
    query: 'query($representations:[_Any!]!){_entities(representations:$representations){...on Municipality{population(year:2024)}}}',
    variables: { representations: [{ __typename: 'Municipality', code: '9001' }] },
  };
  const run = async (transport: ShardTransport) => {
    const before = process.cpuUsage();
    for (let sent = 0; sent < requests; sent += parallel) {
      await Promise.all(Array.from({ length: parallel }, () => transport(url, body, {}, 10_000)));
    }
    const used = process.cpuUsage(before);
    return (used.user + used.system) / requests;
  };
  const results: Record<string, number[]> = { 'node:http (other)': [], 'this transport': [] };
  await run(other.httpTransport);
  await run(httpTransport);
  for (let i = 0; i < batches; i++) {
    results['node:http (other)'].push(await run(other.httpTransport));
    results['this transport'].push(await run(httpTransport));
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  for (const [name, xs] of Object.entries(results)) {
    console.log(`${name}: median ${median(xs).toFixed(1)} µs CPU/request (min ${Math.min(...xs).toFixed(1)}, max ${Math.max(...xs).toFixed(1)})`);
  }
  const ratios = results['this transport'].map((x, i) => x / results['node:http (other)'][i]);
  console.log(
    `this / other per batch: median ${median(ratios).toFixed(2)} (min ${Math.min(...ratios).toFixed(2)}, max ${Math.max(...ratios).toFixed(2)}); load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
  server.kill();
}

const SERVER = `
const http = require('node:http');
const answer = JSON.stringify({ data: { _entities: [{ __typename: 'Municipality', population: 31234 }] } });
const server = http.createServer((req, res) => {
  req.resume();
  req.on('end', () => { res.setHeader('content-type', 'application/json'); res.setHeader('x-shard-key', '9001'); res.end(answer); });
});
server.keepAliveTimeout = 60000;
server.listen(0, '127.0.0.1', () => console.log(server.address().port));
`;

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
