/**
 * Where our gateway spends its time under the standard benchmark's load:
 *   node --import tsx test/bench/profile-gateway.ts [ours|apollo|shards:N] [seconds]
 * Runs the gateway with `node --cpu-prof`, loads it with 50 clients, and prints the functions with the
 * most self time (the .cpuprofile is kept for Chrome DevTools). `shards:N`: our gateway over N
 * synthetic kommun instances (fanout/synthetic-process.ts) under the overview query at 16 clients,
 * the fan-out section's setting. SHARE_IN_FLIGHT=false is passed on to our gateway.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { singleMembers } from '@orebro/gateway/src/members';
import { freePort } from '@orebro/local-federation';
import { example } from '../support/examples';
import { startChild, waitFor } from './lib/child-process';
import { placeProcesses, pinnedCommand } from './lib/cpus';
import { runLoad } from './lib/load';
import { precompile } from './lib/precompile';
import { standardQuery } from './standard/query';
import { composeStandardSupergraph } from './standard/supergraph';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount: number;
}

async function main(): Promise<void> {
  const which = process.argv[2] ?? 'ours';
  const seconds = Number(process.argv[3] ?? 10);
  const placement = placeProcesses();
  const dir = mkdtempSync(join(tmpdir(), 'orebro-profile-'));
  const shards = /^shards:(\d+)$/.exec(which);
  let backends;
  let entry: string;
  let env: Record<string, string>;
  let body: string;
  let clients = 50;
  if (shards) {
    backends = startChild(process.execPath, [await precompile('test/bench/fanout/synthetic-process.ts')], { env: { SYNTHETIC_SHARDS: shards[1] } });
    const urls = JSON.parse(await backends.firstLine) as Record<string, string> & { shards: { key: string; url: string }[] };
    env = { ...Object.fromEntries(singleMembers.map((m) => [m.urlVariable, urls[m.name]])), SHARDS: JSON.stringify(urls.shards) };
    entry = await precompile('test/bench/gateways/sharded.ts');
    const overview = example('huvudman-overview');
    body = JSON.stringify({ query: overview.query, variables: overview.variables });
    clients = 16;
  } else {
    backends = startChild(process.execPath, [await precompile('test/bench/standard/subgraphs-process.ts')], {});
    const urls = JSON.parse(await backends.firstLine) as Record<string, string>;
    const supergraphFile = join(dir, 'supergraph.graphql');
    writeFileSync(supergraphFile, composeStandardSupergraph(urls));
    env = { SUPERGRAPH_FILE: supergraphFile, SUBGRAPH_URLS: JSON.stringify(urls) };
    entry = await precompile(`test/bench/gateways/${which === 'ours' ? 'ours' : 'apollo-baseline'}.ts`);
    body = JSON.stringify({ query: standardQuery });
  }
  const port = await freePort();
  const [command, args] = pinnedCommand(placement, placement.gatewayCore, process.execPath, ['--cpu-prof', '--cpu-prof-dir', dir, entry]);
  const gateway = startChild(command, args, { env: { ...env, PORT: String(port), LOG_LEVEL: 'warn' } });
  const url = `http://127.0.0.1:${port}/graphql`;
  await waitFor(
    'gateway',
    async () => (await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' })).ok,
    gateway,
    180_000,
  );
  const load = await runLoad({ url, body, connections: clients, warmupSeconds: 2, durationSeconds: seconds });
  console.log(`${which}: ${load.rps.toFixed(0)} req/s, p50 ${load.p50.toFixed(1)} ms`);
  await gateway.stop();
  await backends.stop();
  const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
  if (!file) throw new Error('no profile written');
  const profile = JSON.parse(readFileSync(join(dir, file), 'utf8')) as { nodes: ProfileNode[] };
  const total = profile.nodes.reduce((sum, n) => sum + n.hitCount, 0);
  const byFunction = new Map<string, number>();
  const byPackage = new Map<string, number>();
  for (const node of profile.nodes) {
    const { functionName, url: source, lineNumber } = node.callFrame;
    const key = `${functionName || '(anonymous)'} ${source.replace(/^.*node_modules\//, '').replace(/^file:\/\//, '')}:${lineNumber + 1}`;
    byFunction.set(key, (byFunction.get(key) ?? 0) + node.hitCount);
    const pkg =
      /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source)?.[1] ??
      (source.includes('orebro-bench') ? 'our code (bundled)' : source ? 'node internals' : `(${functionName})`);
    byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + node.hitCount);
  }
  const top = (m: Map<string, number>, n: number) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([k, v]) => `${((100 * v) / total).toFixed(1).padStart(5)}%  ${k}`)
      .join('\n');
  console.log(`\nSelf time by package:\n${top(byPackage, 15)}\n\nSelf time by function:\n${top(byFunction, 30)}\n\nprofile: ${join(dir, file)}`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
