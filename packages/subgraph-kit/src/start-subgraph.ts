import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { MikroORM } from '@mikro-orm/core';
import {
  closeServer,
  createHttpServer,
  createLogger,
  graphqlHandler,
  listen,
  sendJson,
  type Logger,
} from '@orebro/http';
import { authConfigFromEnv, createTokenVerifier, type TokenVerifier } from '@orebro/huvudman-auth';
import { costAnnotationsOf, executionDeadlinePlugin, limitedServerOptions, requestSignal, sdlAccessPlugin } from '@orebro/query-limits';
import { databaseFromEnv, describeDatabase, type DatabaseConfig } from './database-config';
import { auditPlugin } from './audit-plugin';
import { AuditTrail } from './audit-trail';
import { formatError } from './errors';
import { initORM } from './orm';
import { seedEmptyAreas } from './seed';
import { subgraphLimitsFromEnv, type SubgraphLimits } from './subgraph-limits';
import type { SubgraphContext, SubgraphDefinition } from './subgraph-definition';

export interface StartSubgraphOptions {
  port?: number;
  host?: string;
  database?: DatabaseConfig;
  logger?: Logger;
  /** Called with each SQL statement the instance runs (query counting in tests). */
  onQuery?: (sql: string) => void;
  bodyLimitBytes?: number;
  /** Verifies the caller's token; by default against AUTH_* configuration (see @orebro/huvudman-auth). */
  verifyToken?: TokenVerifier;
  /** Query limits, execution time limit and who gets the SDL; by default from the environment. */
  limits?: SubgraphLimits;
}

export interface RunningSubgraph {
  url: string;
  port: number;
  orm: MikroORM;
  logger: Logger;
  stop(): Promise<void>;
}

/** Starts a subgraph the one way every subgraph is started: database, seed, schema, HTTP. */
export async function startSubgraph<L>(definition: SubgraphDefinition<L>, options: StartSubgraphOptions = {}): Promise<RunningSubgraph> {
  const logger = options.logger ?? createLogger(definition.name, { instance: definition.instance });
  const database = options.database ?? databaseFromEnv(definition.instance);
  const verifyToken = options.verifyToken ?? createTokenVerifier(authConfigFromEnv());
  const limits = options.limits ?? subgraphLimitsFromEnv();
  const orm = await initORM(definition, database, { onQuery: options.onQuery });
  await seedEmptyAreas(orm, definition.seeds ?? [], logger);

  // The same limits as the gateway's, applied here again: a subgraph trusts the gateway with nothing.
  const limited = limitedServerOptions<SubgraphContext<L>>(limits.query, costAnnotationsOf(definition.typeDefs), formatError);
  const apollo = new ApolloServer<SubgraphContext<L>>({
    schema: buildSubgraphSchema({ typeDefs: definition.typeDefs, resolvers: definition.resolvers as never }),
    formatError: limited.formatError,
    includeStacktraceInErrorResponses: false,
    introspection: limited.introspection,
    parseOptions: limited.parseOptions,
    validationRules: limited.validationRules,
    // No landing page (it would load a CDN) and no inline traces (no Apollo usage reporting here).
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginInlineTraceDisabled(),
      ...limited.plugins,
      sdlAccessPlugin(limits.sdlAccess),
      executionDeadlinePlugin(),
      auditPlugin(orm),
    ],
  });
  await apollo.start();

  const server = createHttpServer({
    logger,
    routes: {
      '/graphql': graphqlHandler({
        apollo,
        bodyLimitBytes: options.bodyLimitBytes ?? 1_000_000,
        context: async (req, clientGone) => {
          // A bad token is refused here, before any resolver runs, never downgraded to anonymous.
          const caller = await verifyToken(req.headers.authorization);
          const em = orm.em.fork();
          const signal = requestSignal(clientGone, limits.executionTimeoutMs);
          return { em, loaders: definition.loaders(em), logger, caller, audit: new AuditTrail(caller), signal };
        },
      }),
      '/health': (_req, res) => sendJson(res, 200, { status: 'ok', instance: definition.instance }),
      '/ready': async (_req, res) => {
        const ready = await orm.isConnected();
        sendJson(res, ready ? 200 : 503, { status: ready ? 'ready' : 'database unreachable', instance: definition.instance });
      },
    },
  });
  const port = await listen(server, options.port ?? 0, options.host ?? '127.0.0.1');
  const url = `http://${options.host ?? '127.0.0.1'}:${port}/graphql`;
  logger.info({ url, database: describeDatabase(database) }, 'subgraph ready');

  return {
    url,
    port,
    orm,
    logger,
    async stop() {
      await closeServer(server);
      await apollo.stop();
      await orm.close();
    },
  };
}
