import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, startFederation, type Federation, type ServiceProcess } from '@orebro/local-federation';
import { instanceNames, localFederation } from '@orebro/gateway/src/members';
import { pin, type Placement } from './cpus';

export interface BenchFederation {
  federation: Federation;
  gatewayUrl: string;
  /** Instance name (`samverkan`, `kommun-1880`, ...) → its GraphQL URL. */
  urls: Map<string, string>;
  pidOf(instance: ServiceProcess): number;
  stop(): Promise<void>;
}

/**
 * Limits a benchmark must not trip over: the rate limit counts all clients from 127.0.0.1 as one. The
 * response cache is off: each section measures the work of answering (sections/cache.ts compares it on).
 */
export const benchEnv = { LOG_LEVEL: 'warn', RATE_LIMIT_PER_MINUTE: '1000000000', RESPONSE_CACHE: 'off' };

/**
 * The real federation as `npm start` runs it (a process per instance, the twelve kommun instances in
 * one; embedded SQLite, seeded from public facts), on fresh databases and free ports; its gateway
 * pinned to the gateway core.
 */
export async function startBenchFederation(placement: Placement): Promise<BenchFederation> {
  const instances = instanceNames();
  const ports = new Map<string, number>();
  for (const instance of instances) ports.set(instance, await freePort());
  const dataDir = mkdtempSync(join(tmpdir(), 'orebro-bench-federation-'));
  const federation = await startFederation({
    ...localFederation,
    database: { kind: 'libsql', dataDir },
    port: (i) => ports.get(i)!,
    env: benchEnv,
    hostShards: true,
  });
  const pidOf = (instance: ServiceProcess) => {
    if (instance.state.phase === 'stopped') throw new Error(`${instance.spec.name} is not running.`);
    return instance.state.child.pid!;
  };
  if (placement.pinned) pin(pidOf(federation.gateway), placement.gatewayCore);
  return {
    federation,
    gatewayUrl: federation.gateway.url,
    urls: federation.urls(),
    pidOf,
    async stop() {
      await federation.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export interface GraphQLAnswer {
  status: number;
  text: string;
  errors?: { message: string }[];
}

/** Sends one operation (with `headers`, e.g. a token) and returns its exact text (the load run expects every answer to equal it). */
export async function ask(url: string, body: string, headers: Record<string, string> = {}): Promise<GraphQLAnswer> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  const text = await response.text();
  let errors: { message: string }[] | undefined;
  try {
    errors = (JSON.parse(text) as { errors?: { message: string }[] }).errors;
  } catch {
    errors = [{ message: `not JSON: ${text.slice(0, 100)}` }];
  }
  return { status: response.status, text, errors };
}

/**
 * `ask`, repeated every 2 s until the answer has no errors or `waitMs` has passed (the last answer is
 * returned). A row that overloaded the federation (64 clients of a tokened view, never shared in flight)
 * can leave a kommun instance's circuit open for its cool-down: the next row waits it out instead of
 * finding a partial answer and going unmeasured.
 */
export async function askWhenSettled(url: string, body: string, headers: Record<string, string> = {}, waitMs = 60_000): Promise<GraphQLAnswer> {
  const until = Date.now() + waitMs;
  for (;;) {
    const answer = await ask(url, body, headers);
    if ((answer.status === 200 && !answer.errors) || Date.now() >= until) return answer;
    await new Promise((resolve) => setTimeout(resolve, 2000));
  }
}
