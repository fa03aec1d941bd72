import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { federationPlan, freePort, isServiceReady, type ServiceSpec } from '@orebro/local-federation';
import { instanceNames, kommunMember, localFederation } from '@orebro/gateway/src/members';
import { startChild, waitFor, type RunningChild } from '../lib/child-process';
import { benchEnv, type BenchFederation } from '../lib/federation';
import { memoryOf } from '../lib/memory';
import { precompile, repoRoot } from '../lib/precompile';
import { num, table } from '../lib/table';

type Mode = 'tsx' | 'precompiled';
const SETTLE_MS = 5_000;

/**
 * Section 4: resident memory of every process of the local federation when idle, started two ways:
 * `node --import tsx entry.ts` (TypeScript compiled in each process at start: how the federation was
 * started before) and plain `node` on the entry precompiled to JavaScript (how @orebro/local-federation
 * starts it now); and, when sections 2–3 ran, the same processes after their load.
 */
export type IdleMemory = Record<Mode, Map<string, number>>;

/** Run before anything else is started, so the figures are of a quiet federation. */
export async function measureIdleMemory(log: (line: string) => void): Promise<IdleMemory> {
  return { tsx: await idleFederation('tsx', log), precompiled: await idleFederation('precompiled', log) };
}

export function memorySection(idle: IdleMemory, bench: BenchFederation | undefined): string {
  const afterLoad = new Map<string, number>();
  if (bench) for (const p of [...bench.federation.subgraphs, bench.federation.gateway]) afterLoad.set(p.spec.name, memoryOf(bench.pidOf(p)).rssMb);

  const names = [...idle.tsx.keys()];
  const total = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);
  // The twelve kommun instances share one process (hostShards, as npm start runs them): their RSS per instance.
  const kommun = (m: Map<string, number>) =>
    [...m].filter(([n]) => n === kommunMember.name || n.startsWith(`${kommunMember.name}-`)).reduce((sum, [, v]) => sum + v, 0) / kommunMember.shardKeys.length;
  const rows = names.map((name) => [
    name,
    num(idle.tsx.get(name)!),
    num(idle.precompiled.get(name) ?? NaN),
    afterLoad.size ? num(afterLoad.get(name) ?? NaN) : '–',
  ]);
  rows.push([
    '**whole federation**',
    `**${num(total(idle.tsx))}**`,
    `**${num(total(idle.precompiled))}**`,
    afterLoad.size ? `**${num(total(afterLoad))}**` : '–',
  ]);
  const verdict = (mode: Mode) =>
    `kommun instance ${num(kommun(idle[mode]))} MB on average (target < 150), whole federation ${num(total(idle[mode]))} MB (target < 2048)`;
  return [
    '## 4. Memory: resident set (RSS) of each process, idle',
    '',
    `Each process's VmRSS ${SETTLE_MS / 1000} s after the whole federation is ready (fresh SQLite databases, seeded), before any load. ` +
      `The "after load" column is the federation of sections 2–3 at the end of the run.`,
    '',
    table(['process', 'idle MB, node --import tsx', 'idle MB, precompiled (npm start now)', 'after load MB'], rows),
    '',
    `node --import tsx: ${verdict('tsx')}. Precompiled: ${verdict('precompiled')}.`,
  ].join('\n');
}

/** Starts the whole federation in one mode, lets it settle, reads every process's RSS, stops it. */
async function idleFederation(mode: Mode, log: (line: string) => void): Promise<Map<string, number>> {
  // As `npm start` runs it: every subgraph instance, the gateway (which also serves the app) and the
  // development identity provider.
  const instances = [...instanceNames(), 'identity'];
  const ports = new Map<string, number>();
  for (const instance of instances) ports.set(instance, await freePort());
  const dataDir = mkdtempSync(join(tmpdir(), `orebro-bench-memory-${mode}-`));
  const plan = federationPlan({
    ...localFederation,
    database: { kind: 'libsql', dataDir },
    port: (i) => ports.get(i)!,
    env: benchEnv,
    identityProvider: { keysFile: join(dataDir, 'dev-identity-provider-keys.json') },
    hostShards: true,
  });
  const running: { spec: ServiceSpec; child: RunningChild }[] = [];
  try {
    const launch = async (spec: ServiceSpec) => {
      // With the plan's V8 options, as ServiceProcess starts it (SUBGRAPH_NODE_ARGS).
      const args = [...(spec.nodeArgs ?? []), ...(mode === 'tsx' ? ['--import', 'tsx', spec.entry] : [await precompile(spec.entry)])];
      const child = startChild(process.execPath, args, { cwd: repoRoot, env: { ...spec.env, PORT: String(spec.port) } });
      running.push({ spec, child });
      // As long as `npm start` waits (START_TIMEOUT_MS default): fifteen processes compiling TypeScript at once take minutes on a busy machine.
      await waitFor(spec.name, () => isServiceReady(spec), child, 300_000);
    };
    if (plan.identity) await launch(plan.identity);
    await Promise.all(plan.subgraphs.map(launch));
    await launch(plan.gateway);
    await new Promise((r) => setTimeout(r, SETTLE_MS));
    const rss = new Map<string, number>();
    // A hosting process (`kommun`) sorts where its instances (`kommun-1814`, ...) would.
    const order = (name: string) => (instances.includes(name) ? instances.indexOf(name) : instances.findIndex((i) => i.startsWith(`${name}-`)));
    for (const { spec, child } of [...running].sort((a, b) => order(a.spec.name) - order(b.spec.name))) {
      rss.set(spec.name, memoryOf(child.pid).rssMb);
    }
    log(`memory (${mode}): ${num([...rss.values()].reduce((a, b) => a + b, 0))} MB in ${rss.size} processes`);
    return rss;
  } finally {
    await Promise.all(running.map((r) => r.child.stop()));
    rmSync(dataDir, { recursive: true, force: true });
  }
}
