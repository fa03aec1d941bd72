import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { compileEntry } from './compile-entry';

export interface ServiceSpec {
  /** Shown in logs and errors, e.g. `kommun-1880`. */
  name: string;
  /** TypeScript entry file, relative to the repository root. */
  entry: string;
  port: number;
  env: Record<string, string>;
}

export type ServiceState =
  | { phase: 'starting'; child: ChildProcess }
  | { phase: 'running'; child: ChildProcess }
  | { phase: 'stopped'; exitCode: number | null };

export const repoRoot = join(__dirname, '../../..');

/**
 * One service as its own Node process (the same Node that runs this code, so a test under Node 24
 * starts Node 24 services), with its output kept for when something goes wrong.
 */
export class ServiceProcess {
  state: ServiceState = { phase: 'stopped', exitCode: null };
  readonly output: string[] = [];

  constructor(
    readonly spec: ServiceSpec,
    private readonly echo: (line: string) => void = () => undefined,
  ) {}

  get url(): string {
    return `http://127.0.0.1:${this.spec.port}/graphql`;
  }

  /** Spawns the process and resolves once its /ready answers 200; rejects if it exits first or takes too long. */
  async start(timeoutMs = 60_000): Promise<void> {
    // Precompiled: a TypeScript loader in each of fifteen processes costs ~40 MB apiece (compile-entry.ts).
    const args = process.env.FEDERATION_LOADER === 'tsx' ? ['--import', 'tsx', this.spec.entry] : [await compileEntry(this.spec.entry)];
    const child = spawn(process.execPath, args, {
      cwd: repoRoot,
      env: { ...process.env, ...this.spec.env, PORT: String(this.spec.port) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.state = { phase: 'starting', child };
    const keep = (chunk: Buffer) => {
      for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) {
        this.output.push(line);
        if (this.output.length > 500) this.output.shift();
        this.echo(line);
      }
    };
    child.stdout!.on('data', keep);
    child.stderr!.on('data', keep);
    child.once('exit', (exitCode) => (this.state = { phase: 'stopped', exitCode }));

    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      const state = this.state as ServiceState; // changed by the exit handler while we wait
      if (state.phase === 'stopped') {
        throw new Error(`${this.spec.name} exited with code ${state.exitCode} before it was ready:\n${this.output.slice(-20).join('\n')}`);
      }
      if (await this.isReady()) {
        this.state = { phase: 'running', child };
        return;
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    await this.stop();
    throw new Error(`${this.spec.name} was not ready within ${timeoutMs} ms:\n${this.output.slice(-20).join('\n')}`);
  }

  async isReady(): Promise<boolean> {
    try {
      const response = await fetch(`http://127.0.0.1:${this.spec.port}/ready`, { signal: AbortSignal.timeout(1_000) });
      return response.ok;
    } catch {
      return false;
    }
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
    const { child } = this.state;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    await exited;
    clearTimeout(timer);
  }
}
