import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const msPerTick = 1000 / Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim() || 100);

/** CPU time (user + system) a process has used since it started, in ms, from /proc/<pid>/stat. */
export function cpuTimeMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after the command name (which may hold spaces): utime and stime are the 12th and 13th.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * msPerTick;
}

/**
 * The CPU a server spends per request: `requests` sequential requests, the process's CPU time before
 * and after. Unlike latency this does not include the time other processes on the same cores take,
 * so it shows the server's own cost even when the machine cannot run everything in parallel.
 */
export async function cpuPerRequestMs(pid: number, url: string, body: string, requests: number): Promise<number> {
  const before = cpuTimeMs(pid);
  for (let i = 0; i < requests; i++) {
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    await response.arrayBuffer();
  }
  return (cpuTimeMs(pid) - before) / requests;
}
