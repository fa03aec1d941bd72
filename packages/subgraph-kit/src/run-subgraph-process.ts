import { createLogger, intFromEnv, stopOnSignals, type Env } from '@orebro/http';
import { authConfigFromEnv, createTokenVerifier } from '@orebro/huvudman-auth';
import { databaseFromEnv } from './database-config';
import type { SubgraphDefinition } from './subgraph-definition';
import { startSubgraph } from './start-subgraph';
import { subgraphLimitsFromEnv } from './subgraph-limits';

/**
 * The body of every subgraph's `index.ts`: listen on PORT, stop cleanly on SIGTERM, fail loudly. The
 * subgraphs' one read of the environment: every setting (the definition's own, e.g. KOMMUN_CODE, the
 * database, AUTH_*, limits, LOG_LEVEL) is read here from `process.env` and passed on as configuration.
 */
export function runSubgraphProcess<L>(definition: (env: Env) => SubgraphDefinition<L>): void {
  const start = async () => {
    const env: Env = process.env;
    const def = definition(env);
    const logger = createLogger(def.name, { instance: def.instance }, env.LOG_LEVEL || 'info');
    const running = await startSubgraph(def, {
      logger,
      port: intFromEnv(env, 'PORT', 4001),
      host: env.HOST ?? '127.0.0.1',
      database: databaseFromEnv(def.instance, env),
      verifyToken: createTokenVerifier(authConfigFromEnv(env)),
      limits: subgraphLimitsFromEnv(env),
    });
    stopOnSignals(() => running.stop(), logger);
  };
  start().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
