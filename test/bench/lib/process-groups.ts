import { cpuTimeMs } from './cpu-time';
import type { BenchFederation } from './federation';

/** The federation's processes by role: gateway, samverkan, region, and the kommun process(es) together. */
export type ProcessGroups = [name: string, pids: number[]][];

export function processGroups(bench: BenchFederation): ProcessGroups {
  const { federation } = bench;
  for (const s of federation.subgraphs) if (s.state.phase === 'stopped') throw new Error(`${s.spec.name} exited with ${s.state.exitCode}`);
  return [
    ['gateway', [bench.pidOf(federation.gateway)]],
    ['samverkan', [bench.pidOf(federation.instance('samverkan'))]],
    ['region', [bench.pidOf(federation.instance('region'))]],
    ['kommun ×12', federation.subgraphs.filter((s) => s.spec.name.startsWith('kommun')).map((s) => bench.pidOf(s))],
  ];
}

/** Each group's CPU time so far (ms, user + system), in the groups' order. */
export function groupCpuMs(groups: ProcessGroups): number[] {
  return groups.map(([, pids]) => pids.reduce((sum, pid) => sum + cpuTimeMs(pid), 0));
}

/** Runs a bench script's `main` and exits: 0 when it finished, 1 with the error printed when it failed (the federation's children are stopped by `main`'s own `finally`). */
export function runBenchScript(main: () => Promise<void>): void {
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
