import type { IncomingMessage } from 'node:http';
import { ApolloGateway, type GraphQLDataSource } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControl } from '@apollo/server/plugin/cacheControl';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { GraphQLError, Kind, parse, type FieldNode, type GraphQLScalarType, type OperationDefinitionNode } from 'graphql';
import {
  clientErrorsPlugin,
  APOLLO_SHUTDOWN_BY_STOP_ON_SIGNALS,
  closeServer,
  createHttpServer,
  graphqlHandler,
  listen,
  operationMetricsPlugin,
  accessLogPlugin,
  sendJson,
  serveSubscriptions,
  subscriptionConnectionRefusals,
  type Logger,
  type Route,
} from '@orebro/http';
import type { Caller, TokenVerifier } from '@orebro/huvudman-auth';
import { costAnnotationsOf, limitedServerOptions, operationCost } from '@orebro/query-limits';
import type { GatewayContext } from './gateway-context';
import { ideAssetsRoute, idePageRoute, wantsIdePage } from './ide/ide-routes';
import { applyCors } from './request-policies/cors';
import type { LimitsConfig } from './request-policies/limits-config';
import { callerKey, createRateLimit } from './request-policies/rate-limit';
import { trustedDocuments } from './request-policies/trusted-documents';
import { invalidWritePlugin, refusedWritePlugin, type ReceivedRequest } from './refused-writes';
import { createResponseCache, type ResponseCacheOptions } from './response-cache/response-cache';
import { usePlanExecution, type PlanExecution } from './plan-execution/plan-execution';
import { DEFAULT_HEAP_GROWING_PERCENT, limitHeapGrowth } from './heap-growth';
import { createGatewaySubscriptions, type SubscriptionInstance } from './subscriptions/gateway-subscriptions';

export interface FederationServerOptions {
  supergraphSdl: string;
  /** The data source for each subgraph named in the supergraph. */
  buildService: (name: string) => GraphQLDataSource<GatewayContext>;
  port: number;
  host: string;
  /** Whether the public port answers /metrics (default true); false when a management port serves them. */
  serveMetrics?: boolean;
  bodyLimitBytes: number;
  limits: LimitsConfig;
  verifyToken: TokenVerifier;
  logger: Logger;
  title: string;
  /** The graph's custom scalars with their subgraphs' parsers: checked before planning (custom-scalars.ts in @orebro/query-limits). */
  scalars?: readonly GraphQLScalarType[];
  /** Identical anonymous queries in flight together share one execution (default true; see anonymousQueryKey). */
  shareInFlight?: boolean;
  /** How a cached query plan is executed (default `fast`; plan-execution/plan-execution.ts). Process-wide. */
  planExecution?: PlanExecution;
  /** How far the heap grows between full collections (default 0, V8's own factor; heap-growth.ts). Process-wide. */
  heapGrowingPercent?: number;
  /** Passes a write refused as invalid on to its owners, which audit it (refused-writes.ts); none: not passed on. */
  passOnInvalidWrite?: (request: ReceivedRequest, authorization: string | undefined) => Promise<void>;
  /** The cache of anonymous public answers (response-cache/); off when absent (the benchmark's peers). */
  responseCache?: ResponseCacheOptions;
  /** Extra routes, e.g. `/ready`. */
  routes?: Record<string, Route>;
  /** Extra routes by path prefix, tried after the exact routes and the IDE's assets (e.g. the app at `/`). */
  prefixRoutes?: Record<string, Route>;
  /**
   * The instances a subscription's root field of a subgraph is opened on (the sharding rules); without
   * it, every subgraph's single URL is unknown and subscriptions are not served.
   */
  subscriptionInstances?: (subgraph: string, rootField: FieldNode, variables: Record<string, unknown>) => SubscriptionInstance[];
}

export interface RunningFederationServer {
  url: string;
  port: number;
  stop(): Promise<void>;
}

const IDE_ASSETS = '/ide/';

/**
 * In-flight de-duplication of anonymous queries: identical anonymous POSTed queries arriving while
 * one is being answered share its answer (dashboards polling the same public overview). Anything
 * with a token is executed per request, so each subgraph still verifies and audits every caller; a
 * mutation is never shared. The key holds all the answer depends on: body, query string, accept.
 */
function anonymousQueryKey(maxTokens: number) {
  return (req: IncomingMessage, params: unknown, text: string, search: string): string | undefined => {
    if (req.method !== 'POST' || req.headers.authorization !== undefined || !(req.headers['content-type'] ?? '').includes('json')) return undefined;
    const { query, operationName } = (params ?? {}) as { query?: unknown; operationName?: unknown };
    if (typeof query !== 'string' || operationKind(query, typeof operationName === 'string' ? operationName : undefined, maxTokens) !== 'query')
      return undefined;
    return `${req.headers.accept ?? ''}\u0000${search}\u0000${text}`;
  };
}

