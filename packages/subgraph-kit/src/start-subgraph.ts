import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { MikroORM } from '@mikro-orm/core';
import {
  accessLogPlugin,
  clientErrorsPlugin,
  closeServer,
  createHttpServer,
  createLogger,
  graphqlHandler,
  listen,
  operationMetricsPlugin,
  registerMetrics,
  sendJson,
  serveSubscriptions,
  SHARD_KEY_HEADER,
  APOLLO_SHUTDOWN_BY_STOP_ON_SIGNALS,
  startMetricsServer,
  type Logger,
  type Route,
} from '@orebro/http';
import { describeCaller, type Caller, type TokenVerifier } from '@orebro/huvudman-auth';
import { GraphQLError } from 'graphql';
import {
  costAnnotationsOf,
  limitedServerOptions,
  operationCost,
  releaseSignalPlugin,
  requestSignal,
  sdlAccessPlugin,
  stopFieldsWhenAborted,
} from '@orebro/query-limits';
import { describeDatabase, type DatabaseConfig } from './database-config';
import { auditPlugin } from './audit-plugin';
import { auditRefusedWrite } from './denied-attempts';
import { AuditTrail } from './audit-trail';
import { formatError } from './errors';
import { guardTextInputs } from './text-inputs';
import { guardEntityRepresentations } from './entity-representations';
import { guardRequiredFields } from './required-fields';
import { initORM } from './orm';
import { SUBGRAPH_METRICS, watchDatabase } from './metrics';
import { seedEmptyAreas } from './seed';
import { staticCachePolicyPlugin } from './static-cache-policy';
import type { SubgraphLimits } from './subgraph-limits';
import { ChangeBroadcaster, CHANGES_PATH } from './change-signal';
import type { SubgraphContext, SubgraphDefinition } from './subgraph-definition';

export interface StartSubgraphOptions {
  port?: number;
  host?: string;
  /** The management port serving /metrics (metricsPortFromEnv at the entry point); none: the public port serves it. */
  metricsPort?: number;
  /** Where the subgraph stores its data (databaseFromEnv at the entry point). */
  database: DatabaseConfig;
  logger?: Logger;
  /** Called with each SQL statement the instance runs (query counting in tests). */
  onQuery?: (sql: string) => void;
  bodyLimitBytes?: number;
  /** Verifies the caller's token (createTokenVerifier(authConfigFromEnv(env)) at the entry point). */
  verifyToken: TokenVerifier;
  /** Query limits, execution time limit and who gets the SDL (subgraphLimitsFromEnv at the entry point). */
  limits: SubgraphLimits;
  /**
   * Where committed writes are announced to the gateways' response cache (change-signal.ts): Redis
   * (REDIS_URL, REDIS_KEY_PREFIX as the gateway's) besides the always served `/_changes` stream.
   */
  changes?: { redisUrl?: string; keyPrefix?: string };
}

export interface RunningSubgraph {
  url: string;
  port: number;
  /** Where Prometheus scrapes: the management port's `/metrics`, or the public port's without one. */
  metricsUrl: string;
  orm: MikroORM;
  logger: Logger;
  stop(): Promise<void>;
}

/**
 * Starts a subgraph the one way every subgraph is started: database, seed, schema, HTTP. Every setting
 * comes from `options` (runSubgraphProcess reads them from the environment), none from process.env.
 */
