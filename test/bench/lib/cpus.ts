import { execFileSync } from 'node:child_process';
import { availableParallelism } from 'node:os';

/**
 * Where each process runs. With two cores or more: the load generator (this process) and the
 * subgraphs on core 0, the gateway under test alone on core 1, so the gateway gets a whole core and
 * the load never competes with it. Children inherit this process's placement unless re-pinned.
 */
export interface Placement {
  pinned: boolean;
  loadCore: number;
  gatewayCore: number;
  description: string;
}

export function placeProcesses(): Placement {
  const cores = availableParallelism();
  if (cores < 2 || !hasTaskset()) {
    return {
      pinned: false,
      loadCore: 0,
      gatewayCore: 0,
      description: `not pinned (${cores} core(s)${hasTaskset() ? '' : ', no taskset'}): figures are indicative only`,
    };
  }
  pin(process.pid, 0);
  return {
    pinned: true,
    loadCore: 0,
    gatewayCore: 1,
    description: 'load generator (autocannon) and subgraphs on core 0; the gateway under test alone on core 1 (taskset)',
  };
}

/** Pins every thread of a running process to one core (`taskset -a -cp`); new threads inherit it. */
export function pin(pid: number, core: number): void {
  execFileSync('taskset', ['-a', '-cp', String(core), String(pid)], { stdio: 'ignore' });
}

/** The command prefix that starts a program on one core, or nothing when not pinning. */
export function pinnedCommand(placement: Placement, core: number, command: string, args: string[]): [string, string[]] {
  return placement.pinned ? ['taskset', ['-c', String(core), command, ...args]] : [command, args];
}

function hasTaskset(): boolean {
  try {
    execFileSync('taskset', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
