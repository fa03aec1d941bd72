import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { intFromEnv } from '@orebro/http';
import { compileEntry } from './compile-entry';

/**
 * How long a service may take to become ready, by default: minutes, not seconds. Migrating and
 * seeding fifteen databases at once on a busy two-core machine can take well over a minute, and a
 * start that fails only because the machine is loaded helps no one. START_TIMEOUT_MS overrides it.
 */
export const DEFAULT_START_TIMEOUT_MS = 300_000;

export function startTimeoutFromEnv(env: Record<string, string | undefined> = process.env): number {
  return intFromEnv(env, 'START_TIMEOUT_MS', DEFAULT_START_TIMEOUT_MS);
}

export interface ServiceSpec {
  /** Shown in logs and errors, e.g. `kommun-1880`. */
  name: string;
  /** TypeScript entry file, relative to the repository root. */
  entry: string;
  port: number;
  env: Record<string, string>;
  /** Node options before the entry (V8 heap sizing of the subgraph processes: SUBGRAPH_NODE_ARGS in federation-plan.ts). */
  nodeArgs?: readonly string[];
  /**
   * The instances this process serves when it hosts several (HOSTED_INSTANCES), each on its own port
   * (`port` is the first's); it is ready when every one's /ready answers.
   */
  hosted?: readonly { name: string; port: number }[];
  /**
   * Another free port to try when `port` was taken between choosing it and the service binding it
   * (tests choose free ports up front; on a busy machine another process may take one meanwhile).
   */
  nextPort?: () => Promise<number>;
}

/** The service could not listen: its port was taken (EADDRINUSE). Names the service and the port. */
export class PortTakenError extends Error {
  constructor(
    readonly service: string,
    readonly port: number,
    output: string,
  ) {
    super(`${service} could not listen on port ${port}: another process has it (EADDRINUSE).\n${output}`);
  }
}

const MAX_PORT_ATTEMPTS = 3;

export type ServiceState =
  { phase: 'starting'; child: ChildProcess } | { phase: 'running'; child: ChildProcess } | { phase: 'stopped'; exitCode: number | null };

/** The ports whose /ready say a service is ready: its own, or each hosted instance's. */
function readyPorts(spec: ServiceSpec): number[] {
  return spec.hosted ? spec.hosted.map((i) => i.port) : [spec.port];
}

/** The GraphQL URL of an instance listening on `port` on this machine. */
export function graphqlUrl(port: number): string {
  return `http://127.0.0.1:${port}/graphql`;
}

/** Whether /ready answers 200 within `timeoutMs` on every port the service serves (a loaded machine may take seconds to answer). */
export async function isServiceReady(spec: ServiceSpec, timeoutMs = 5_000): Promise<boolean> {
  const ready = async (port: number) => {
    try {
      return (await fetch(`http://127.0.0.1:${port}/ready`, { signal: AbortSignal.timeout(timeoutMs) })).ok;
    } catch {
      return false;
    }
  };
  const answers = await Promise.all(readyPorts(spec).map(ready));
  return answers.every(Boolean);
}

export const repoRoot = join(__dirname, '../../..');

/**
 * One service as its own Node process (the same Node that runs this code, so a test under Node 24
 * starts Node 24 services), with its output kept for when something goes wrong.
 */
export class ServiceProcess {
  state: ServiceState = { phase: 'stopped', exitCode: null };
  readonly output: string[] = [];
  /** Set by stop(): an exit we asked for is not news. */
  private stopping = false;

  constructor(
    readonly spec: ServiceSpec,
    private readonly echo: (line: string) => void = () => undefined,
  ) {}

  get url(): string {
    return graphqlUrl(this.spec.port);
  }

