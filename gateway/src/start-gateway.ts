import { readFileSync } from 'node:fs';
import { circuitTransitions, createLogger, sendJson, type Logger } from '@orebro/http';
import { authConfigFromEnv, createTokenVerifier } from '@orebro/huvudman-auth';
import { SDL_SECRET_HEADER } from '@orebro/query-limits';
import { InstanceCircuits, ShardedDataSource, shardKeysOfField } from '@orebro/sharded-source';
import type { GatewayConfig } from './config';
import { appConfigRoute, appOidcFromEnv, appStaticRoute, DEFAULT_APP_DIST } from './app/app-routes';
import { subgraphSchemaFromSupergraph } from './expected-schema';
import { startFederationServer } from './federation-http-server';
import type { GatewayContext } from './gateway-context';
import { limitsFromEnv, type LimitsConfig } from './request-policies/limits-config';
import { kommunMember, singleMembers } from './members';
import { instanceStatuses } from './readiness';
import { forwardedHeaders, RemoteSubgraphSource } from './remote-subgraph-source';
import { supergraphFile } from './subgraph-files';

export interface RunningGateway {
  url: string;
  port: number;
  kommun: ShardedDataSource<GatewayContext>;
  stop(): Promise<void>;
}

const SCHEMA_REFRESH_MS = 30_000;

/** Our graph's gateway: the committed supergraph, the kommun subgraph sharded over its instances, /ready. */
export async function startGateway(
  config: GatewayConfig,
  logger: Logger = createLogger('gateway'),
  limits: LimitsConfig = limitsFromEnv(),
): Promise<RunningGateway> {
  const supergraphSdl = readFileSync(supergraphFile, 'utf8');
  const kommun = new ShardedDataSource<GatewayContext>({
    subgraphName: kommunMember.name,
    shardKeyNames: kommunMember.shardKeyArguments,
    shards: config.kommunShards,
    // A kommun with no instance in KOMMUN_URLS is answered as unavailable (NOT_CONFIGURED), never as null.
    expectedShardKeys: config.expectedKommuner ?? kommunMember.shardKeys,
    timeoutMs: config.shardTimeoutMs,
    expectedSchema: subgraphSchemaFromSupergraph(supergraphSdl, kommunMember.name),
    unavailableCode: 'HUVUDMAN_UNAVAILABLE',
    shardExtension: kommunMember.shardExtension,
    headers: forwardedHeaders,
    schemaRequestHeaders: config.subgraphSdlSecret ? { [SDL_SECRET_HEADER]: config.subgraphSdlSecret } : {},
    circuits: new InstanceCircuits(config.circuit, (url, state) => {
      const instance = config.kommunShards.find((s) => s.url === url)?.key ?? url;
      circuitTransitions.inc({ subgraph: kommunMember.name, instance, state });
      logger.warn({ subgraph: kommunMember.name, huvudman: instance, circuit: state }, 'kommun instance circuit changed');
    }),
    onShardFailure: (shard, error) => logger.warn({ huvudman: shard.key, err: error }, 'kommun instance did not answer'),
  });
  const singles = singleMembers.map(({ name, unavailable }) => ({ name, url: config.subgraphUrls[name], unavailable }));
  const server = await startFederationServer({
    supergraphSdl,
    buildService: (name) => {
      if (name === kommunMember.name) return kommun;
      const single = singles.find((s) => s.name === name);
      if (!single) throw new Error(`The supergraph names a subgraph "${name}" the gateway has no configuration for.`);
      const circuits = new InstanceCircuits(config.circuit, (_url, state) => {
        circuitTransitions.inc({ subgraph: name, instance: name, state });
        logger.warn({ subgraph: name, circuit: state }, 'subgraph circuit changed');
      });
      return new RemoteSubgraphSource({ ...single, timeoutMs: config.subgraphTimeoutMs, circuits });
    },
    port: config.port,
    host: config.host,
    bodyLimitBytes: config.bodyLimitBytes,
    limits,
    verifyToken: createTokenVerifier(authConfigFromEnv()),
    logger,
    title: 'Örebro län: one graph over the huvudmän',
    routes: {
      '/ready': async (_req, res) => {
        // Each instance gets the time a query would give it: "answers" means it answers queries.
        const instances = await instanceStatuses(singles, kommun, { single: config.subgraphTimeoutMs, shard: config.shardTimeoutMs });
        const problems = kommun.wiring.problems().map((p) => p.message);
        sendJson(res, 200, {
          status: 'ready',
          allAnswering: instances.every((i) => i.answers),
          wiring: problems.length === 0 ? 'ok' : 'misconfigured',
          problems,
          instances,
        });
      },
      '/app-config.json': appConfigRoute(appOidcFromEnv()),
    },
    // Subscriptions by the sharding rules (rule 10): a kommun field naming kommuner is opened on their
    // instances, one naming none on every instance; a single subgraph's field on its one instance.
    subscriptionInstances: (subgraph, rootField, variables) => {
      if (subgraph === kommunMember.name) {
        const named = shardKeysOfField({ node: rootField }, kommunMember.shardKeyArguments, variables);
        return config.kommunShards
          .filter((shard) => named.size === 0 || named.has(shard.key))
          .map((shard) => ({ label: shard.key, url: shard.url, unavailable: { code: 'HUVUDMAN_UNAVAILABLE', [kommunMember.shardExtension]: shard.key } }));
      }
      const single = singles.find((s) => s.name === subgraph);
      return single ? [{ label: single.name, url: single.url, unavailable: single.unavailable }] : [];
    },
    // The systemledning app (dashboard/) at `/`, same origin as /graphql.
    prefixRoutes: { '/': appStaticRoute(process.env.APP_DIST || DEFAULT_APP_DIST, appOidcFromEnv()) },
  });

  // Learn each shard's schema (and which kommun it serves) now and again later: a shard upgraded or
  // started late is picked up. Wiring mistakes found at start are logged, each naming the kommun.
  void kommun.schemas.refresh().then(() => {
    for (const problem of kommun.wiring.problems()) logger.error({ huvudman: problem.key, problem: problem.kind }, problem.message);
  });
  const refresher = setInterval(() => void kommun.schemas.refresh(), SCHEMA_REFRESH_MS).unref();
  logger.info({ url: server.url, kommunInstances: config.kommunShards.length }, 'gateway ready');

  return {
    url: server.url,
    port: server.port,
    kommun,
    async stop() {
      clearInterval(refresher);
      await server.stop();
    },
  };
}
