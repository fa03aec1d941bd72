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
  /**
   * Run the development OpenID Connect provider (instance `identity`) and point every service at it
   * (AUTH_ISSUER), as they would be at a production IdP. Without it, services trust the committed
   * development key (tests that mint their own tokens).
   */
  identityProvider?: { keysFile: string };
  /** Tests: a fresh free port for an instance whose port was taken before it could bind it. */
  nextPort?: () => Promise<number>;
}

export interface FederationPlan {
  /** The development identity provider, started before everything else, when asked for. */
  identity?: ServiceSpec;
  subgraphs: ServiceSpec[];
  gateway: ServiceSpec;
}

export const IDENTITY_PROVIDER_ENTRY = 'packages/dev-identity-provider/src/main.ts';

/** The whole federation: samverkan, region, one kommun instance per kommun, and the gateway in front. */
export function federationPlan(options: PlanOptions): FederationPlan {
  const kommuner = options.kommuner ?? kommunCodes;
  const url = (instance: string) => `http://127.0.0.1:${options.port(instance)}/graphql`;
  const identity: ServiceSpec | undefined = options.identityProvider && {
    name: 'identity',
    entry: IDENTITY_PROVIDER_ENTRY,
    port: options.port('identity'),
    env: { ...options.env, IDP_KEYS_FILE: options.identityProvider.keysFile },
  };
  // The issuer as a browser on this machine reaches it (the app's sign-in page), and the services too.
  const authEnv: Record<string, string> = identity ? { AUTH_ISSUER: `http://localhost:${identity.port}` } : {};
  const subgraph = (instance: string, entry: string, env: Record<string, string> = {}): ServiceSpec => ({
    name: instance,
    entry,
    port: options.port(instance),
    env: { ...options.env, ...authEnv, ...env, ...databaseEnv(options.database, instance) },
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
      ...authEnv,
      SAMVERKAN_URL: url('samverkan'),
      REGION_URL: url('region'),
      KOMMUN_URLS: kommuner.map((code) => `${code}=${url(`kommun-${code}`)}`).join(','),
    },
  };
  return { identity, subgraphs, gateway };
}

function databaseEnv(database: DatabaseMode, instance: string): Record<string, string> {
  if (database.kind === 'libsql') return { DATA_DIR: database.dataDir, DATABASE_URL: '' };
  return { DATABASE_URL: `${database.serverUrl}/${database.prefix}_${instance.replace(/-/g, '_')}` };
}
