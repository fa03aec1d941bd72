import { HOSTED_INSTANCES_VARIABLE } from '@orebro/http';
import { graphqlUrl, type ServiceSpec } from './service-process';

export type DatabaseMode =
  | { kind: 'libsql'; dataDir: string }
  /** One database per instance on this server, named `<prefix>_<instance>`, created when missing. */
  | { kind: 'postgresql'; serverUrl: string; prefix: string };

interface PlannedCommon {
  /** Its name; a shard's instance is `<name>-<key>`. */
  name: string;
  /** Its process entry, from the repository root. */
  entry: string;
  /** The gateway's variable for its URL; for a sharded subgraph it gets `<key>=<url>,...`. */
  urlVariable: string;
}

/** A subgraph to run: one instance, or one per shard key, each told its key in `shardKeyVariable` (the federation's members list says which). */
export type PlannedSubgraph =
  (PlannedCommon & { sharded: false }) | (PlannedCommon & { sharded: true; shardKeys: readonly string[]; shardKeyVariable: string });

export interface PlanOptions {
  database: DatabaseMode;
  /** The subgraphs to run, in start order. */
  members: readonly PlannedSubgraph[];
  /** The gateway's process entry, from the repository root. */
  gatewayEntry: string;
  /** Port for each instance name (`gateway`, `<name>`, `<name>-<key>`). */
  port: (instance: string) => number;
  /** Run only these shards of each sharded subgraph (default: all its keys). */
  shardKeys?: readonly string[];
  /** Extra environment for every process (log level, timeouts). */
  env?: Record<string, string>;
  /**
   * Run the development OpenID Connect provider (instance `identity`) and point every service at it
   * (AUTH_ISSUER), as they would be at a production IdP. Without it, services trust the committed
   * development key (tests that mint their own tokens).
   */
  identityProvider?: { keysFile: string };
  /** Tests: a fresh free port for an instance whose port was taken before it could bind it (not for hosted shards). */
  nextPort?: () => Promise<number>;
  /**
   * Run all of a sharded subgraph's instances in one process (HOSTED_INSTANCES, packages/http/src/hosted-instances.ts),
   * each still on its own port with its own database, as `npm start` and the bench do: twelve kommun
   * processes time-sharing one machine's cores made every broadcast pay twelve cold starts. Tests leave
   * it off: they stop single instances and read each one's output, which needs a process apiece.
   */
  hostShards?: boolean;
}

export interface FederationPlan {
  /** The development identity provider, started before everything else, when asked for. */
  identity?: ServiceSpec;
  subgraphs: ServiceSpec[];
  gateway: ServiceSpec;
}

/**
 * V8 options for every subgraph process that `npm start`, the tests and the bench run (not the gateway,
 * not the identity provider). Node 20 lets the young generation grow to 2 × 16 MB semi-spaces; seeding
 * at start grows it there and an idle instance keeps all of it, nearly empty (7 of 32 MB used, measured
 * with v8.getHeapSpaceStatistics). Capped at 2 × 4 MB, an instance is about 17 MB smaller idle and no
 * larger after load, and its CPU per request measured the same within the shared machine's noise
 * (alternating rounds against the default; 2 × 2 MB cost about 10 % more CPU). Fourteen subgraph
 * processes share one machine here, so this is the local federation's setting only: a deployed
 * instance has its own memory limit (Dockerfile, Kubernetes) and keeps V8's default.
 */
export const SUBGRAPH_NODE_ARGS: readonly string[] = ['--max-semi-space-size=4'];

export const IDENTITY_PROVIDER_ENTRY = 'packages/dev-identity-provider/src/main.ts';

/** The whole federation: each member's instances (one per shard key for a sharded one), and the gateway in front. */
export function federationPlan(options: PlanOptions): FederationPlan {
  const keysOf = (member: PlannedSubgraph & { sharded: true }) => options.shardKeys ?? member.shardKeys;
  const url = (instance: string) => graphqlUrl(options.port(instance));
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
    nodeArgs: SUBGRAPH_NODE_ARGS,
    ...(options.nextPort ? { nextPort: options.nextPort } : {}),
  });
  const subgraphs = options.members.flatMap((member) => {
    if (!member.sharded) return [subgraph(member.name, member.entry)];
    const instances = keysOf(member).map((key) => subgraph(`${member.name}-${key}`, member.entry, { [member.shardKeyVariable]: key }));
    return options.hostShards ? [hostOf(member.name, instances)] : instances;
  });
  const memberUrls = Object.fromEntries(
    options.members.map((member) => [
      member.urlVariable,
      member.sharded
        ? keysOf(member)
            .map((key) => `${key}=${url(`${member.name}-${key}`)}`)
            .join(',')
        : url(member.name),
    ]),
  );
  const gateway: ServiceSpec = {
    name: 'gateway',
    entry: options.gatewayEntry,
    port: options.port('gateway'),
    ...(options.nextPort ? { nextPort: options.nextPort } : {}),
    env: {
      ...options.env,
      ...authEnv,
      ...memberUrls,
    },
  };
  return { identity, subgraphs, gateway };
}

/** One process serving `instances`: their shared environment, and each one's own in HOSTED_INSTANCES. */
function hostOf(name: string, instances: ServiceSpec[]): ServiceSpec {
  const shared = Object.fromEntries(Object.entries(instances[0].env).filter(([key, value]) => instances.every((i) => i.env[key] === value)));
  const own = instances.map((i) => ({
    ...Object.fromEntries(Object.entries(i.env).filter(([key]) => !(key in shared))),
    PORT: String(i.port),
  }));
  return {
    name,
    entry: instances[0].entry,
    port: instances[0].port,
    env: { ...shared, [HOSTED_INSTANCES_VARIABLE]: JSON.stringify(own) },
    // V8's own young generation: SUBGRAPH_NODE_ARGS's cap is for many small processes, and this one allocates for twelve.
    hosted: instances.map((i) => ({ name: i.name, port: i.port })),
  };
}

function databaseEnv(database: DatabaseMode, instance: string): Record<string, string> {
  if (database.kind === 'libsql') return { DATA_DIR: database.dataDir, DATABASE_URL: '' };
  return { DATABASE_URL: `${database.serverUrl}/${database.prefix}_${instance.replace(/-/g, '_')}` };
}
