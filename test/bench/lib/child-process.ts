import { spawn, type ChildProcess } from 'node:child_process';

export interface RunningChild {
  child: ChildProcess;
  pid: number;
  output: string[];
  /** Resolves with the first stdout line (used by processes that announce their URLs). */
  firstLine: Promise<string>;
  stop(): Promise<void>;
}

/** Starts a helper process, keeping its last output lines for when it fails. */
export function startChild(command: string, args: string[], options: { env?: NodeJS.ProcessEnv; cwd?: string }): RunningChild {
  const child = spawn(command, args, { cwd: options.cwd, env: { ...process.env, ...options.env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const output: string[] = [];
  let resolveLine: (line: string) => void = () => undefined;
  let rejectLine: (error: Error) => void = () => undefined;
  const firstLine = new Promise<string>((resolve, reject) => {
    resolveLine = resolve;
    rejectLine = reject;
  });
  firstLine.catch(() => undefined); // only some callers wait for it
  let buffered = '';
  child.stdout!.on('data', (chunk: Buffer) => {
    buffered += chunk.toString('utf8');
    const lines = buffered.split('\n');
    buffered = lines.pop() ?? '';
    for (const line of lines) {
      if (output.length === 0) resolveLine(line);
      keep(output, line);
    }
  });
  child.stderr!.on('data', (chunk: Buffer) => keep(output, chunk.toString('utf8')));
  child.once('exit', (code) => rejectLine(new Error(`${command} ${args.join(' ')} exited with code ${code}:\n${output.slice(-20).join('\n')}`)));
  return {
    child,
    pid: child.pid!,
    output,
    firstLine,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

function keep(output: string[], line: string): void {
  output.push(line);
  if (output.length > 200) output.shift();
}

/** Waits until `check` resolves true, or fails with what the process printed. */
export async function waitFor(what: string, check: () => Promise<boolean>, running: RunningChild | undefined, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (running && running.child.exitCode !== null) throw new Error(`${what} exited before it was ready:\n${running.output.slice(-20).join('\n')}`);
    if (await check().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${what} was not ready within ${timeoutMs} ms:\n${running?.output.slice(-20).join('\n') ?? ''}`);
}
