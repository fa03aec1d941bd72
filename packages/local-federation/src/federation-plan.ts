import { kommunCodes } from '@orebro/reference-data';
import type { ServiceSpec } from './service-process';

export type DatabaseMode =
  | { kind: 'libsql'; dataDir: string }
  /** One database per instance on this server, named `<prefix>_<instance>`, created when missing. */
  | { kind: 'postgresql'; serverUrl: string; prefix: string };

export interface PlanOptions {
  database: DatabaseMode;
  /** Port for each instance name (`gateway`, `samverkan`, `region`, `kommun-1880`, ...). */
  port: (instance: string) => number;
  kommuner?: readonly string[];
  /** Extra environment for every process (log level, timeouts). */
  env?: Record<string, string>;
  /** Tests: a fresh free port for an instance whose port was taken before it could bind it. */
  nextPort?: () => Promise<number>;
}

export interface FederationPlan {
  subgraphs: ServiceSpec[];
  gateway: ServiceSpec;
}

/** The whole federation: samverkan, region, one kommun instance per kommun, and the gateway in front. */
export function federationPlan(options: PlanOptions): FederationPlan {
  const kommuner = options.kommuner ?? kommunCodes;
  const url = (instance: string) => `http://127.0.0.1:${options.port(instance)}/graphql`;
  const subgraph = (instance: string, entry: string, env: Record<string, string> = {}): ServiceSpec => ({
    name: instance,
    entry,
    port: options.port(instance),
    env: { ...options.env, ...env, ...databaseEnv(options.database, instance) },
    ...(options.nextPort ? { nextPort: options.nextPort } : {}),
  });
  const subgraphs = [
    subgraph('samverkan', 'subgraphs/samverkan/src/index.ts'),
    subgraph('region', 'subgraphs/region/src/index.ts'),
    ...kommuner.map((code) => subgraph(`kommun-${code}`, 'subgraphs/kommun/src/index.ts', { KOMMUN_CODE: code })),
  ];
  const gateway: ServiceSpec = {
    name: 'gateway',
    entry: 'gateway/src/index.ts',
    port: options.port('gateway'),
    ...(options.nextPort ? { nextPort: options.nextPort } : {}),
    env: {
      ...options.env,
      SAMVERKAN_URL: url('samverkan'),
      REGION_URL: url('region'),
      KOMMUN_URLS: kommuner.map((code) => `${code}=${url(`kommun-${code}`)}`).join(','),
    },
  };
  return { subgraphs, gateway };
}

function databaseEnv(database: DatabaseMode, instance: string): Record<string, string> {
  if (database.kind === 'libsql') return { DATA_DIR: database.dataDir, DATABASE_URL: '' };
  return { DATABASE_URL: `${database.serverUrl}/${database.prefix}_${instance.replace(/-/g, '_')}` };
}
