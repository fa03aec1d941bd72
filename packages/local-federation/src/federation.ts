import { federationPlan, type PlanOptions } from './federation-plan';
import { ServiceProcess } from './service-process';

export interface Federation {
  /** The development identity provider, when the plan has one. */
  identity?: ServiceProcess;
  gateway: ServiceProcess;
  subgraphs: ServiceProcess[];
  instance(name: string): ServiceProcess;
  stop(): Promise<void>;
}

export interface StartFederationOptions extends PlanOptions {
  /** Instances to leave stopped at first (a test starts them later). */
  notStarted?: string[];
  echo?: (line: string) => void;
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
  const stop = async () => {
    await Promise.all(all.map((p) => p.stop()));
  };
  try {
    if (identity) await identity.start();
    await Promise.all(subgraphs.filter((p) => !options.notStarted?.includes(p.spec.name)).map((p) => p.start()));
    await gateway.start();
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
      if (!found) throw new Error(`No instance named ${name}.`);
      return found;
    },
    stop,
  };
}