function isWrite(params: unknown, maxTokens: number): boolean {
  const { query, operationName } = (params ?? {}) as { query?: unknown; operationName?: unknown };
  return typeof query === 'string' && operationKind(query, typeof operationName === 'string' ? operationName : undefined, maxTokens) === 'mutation';
}

const kinds = new Map<string, string | undefined>();

/** The kind of the operation a request selects, parsed once per document text; undefined if unclear. */
function operationKind(query: string, operationName: string | undefined, maxTokens: number): string | undefined {
  const cacheKey = `${operationName ?? ''}\u0000${query}`;
  if (kinds.has(cacheKey)) return kinds.get(cacheKey);
  let kind: string | undefined;
  try {
    const operations = parse(query, { maxTokens }).definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
    const selected =
      operationName === undefined ? (operations.length === 1 ? operations[0] : undefined) : operations.find((o) => o.name?.value === operationName);
    kind = selected?.operation;
  } catch {
    kind = undefined; // Apollo reports the syntax error itself
  }
  if (kinds.size >= 1000) kinds.delete(kinds.keys().next().value!);
  kinds.set(cacheKey, kind);
  return kind;
}

/**
 * The gateway's HTTP front, with no knowledge of this graph: Apollo Gateway over a supergraph, the
 * limits, token verification, CORS, the self-hosted IDE and /health. Our graph's gateway and the
 * benchmark both run through here, so what is measured is what is deployed.
 */
export async function startFederationServer(options: FederationServerOptions): Promise<RunningFederationServer> {
  const { limits, logger } = options;
  // Apollo Gateway sends usage metrics to Apollo (usage-reporting.api.apollographql.com) hourly unless
  // this is set: a public-sector graph reports to no third party. APOLLO_TELEMETRY_DISABLED=false opts in.
  // Apollo Gateway reads this variable itself; we only give it a default, we read no setting here.
  // eslint-disable-next-line no-restricted-properties
  process.env.APOLLO_TELEMETRY_DISABLED ??= 'true';
  // One data source per subgraph, shared by the gateway's queries and the subscriptions' event plans.
  const services = new Map<string, GraphQLDataSource<GatewayContext>>();
  const service = (name: string) => {
    let built = services.get(name);
    if (!built) {
      built = options.buildService(name);
      services.set(name, built);
    }
    return built;
  };
  usePlanExecution(options.planExecution ?? 'fast');
  limitHeapGrowth(options.heapGrowingPercent ?? DEFAULT_HEAP_GROWING_PERCENT);
  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraphSdl,
    buildService: ({ name }) => service(name),
    // Each fetch of a cached plan carries its parsed subgraph operation (passed to the data source as
    // `document`), so a data source that needs its kind or fields reads them instead of parsing the
    // fetch's query text again on every request (it was ~2 % of the gateway's CPU under load).
    queryPlannerConfig: { exposeDocumentNodeInFetchNode: true },
  });
  // List sizes and weights the subgraphs declare (@listSize, @cost) are kept in the supergraph.
  const annotations = costAnnotationsOf(parse(options.supergraphSdl));
  const limited = limitedServerOptions<GatewayContext>(limits, annotations, undefined, options.scalars);
  const responseCache = await createResponseCache(options.responseCache ?? { enabled: false, keyPrefix: '', instances: {} }, options.supergraphSdl, logger);
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    includeStacktraceInErrorResponses: false,
    ...APOLLO_SHUTDOWN_BY_STOP_ON_SIGNALS,
    introspection: limited.introspection,
    parseOptions: limited.parseOptions,
    // CSRF prevention (Apollo's default) stays on: a simple cross-site GET or form POST is refused.
    csrfPrevention: true,
    validationRules: limited.validationRules,
    formatError: limited.formatError,
    // The IDE is served by the gateway itself (self-hosted assets): Apollo's landing page would load a CDN.
    // The subgraphs' cache hints make the overall policy (our data sources narrow it per fetch); it is
    // used by the response cache only, never sent to clients as Cache-Control (they would keep answers
    // past a write; response-cache.ts sends `no-store`).
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginCacheControl({ calculateHttpHeaders: false }),
      operationMetricsPlugin<GatewayContext>(),
      clientErrorsPlugin<GatewayContext>(),
      accessLogPlugin<GatewayContext>({ caller: (context) => context.huvudman }),
      ...limited.plugins,
      refusedWritePlugin(),
      ...(options.passOnInvalidWrite ? [invalidWritePlugin(options.passOnInvalidWrite)] : []),
      ...responseCache.plugins,
    ],
  });
  await apollo.start();

  const rateLimit = await createRateLimit({ perMinute: limits.ratePerMinute, redisUrl: limits.redisUrl, keyPrefix: limits.redisKeyPrefix, logger });
  // The token is verified once per request, before the rate limit: the budget a request spends
  // depends on whether its subject is verified (see rate-limit.ts). The context reuses the verdict.
  const verdicts = new WeakMap<IncomingMessage, Promise<Caller>>();
  const verify = (req: IncomingMessage): Promise<Caller> => {
    let verdict = verdicts.get(req);
    if (!verdict) {
      verdict = options.verifyToken(req.headers.authorization);
      verdicts.set(req, verdict);
    }
    return verdict;
  };
  const graphql = graphqlHandler<GatewayContext>({
    apollo,
    bodyLimitBytes: options.bodyLimitBytes,
    inspect: limits.trustedDocumentsFile ? trustedDocuments(limits.trustedDocumentsFile) : undefined,
    share: options.shareInFlight === false ? undefined : anonymousQueryKey(limits.maxTokens),
    context: async (req, params) => {
      // Refused here first; each subgraph verifies the forwarded token again and decides access itself.
      let caller: Caller;
      try {
        caller = await verify(req);
      } catch (error) {
        // A write is passed on so its owner audits the denied attempt, then refused all the same.
        if (!isWrite(params, limits.maxTokens)) throw error;
        return { authorization: req.headers.authorization, logger, refusedToken: error };
      }
      return { authorization: req.headers.authorization, logger, huvudman: caller.kind === 'authenticated' ? caller.huvudman : undefined };
    },
  });
  const idePage = idePageRoute({ graphqlPath: '/graphql', assetPrefix: IDE_ASSETS, title: options.title });
  const server = createHttpServer({
    logger,
    serveMetrics: options.serveMetrics,
    routes: {
      '/graphql': async (req, res, search) => {
        if (applyCors(req, res, limits.corsOrigins)) return;
        if (limits.ide && wantsIdePage(req, search)) return idePage(req, res, search);
        await rateLimit.consume(req, await verify(req).catch(() => undefined));
        return graphql(req, res, search);
      },
      '/health': (_req, res) => sendJson(res, 200, { status: 'ok' }),
      ...options.routes,
    },
    prefixRoutes: { ...(limits.ide ? { [IDE_ASSETS]: ideAssetsRoute(IDE_ASSETS) } : {}), ...options.prefixRoutes },
  });
  const subscriptions = options.subscriptionInstances
    ? serveGatewaySubscriptions(server, options, service as (name: string) => GraphQLDataSource<Record<string, unknown>>, annotations, limited.validationRules)
    : undefined;
  const port = await listen(server, options.port, options.host);
  return {
    url: `http://${options.host === '0.0.0.0' ? 'localhost' : options.host}:${port}/graphql`,
    port,
    async stop() {
      await subscriptions?.close();
      await closeServer(server);
      await apollo.stop();
      await rateLimit.close();
      await responseCache.close();
    },
  };
}