export async function startSubgraph<L>(definition: SubgraphDefinition<L>, options: StartSubgraphOptions): Promise<RunningSubgraph> {
  const logger = options.logger ?? createLogger(definition.name, { instance: definition.instance });
  const { database, verifyToken, limits } = options;
  const orm = await initORM(definition, database, { onQuery: options.onQuery, logger });
  registerMetrics(SUBGRAPH_METRICS);
  const unwatchDatabase = watchDatabase(orm, database.kind);
  await seedEmptyAreas(orm, definition.seeds ?? [], logger);

  // Every text argument is normalised, bounded and checked for personal identity numbers (text-inputs.ts);
  // representations are checked (entity-representations.ts, required-fields.ts); no field starts once the
  // request's signal has aborted (client gone, execution time limit).
  const schema = stopFieldsWhenAborted(
    guardRequiredFields(
      guardEntityRepresentations(guardTextInputs(buildSubgraphSchema({ typeDefs: definition.typeDefs, resolvers: definition.resolvers as never }))),
    ),
  );
  // The same limits as the gateway's, applied here again: a subgraph trusts the gateway with nothing.
  const annotations = costAnnotationsOf(definition.typeDefs);
  const limited = limitedServerOptions<SubgraphContext<L>>(limits.query, annotations, formatError);
  const apollo = new ApolloServer<SubgraphContext<L>>({
    schema,
    formatError: limited.formatError,
    includeStacktraceInErrorResponses: false,
    ...APOLLO_SHUTDOWN_BY_STOP_ON_SIGNALS,
    introspection: limited.introspection,
    parseOptions: limited.parseOptions,
    validationRules: limited.validationRules,
    // No landing page (it would load a CDN) and no inline traces (no Apollo usage reporting here).
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginInlineTraceDisabled(),
      // Cache-Control from the operation and the schema's hints, without a hook on every field (static-cache-policy.ts).
      ApolloServerPluginCacheControlDisabled(),
      staticCachePolicyPlugin<SubgraphContext<L>>(schema),
      operationMetricsPlugin<SubgraphContext<L>>(),
      clientErrorsPlugin<SubgraphContext<L>>(),
      // One access line per request: the caller's huvudman from the token this subgraph verified.
      accessLogPlugin<SubgraphContext<L>>({ caller: (context) => describeCaller(context.caller).huvudman }),
      ...limited.plugins,
      sdlAccessPlugin(limits.sdlAccess),
      releaseSignalPlugin(),
      auditPlugin(orm, schema),
    ],
  });
  await apollo.start();

  const changes = new ChangeBroadcaster({
    subgraph: definition.name,
    shardKey: definition.shardKey,
    redisUrl: options.changes?.redisUrl,
    keyPrefix: options.changes?.keyPrefix ?? 'orebro-gateway',
    access: limits.sdlAccess,
    logger,
  });
  const identity = definition.shardKey === undefined ? {} : { shardKey: definition.shardKey };
  const server = createHttpServer({
    logger,
    serveMetrics: options.metricsPort === undefined,
    routes: sayWhichShard(definition.shardKey, {
      '/graphql': graphqlHandler({
        apollo,
        bodyLimitBytes: options.bodyLimitBytes ?? 1_000_000,
        context: async (req, params, clientGone) => {
          // A bad token is refused here, before any resolver runs, never downgraded to anonymous; a write
          // refused so is still audited (denied-attempts.ts).
          const caller = await verifyToken(req.headers.authorization).catch(async (error: unknown) => {
            await auditRefusedWrite(orm, schema, params, error).catch((auditError: unknown) =>
              logger.error({ err: auditError }, 'could not audit a refused write'),
            );
            throw error;
          });
          const em = orm.em.fork();
          const signal = requestSignal(clientGone, limits.executionTimeoutMs);
          return { em, loaders: definition.loaders(em), logger, caller, audit: new AuditTrail(caller), signal };
        },
      }),
      [CHANGES_PATH]: changes.route,
      '/health': (_req, res) => sendJson(res, 200, { status: 'ok', instance: definition.instance, ...identity }),
      '/ready': async (_req, res) => {
        const ready = await orm.isConnected();
        sendJson(res, ready ? 200 : 503, { status: ready ? 'ready' : 'database unreachable', instance: definition.instance, ...identity });
      },
    }),
  });
  // Subscriptions at the same path over WebSocket, the one way every subgraph serves them (README,
  // "Subscriptions"): the token verified at connect, the same limits, access checked again per event.
  const subscriptions = serveSubscriptions<Caller>({
    server,
    path: '/graphql',
    schema,
    logger,
    verifyToken,
    validationRules: limited.validationRules,
    maxTokens: limits.query.maxTokens,
    maxPerConnection: limits.maxSubscriptionsPerConnection,
    checkCost: ({ schema: s, document, variables, operationName }) => {
      const cost = operationCost({ schema: s, document, variables, operationName, annotations, defaultListSize: limits.query.defaultListSize });
      if (cost > limits.query.maxCost)
        throw new GraphQLError(`The subscription's estimated cost ${cost} is over the limit of ${limits.query.maxCost}.`, {
          extensions: { code: 'COST_LIMIT_EXCEEDED', cost, maxCost: limits.query.maxCost },
        });
    },
    context: (caller, authorization): SubgraphContext<L> => {
      const em = orm.em.fork();
      const context: SubgraphContext<L> = {
        em,
        loaders: definition.loaders(em),
        logger,
        caller,
        audit: new AuditTrail(caller),
        signal: new AbortController().signal,
        nextEvent: async () => {
          await context.audit.flush(orm);
          const fresh = await verifyToken(authorization);
          context.caller = fresh;
          context.em = orm.em.fork();
          context.loaders = definition.loaders(context.em);
          context.audit = new AuditTrail(fresh);
          return fresh;
        },
      };
      return context;
    },
  });
  const port = await listen(server, options.port ?? 0, options.host ?? '127.0.0.1');
  const url = `http://${options.host ?? '127.0.0.1'}:${port}/graphql`;
  const metricsServer =
    options.metricsPort === undefined ? undefined : await startMetricsServer({ port: options.metricsPort, host: options.host ?? '127.0.0.1', logger });
  logger.info({ url, database: describeDatabase(database) }, 'subgraph ready');

  return {
    url,
    port,
    metricsUrl: metricsServer?.url ?? url.replace(/\/graphql$/, '/metrics'),
    orm,
    logger,
    async stop() {
      // The change streams stay open until ended: the server's close waits for open responses.
      await changes.close();
      await subscriptions.close();
      await closeServer(server);
      await metricsServer?.close();
      await apollo.stop();
      unwatchDatabase();
      await orm.close();
    },
  };
}

/** Every route of a sharded subgraph's instance names the shard it serves in a header (rule 9, wiring). */
function sayWhichShard(shardKey: string | undefined, routes: Record<string, Route>): Record<string, Route> {
  if (shardKey === undefined) return routes;
  return Object.fromEntries(
    Object.entries(routes).map(([path, route]) => [
      path,
      (req, res, search) => {
        res.setHeader(SHARD_KEY_HEADER, shardKey);
        return route(req, res, search);
      },
    ]),
  );
}
