import { readFileSync } from 'node:fs';
import { GraphQLError } from 'graphql';
import { createLogger, GATEWAY_METRICS, registerMetrics, sendJson, startMetricsServer, type Logger } from '@orebro/http';
import { createTokenVerifier } from '@orebro/huvudman-auth';
import { SDL_SECRET_HEADER } from '@orebro/query-limits';
import { InstanceCircuits, ShardedDataSource, shardKeysOfField } from '@orebro/sharded-source';
import type { GatewayConfig } from './config';
import { appConfigRoute, appStaticRoute } from './app/app-routes';
import { subgraphSchemaFromSupergraph } from './expected-schema';
import { GRAPH_SCALARS } from './graph-scalars';
import { startFederationServer } from './federation-http-server';
import type { GatewayContext } from './gateway-context';
import { kommunMember, singleMembers } from './members';
import { instanceStatuses, openCircuits } from './readiness';
import { forwardedHeaders, RemoteSubgraphSource } from './remote-subgraph-source';
import { invalidWriteToOwners } from './refused-writes';
import { supergraphFile } from './subgraph-files';

export interface RunningGateway {
  url: string;
  port: number;
  /** Where Prometheus scrapes: the management port's `/metrics`, or the public port's without METRICS_PORT. */
  metricsUrl: string;
  kommun: ShardedDataSource<GatewayContext>;
  stop(): Promise<void>;
}

const SCHEMA_REFRESH_MS = 30_000;

/**
 * Our graph's gateway: the committed supergraph, the kommun subgraph sharded over its instances, /ready.
 * Every setting comes from `config` (configFromEnv at the entry point), none from the environment.
 */
export async function startGateway(config: GatewayConfig, logger: Logger = createLogger('gateway')): Promise<RunningGateway> {
  registerMetrics(GATEWAY_METRICS);
  const supergraphSdl = readFileSync(supergraphFile, 'utf8');
  const kommunCode = (url: string) => config.kommunShards.find((s) => s.url === url)?.key ?? url;
  const kommunCircuits = new InstanceCircuits(
    config.circuit,
    (url, state) => logger.warn({ subgraph: kommunMember.name, huvudman: kommunCode(url), circuit: state }, 'kommun instance circuit changed'),
    (url) => ({ subgraph: kommunMember.name, instance: kommunCode(url) }),
  ).watch(config.kommunShards.map((s) => s.url));
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
    circuits: kommunCircuits,
    onShardFailure: (shard, error) => logger.warn({ huvudman: shard.key, err: error }, 'kommun instance did not answer'),
  });
  const singles = singleMembers.map(({ name, unavailable }) => {
    const url = config.subgraphUrls[name];
    const circuits = new InstanceCircuits(
      config.circuit,
      (_url, state) => logger.warn({ subgraph: name, circuit: state }, 'subgraph circuit changed'),
      () => ({ subgraph: name, instance: name }),
    ).watch([url]);
    return { name, url, unavailable, circuits };
  });
  const server = await startFederationServer({
    supergraphSdl,
    buildService: (name) => {
      if (name === kommunMember.name) return kommun;
      const single = singles.find((s) => s.name === name);
      if (!single) throw new Error(`The supergraph names a subgraph "${name}" the gateway has no configuration for.`);
      return new RemoteSubgraphSource({ ...single, timeoutMs: config.subgraphTimeoutMs });
    },
    responseCache: {
      enabled: config.responseCache ?? false,
      redisUrl: config.limits.redisUrl,
      keyPrefix: config.limits.redisKeyPrefix,
      instances: {
        ...Object.fromEntries(singles.map((s) => [s.name, [s.url]])),
        [kommunMember.name]: config.kommunShards.map((s) => s.url),
      },
      sdlSecret: config.subgraphSdlSecret,
    },
    planExecution: config.planExecution,
    heapGrowingPercent: config.heapGrowingPercent,
    port: config.port,
    host: config.host,
    serveMetrics: config.metricsPort === undefined,
    bodyLimitBytes: config.bodyLimitBytes,
    limits: config.limits,
    verifyToken: createTokenVerifier(config.auth),
    logger,
    title: 'Örebro län: one graph over the huvudmän',
    scalars: GRAPH_SCALARS,
    passOnInvalidWrite: invalidWriteToOwners(supergraphSdl, config, logger),
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
          openCircuits: openCircuits(instances),
          instances,
        });
      },
      '/app-config.json': appConfigRoute(config.appOidc),
    },
    // Subscriptions by the sharding rules (rule 10): a kommun field naming kommuner is opened on their
    // instances, one naming none on every instance; a single subgraph's field on its one instance.
    subscriptionInstances: (subgraph, rootField, variables) => {
      if (subgraph === kommunMember.name) {
        const named = shardKeysOfField({ node: rootField }, kommunMember.shardKeyArguments, variables);
        const unavailable = (key: string) => ({ code: 'HUVUDMAN_UNAVAILABLE', [kommunMember.shardExtension]: key });
        // A kommun with no instance, named or (naming none) every expected one: signalled (NOT_CONFIGURED)
        // when it should have one, as a query's answer names it (rule 5); a named unknown one is refused.
        const unserved = named.size === 0 ? kommun.wiring.notConfigured() : [...named].filter((key) => !config.kommunShards.some((shard) => shard.key === key));
        const unknown = unserved.find((key) => !kommun.wiring.isExpected(key));
        if (unknown !== undefined)
          throw new GraphQLError(`No ${kommunMember.name} instance serves "${unknown}": name a kommun by its SCB code.`, {
            extensions: { code: 'BAD_USER_INPUT', [kommunMember.shardExtension]: unknown },
          });
        return [
          ...config.kommunShards
            .filter((shard) => named.size === 0 || named.has(shard.key))
            .map((shard) => ({ label: shard.key, url: shard.url, unavailable: unavailable(shard.key) })),
          ...unserved.map((key) => ({ label: key, unavailable: unavailable(key) })),
        ];
      }
      const single = singles.find((s) => s.name === subgraph);
      return single ? [{ label: single.name, url: single.url, unavailable: single.unavailable }] : [];
    },
    // The systemledning app (dashboard/) at `/`, same origin as /graphql.
    prefixRoutes: { '/': appStaticRoute(config.appDist, config.appOidc) },
  });

  // Learn each shard's schema (and which kommun it serves) now and again later: a shard upgraded or
  // started late is picked up. Wiring mistakes found at start are logged, each naming the kommun.
  void kommun.schemas.refresh().then(() => {
    for (const problem of kommun.wiring.problems()) logger.error({ huvudman: problem.key, problem: problem.kind }, problem.message);
  });
  const refresher = setInterval(() => void kommun.schemas.refresh(), SCHEMA_REFRESH_MS).unref();
  // Metrics on the management port when one is configured (README, "Metrics"); the public port then has none.
  const metricsServer = config.metricsPort === undefined ? undefined : await startMetricsServer({ port: config.metricsPort, host: config.host, logger });
  logger.info({ url: server.url, kommunInstances: config.kommunShards.length }, 'gateway ready');

  return {
    url: server.url,
    port: server.port,
    metricsUrl: metricsServer?.url ?? server.url.replace(/\/graphql$/, '/metrics'),
    kommun,
    async stop() {
      clearInterval(refresher);
      await server.stop();
      await metricsServer?.close();
    },
  };
}