/**
 * Subscriptions at the same /graphql path (a WebSocket upgrade, protocol `graphql-transport-ws`): the
 * token verified at connect, the same depth, alias, directive and cost limits as for queries, a cap per
 * connection; planned and fanned out by gateway-subscriptions.ts. Each subgraph verifies the token again
 * and checks access at subscribe and for every event.
 */
function serveGatewaySubscriptions(
  server: Parameters<typeof serveSubscriptions>[0]['server'],
  options: FederationServerOptions,
  service: (name: string) => GraphQLDataSource<Record<string, unknown>>,
  annotations: ReturnType<typeof costAnnotationsOf>,
  validationRules: Parameters<typeof serveSubscriptions>[0]['validationRules'],
) {
  const { limits, logger } = options;
  const subscriptions = createGatewaySubscriptions({ supergraphSdl: options.supergraphSdl, service, instances: options.subscriptionInstances!, logger });
  return serveSubscriptions<{ authorization?: string; caller: Caller }>({
    server,
    path: '/graphql',
    schema: subscriptions.schema,
    logger,
    verifyToken: async (authorization) => ({ authorization, caller: await options.verifyToken(authorization) }),
    validationRules,
    maxTokens: limits.maxTokens,
    maxPerConnection: limits.maxSubscriptionsPerConnection,
    // Counted under the rate limit's key: a caller's sockets each hold one upstream per instance.
    maxConnectionsPerCaller: {
      max: limits.maxSubscriptionConnectionsPerCaller,
      connectionKey: (request, { caller }) => callerKey(request, caller),
      onRefused: ({ caller }) => subscriptionConnectionRefusals.inc({ caller: caller.kind === 'authenticated' ? 'verified' : 'anonymous' }),
    },
    checkCost: ({ schema, document, variables, operationName }) => {
      const cost = operationCost({ schema, document, variables, operationName, annotations, defaultListSize: limits.defaultListSize });
      if (cost > limits.maxCost)
        throw new GraphQLError(`The subscription's estimated cost ${cost} is over the limit of ${limits.maxCost}: select fewer nested lists.`, {
          extensions: { code: 'COST_LIMIT_EXCEEDED', cost, maxCost: limits.maxCost },
        });
    },
    context: (caller) => ({ authorization: caller.authorization }),
    subscribe: (args, caller, connection) => subscriptions.subscribe(args, caller.authorization, connection),
  });
}
