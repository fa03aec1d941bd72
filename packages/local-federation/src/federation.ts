import { federationPlan, type PlanOptions } from './federation-plan';
import { ServiceProcess } from './service-process';

export interface Federation {
  /** The development identity provider, when the plan has one. */
  identity?: ServiceProcess;
  gateway: ServiceProcess;
  subgraphs: ServiceProcess[];
  /** The process named so (`samverkan`, `kommun-1880`; with hostShards `kommun` for all twelve). */
  instance(name: string): ServiceProcess;
  /** Every subgraph instance's and the gateway's GraphQL URL, by instance name (hosted ones each on their own). */
  urls(): Map<string, string>;
  stop(): Promise<void>;
}

export interface StartFederationOptions extends PlanOptions {
  /** Instances to leave stopped at first (a test starts them later). */
  notStarted?: string[];
  echo?: (line: string) => void;
  /** Each instance's time to become ready (default START_TIMEOUT_MS, else five minutes). */
  startTimeoutMs?: number;
  /** Told when each instance starts and when it is ready, e.g. to print progress. */
  onProgress?: (event: StartProgress) => void;
}

export interface StartProgress {
  instance: string;
  phase: 'starting' | 'ready';
  /** Since startFederation was called. */
  elapsedMs: number;
}

/**
 * Starts the identity provider (when planned) first, so every service finds its discovery document,
 * then every subgraph instance in parallel, then the gateway once they are ready.
 */
export async function startFederation(options: StartFederationOptions): Promise<Federation> {
  const plan = federationPlan(options);
  const identity = plan.identity && new ServiceProcess(plan.identity, options.echo);
  const subgraphs = plan.subgraphs.map((spec) => new ServiceProcess(spec, options.echo));
  const gateway = new ServiceProcess(plan.gateway, options.echo);
  const all = [...(identity ? [identity] : []), ...subgraphs, gateway];
  // The gateway first: it follows every subgraph's change stream (its response cache), and a subgraph
  // stopping under it is reported as a lost stream, a warning for each one on every Ctrl-C.
  const stop = async () => {
    await gateway.stop();
    await Promise.all(all.map((p) => p.stop()));
  };
  const began = Date.now();
  const start = async (p: ServiceProcess) => {
    options.onProgress?.({ instance: p.spec.name, phase: 'starting', elapsedMs: Date.now() - began });
    await p.start(options.startTimeoutMs);
    options.onProgress?.({ instance: p.spec.name, phase: 'ready', elapsedMs: Date.now() - began });
  };
  try {
    if (identity) await start(identity);
    await Promise.all(subgraphs.filter((p) => !options.notStarted?.includes(p.spec.name)).map(start));
    // A subgraph may have moved to another port (its first was taken): point the gateway where they listen.
    const listening = federationPlan({ ...options, port: (name) => all.find((p) => p.spec.name === name)?.spec.port ?? options.port(name) });
    Object.assign(gateway.spec.env, listening.gateway.env);
    await start(gateway);
    // Restarted later, an instance keeps its port: the gateway knows it by that one.
    for (const p of all) delete p.spec.nextPort;
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    identity,
    gateway,
    subgraphs,
    instance: (name) => {
      const found = all.find((p) => p.spec.name === name);
      if (found) return found;
      const host = all.find((p) => p.spec.hosted?.some((i) => i.name === name));
      throw new Error(host ? `${name} runs in the process ${host.spec.name} with the other hosted instances (hostShards).` : `No instance named ${name}.`);
    },
    urls: () => new Map([...subgraphs, gateway].flatMap((p) => [...p.urls])),
    stop,
  };
}
