import { createLogger, intFromEnv, metricsPortFromEnv, stopOnSignals, type Env } from '@orebro/http';
import { authConfigFromEnv, createTokenVerifier } from '@orebro/huvudman-auth';
import { startTracing } from '@orebro/telemetry';
import { databaseFromEnv } from './database-config';
import type { SubgraphDefinition } from './subgraph-definition';
import { startSubgraph } from './start-subgraph';
import { subgraphLimitsFromEnv } from './subgraph-limits';

/**
 * The body of every subgraph's `index.ts`: tracing when OTEL_EXPORTER_OTLP_ENDPOINT is set (each
 * instance its own `service.name`, e.g. `kommun-1880`), listen on PORT, stop cleanly on SIGTERM, fail
 * loudly. The subgraphs' one read of the environment: every setting (the definition's own, e.g.
 * KOMMUN_CODE, the database, AUTH_*, limits, METRICS_PORT, LOG_LEVEL) is read here from `process.env` and passed on.
 */
export function runSubgraphProcess<L>(definition: (env: Env) => SubgraphDefinition<L>): void {
  const start = async () => {
    const env: Env = process.env;
    const def = definition(env);
    const tracing = startTracing({
      serviceName: def.instance,
      env,
      attributes: { 'graphql.subgraph.name': def.name, ...(def.shardKey === undefined ? {} : { 'graphql.subgraph.shard_key': def.shardKey }) },
    });
    const logger = createLogger(def.name, { instance: def.instance }, env.LOG_LEVEL || 'info');
    if (tracing) logger.info({ serviceName: def.instance }, 'tracing: exporting spans over OTLP');
    const port = intFromEnv(env, 'PORT', 4001);
    const running = await startSubgraph(def, {
      logger,
      port,
      host: env.HOST ?? '127.0.0.1',
      metricsPort: metricsPortFromEnv(env, port),
      database: databaseFromEnv(def.instance, env),
      verifyToken: createTokenVerifier(authConfigFromEnv(env)),
      limits: subgraphLimitsFromEnv(env),
      changes: { redisUrl: env.REDIS_URL || undefined, keyPrefix: env.REDIS_KEY_PREFIX || undefined },
    });
    stopOnSignals(() => running.stop(), logger);
  };
  start().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