  /**
   * Spawns the process and resolves once its /ready answers 200; rejects if it exits first or is not
   * ready within `timeoutMs` (default START_TIMEOUT_MS, else five minutes), naming the variable.
   */
  async start(timeoutMs = startTimeoutFromEnv()): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.startOnce(timeoutMs);
      } catch (error) {
        if (!(error instanceof PortTakenError) || !this.spec.nextPort || this.spec.hosted || attempt >= MAX_PORT_ATTEMPTS) throw error;
        this.spec.port = await this.spec.nextPort();
      }
    }
  }

  private async startOnce(timeoutMs: number): Promise<void> {
    // Precompiled: a TypeScript loader in each of fifteen processes costs ~40 MB apiece (compile-entry.ts).
    const entry = process.env.FEDERATION_LOADER === 'tsx' ? ['--import', 'tsx', this.spec.entry] : [await compileEntry(this.spec.entry)];
    const args = [...(this.spec.nodeArgs ?? []), ...entry];
    const child = spawn(process.execPath, args, {
      cwd: repoRoot,
      env: { ...process.env, ...this.spec.env, PORT: String(this.spec.port) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.state = { phase: 'starting', child };
    this.stopping = false;
    const keep = (chunk: Buffer) => {
      for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) {
        this.output.push(line);
        if (this.output.length > 500) this.output.shift();
        this.echo(line);
      }
    };
    child.stdout!.on('data', keep);
    child.stderr!.on('data', keep);
    child.once('exit', (exitCode, signal) => {
      const wasRunning = this.state.phase === 'running';
      this.state = { phase: 'stopped', exitCode };
      // After it was ready nobody awaits it any more: say so, or an instance vanishes without a word
      // (the others keep running; the gateway reports its data missing).
      if (wasRunning && !this.stopping) {
        this.echo(
          `${this.spec.name} exited ${signal ? `on signal ${signal}` : `with code ${exitCode}`} after it was ready; the other instances keep running. Its last lines:\n${this.output.slice(-5).join('\n')}`,
        );
      }
    });

    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      const state = this.state as ServiceState; // changed by the exit handler while we wait
      if (state.phase === 'stopped') {
        const last = this.output.slice(-20).join('\n');
        if (last.includes('EADDRINUSE')) {
          // A process hosting several instances names the port it could not have in Node's message.
          const taken = Number(/EADDRINUSE[^\n]*?:(\d+)/.exec(last)?.[1] ?? this.spec.port);
          throw new PortTakenError(this.spec.name, readyPorts(this.spec).includes(taken) ? taken : this.spec.port, last);
        }
        throw new Error(`${this.spec.name} exited with code ${state.exitCode} before it was ready:\n${last}`);
      }
      if (await this.isReady(Math.min(5_000, Math.max(1, deadline - Date.now())))) {
        this.state = { phase: 'running', child };
        return;
      }
      await new Promise((r) => setTimeout(r, 200));
    }
    await this.stop();
    throw new Error(`${this.spec.name} was not ready within ${timeoutMs} ms (START_TIMEOUT_MS raises the limit):\n${this.output.slice(-20).join('\n')}`);
  }

  /** Every GraphQL URL this process serves, by instance name (one, or each hosted instance's). */
  get urls(): Map<string, string> {
    return new Map((this.spec.hosted ?? [this.spec]).map((i) => [i.name, graphqlUrl(i.port)]));
  }

  /** Whether /ready answers 200 within `timeoutMs` on every port it serves (isServiceReady). */
  isReady(timeoutMs = 5_000): Promise<boolean> {
    return isServiceReady(this.spec, timeoutMs);
  }

  /** Freezes the process (SIGSTOP): it keeps its connections and acts on what it received once resumed, like a stalled host. */
  pause(): void {
    if (this.state.phase !== 'stopped') this.state.child.kill('SIGSTOP');
  }

  /** Lets a paused process run again (SIGCONT). */
  resume(): void {
    if (this.state.phase !== 'stopped') this.state.child.kill('SIGCONT');
  }

  /** SIGTERM, so the service shuts down cleanly; SIGKILL if it has not exited after `graceMs`. */
  async stop(graceMs = 5_000): Promise<void> {
    if (this.state.phase === 'stopped') return;
    this.stopping = true;
    const { child } = this.state;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    await exited;
    clearTimeout(timer);
  }
}
