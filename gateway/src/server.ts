import { readFileSync } from 'node:fs';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { closeServer, createHttpServer, createLogger, graphqlHandler, listen, sendJson, type Logger } from '@orebro/http';
import { authConfigFromEnv, createTokenVerifier } from '@orebro/huvudman-auth';
import { REGION_ID } from '@orebro/reference-data';
import { ShardedDataSource } from '@orebro/sharded-source';
import type { GatewayConfig } from './config';
import { subgraphSchemaFromSupergraph } from './expected-schema';
import type { GatewayContext } from './gateway-context';
import { ideAssetsRoute, idePageRoute, wantsIdePage } from './ide/ide-routes';
import { armorFor } from './limits/armor';
import { applyCors } from './limits/cors';
import { limitsFromEnv, type LimitsConfig } from './limits/limits-config';
import { createRateLimit } from './limits/rate-limit';
import { trustedDocuments } from './limits/trusted-documents';
import { instanceStatuses } from './readiness';
import { forwardedHeaders, RemoteSubgraphSource } from './remote-subgraph-source';
import { supergraphFile } from './subgraph-files';

export interface RunningGateway {
  url: string;
  port: number;
  kommun: ShardedDataSource<GatewayContext>;
  stop(): Promise<void>;
}

const IDE_ASSETS = '/ide/';
const SCHEMA_REFRESH_MS = 30_000;

/** Starts the gateway: the committed supergraph, the sharded kommun subgraph, the IDE and health routes. */
export async function startGateway(
  config: GatewayConfig,
  logger: Logger = createLogger('gateway'),
  limits: LimitsConfig = limitsFromEnv(),
): Promise<RunningGateway> {
  const supergraphSdl = readFileSync(supergraphFile, 'utf8');
  const kommun = new ShardedDataSource<GatewayContext>({
    subgraphName: 'kommun',
    shardKeyNames: ['code', 'kommunCode'],
    shards: config.kommunShards,
    timeoutMs: config.shardTimeoutMs,
    expectedSchema: subgraphSchemaFromSupergraph(supergraphSdl, 'kommun'),
    unavailableCode: 'HUVUDMAN_UNAVAILABLE',
    shardExtension: 'huvudman',
    headers: forwardedHeaders,
    onShardFailure: (shard, error) => logger.warn({ huvudman: shard.key, err: error }, 'kommun instance did not answer'),
  });
  const singles: { name: string; url: string; unavailable: Record<string, string> }[] = [
    { name: 'samverkan', url: config.samverkanUrl, unavailable: { code: 'SUBGRAPH_UNAVAILABLE', subgraph: 'samverkan' } },
    { name: 'region', url: config.regionUrl, unavailable: { code: 'HUVUDMAN_UNAVAILABLE', huvudman: REGION_ID } },
  ];
  const gateway = new ApolloGateway({
    supergraphSdl,
    buildService: ({ name }) => {
      if (name === 'kommun') return kommun;
      const single = singles.find((s) => s.name === name);
      if (!single) throw new Error(`The supergraph names a subgraph "${name}" the gateway has no configuration for.`);
      return new RemoteSubgraphSource({ ...single, timeoutMs: config.subgraphTimeoutMs });
    },
  });
  const armor = armorFor(limits);
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    includeStacktraceInErrorResponses: false,
    introspection: limits.introspection,
    parseOptions: { maxTokens: limits.maxTokens },
    // CSRF prevention (Apollo's default) stays on: a simple cross-site GET or form POST is refused.
    csrfPrevention: true,
    validationRules: armor.validationRules,
    // The IDE is served by the gateway itself (self-hosted assets): Apollo's landing page would load a CDN.
    plugins: [ApolloServerPluginLandingPageDisabled(), ...armor.plugins],
  });
  await apollo.start();

  const verifyToken = createTokenVerifier(authConfigFromEnv());
  const rateLimit = createRateLimit(limits.ratePerMinute);
  const graphql = graphqlHandler<GatewayContext>({
    apollo,
    bodyLimitBytes: config.bodyLimitBytes,
    inspect: limits.trustedDocumentsFile ? trustedDocuments(limits.trustedDocumentsFile) : undefined,
    context: async (req) => {
      // Refused here first; each subgraph verifies the forwarded token again and decides access itself.
      await verifyToken(req.headers.authorization);
      return { authorization: req.headers.authorization, logger };
    },
  });
  const idePage = idePageRoute({ graphqlPath: '/graphql', assetPrefix: IDE_ASSETS, title: 'Örebro län: one graph over the huvudmän' });
  const server = createHttpServer({
    logger,
    routes: {
      '/graphql': async (req, res, search) => {
        if (applyCors(req, res, limits.corsOrigins)) return;
        if (limits.ide && wantsIdePage(req, search)) return idePage(req, res, search);
        await rateLimit(req);
        return graphql(req, res, search);
      },
      '/health': (_req, res) => sendJson(res, 200, { status: 'ok' }),
      '/ready': async (_req, res) => {
        const instances = await instanceStatuses(singles, kommun, 2_000);
        sendJson(res, 200, { status: 'ready', allAnswering: instances.every((i) => i.answers), instances });
      },
    },
    prefixRoutes: limits.ide ? { [IDE_ASSETS]: ideAssetsRoute(IDE_ASSETS) } : {},
  });
  const port = await listen(server, config.port, config.host);

  // Learn each shard's schema now and again later: a shard upgraded or started late is picked up.
  void kommun.schemas.refresh();
  const refresher = setInterval(() => void kommun.schemas.refresh(), SCHEMA_REFRESH_MS).unref();
  const url = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${port}/graphql`;
  logger.info({ url, kommunInstances: config.kommunShards.length }, 'gateway ready');

  return {
    url,
    port,
    kommun,
    async stop() {
      clearInterval(refresher);
      await closeServer(server);
      await apollo.stop();
    },
  };
}
