import { execFile, execFileSync } from 'node:child_process';
import { Agent, request } from 'node:http';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { freePort } from '@orebro/local-federation';
import { startChild, waitFor } from './child-process';
import type { Peer } from './peers';

const run = promisify(execFile);

export interface InstructionCount {
  /** Instructions the gateway process executed (all its threads: JIT, GC, main) per measured request. */
  perRequest: number;
  requests: number;
}

/** Whether valgrind and callgrind_control (Debian's `valgrind` package) are installed. */
export function hasCallgrind(): boolean {
  try {
    execFileSync('valgrind', ['--version'], { stdio: 'ignore' });
    execFileSync('callgrind_control', ['-h'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/**
 * Counts the work a gateway does per request, which other load on the machine does not change (as
 * wall-clock throughput does): the gateway runs under `valgrind --tool=callgrind --instr-atstart=no`
 * (uninstrumented, so start-up is not counted), is warmed up with `warmup` requests so V8 has
 * optimised the hot code, then counting is switched on (`callgrind_control -i on`, zeroed with -z),
 * exactly `requests` requests are sent with `concurrency` in flight, and the counters are dumped
 * (`callgrind_control -d`). callgrind_control reaches a process blocked in epoll through vgdb, so
 * no request slips in between. Valgrind runs every thread of the process on one host thread, so the
 * count covers V8's background compilation and GC too. Repeat runs of the same build differ by a
 * few percent (JIT and GC timing depend on the host scheduler), far less than wall-clock figures here.
 */
export async function countInstructions(
  peer: Peer,
  env: Record<string, string>,
  body: string,
  options: { warmup: number; requests: number; concurrency: number; dir: string },
  log: (line: string) => void = () => undefined,
): Promise<InstructionCount> {
  const port = await freePort();
  const runDir = mkdtempSync(join(options.dir, `callgrind-${peer.id}-`));
  const { command, args, cwd, env: own } = await peer.command(port, runDir);
  const out = join(runDir, 'callgrind.out');
  const gateway = startChild('valgrind', ['--tool=callgrind', '--instr-atstart=no', `--callgrind-out-file=${out}`, command, ...args], {
    // Our gateway's fetch timeout raised: under callgrind a subgraph answer can wait minutes in the loop.
    env: { ...env, ...own, PORT: String(port), SUBGRAPH_TIMEOUT_MS: '900000' },
    cwd,
  });
  const url = `http://127.0.0.1:${port}/graphql`;
  try {
    await waitFor(`${peer.label} under callgrind`, async () => (await post(url, JSON.stringify({ query: '{ __typename }' }))).status === 200, gateway, 600_000);
    log(`${peer.id}: started under callgrind; ${options.warmup} warm-up requests...`);
    // The first request plans the query, which under valgrind can take longer than a server lets
    // other requests' headers wait (Node's headersTimeout, 60 s): it goes alone.
    await send(url, body, 1, 1);
    await send(url, body, Math.max(0, options.warmup - 1), options.concurrency);
    log(`${peer.id}: counting ${options.requests} requests...`);
    await run('callgrind_control', ['-i', 'on', String(gateway.pid)]);
    await run('callgrind_control', ['-z', String(gateway.pid)]);
    await send(url, body, options.requests, options.concurrency);
    await run('callgrind_control', ['-d', String(gateway.pid)]);
    const dump = readdirSync(runDir).find((f) => f.startsWith('callgrind.out.'));
    if (!dump) throw new Error('callgrind wrote no dump');
    const totals = /^totals:\s+(\d+)/m.exec(readFileSync(join(runDir, dump), 'utf8'))?.[1];
    if (!totals) throw new Error(`no totals in ${dump}`);
    return { perRequest: Number(totals) / options.requests, requests: options.requests };
  } finally {
    await gateway.stop();
  }
}

/**
 * Sends exactly `count` requests, `concurrency` at a time, over kept-alive connections (as the load
 * generator does); any answer but 200 without errors fails. node:http rather than fetch: its pool
 * keeps a socket open for as long as the gateway does, however slowly the gateway runs under valgrind.
 */
async function send(url: string, body: string, count: number, concurrency: number): Promise<void> {
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
  let next = 0;
  const client = async () => {
    while (next < count) {
      next++;
      const { status, text } = await postOnce(url, body, agent);
      if (status !== 200 || text.includes('"errors"')) throw new Error(`HTTP ${status}: ${text.slice(0, 200)}`);
    }
  };
  try {
    await Promise.all(Array.from({ length: concurrency }, client));
  } finally {
    agent.destroy();
  }
}

function postOnce(url: string, body: string, agent: Agent): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('error', reject);
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

const post = (url: string, body: string) => fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
