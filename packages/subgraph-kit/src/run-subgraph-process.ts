import { createLogger, hostedInstanceEnvs, intFromEnv, metricsPortFromEnv, stopOnSignals, type Env } from '@orebro/http';
import { authConfigFromEnv, createTokenVerifier } from '@orebro/huvudman-auth';
import { startTracing } from '@orebro/telemetry';
import { databaseFromEnv } from './database-config';
import type { SubgraphDefinition } from './subgraph-definition';
import { startSubgraph, type RunningSubgraph } from './start-subgraph';
import { subgraphLimitsFromEnv } from './subgraph-limits';

/**
 * The body of every subgraph's `index.ts`: tracing when OTEL_EXPORTER_OTLP_ENDPOINT is set (each
 * instance its own `service.name`, e.g. `kommun-1880`), listen on PORT, stop cleanly on SIGTERM, fail
 * loudly. The subgraphs' one read of the environment: every setting (the definition's own, e.g.
 * KOMMUN_CODE, the database, AUTH_*, limits, METRICS_PORT, LOG_LEVEL) is read here from `process.env` and passed on.
 *
 * With HOSTED_INSTANCES (hosted-instances.ts) the process serves several instances, each with its own
 * port, shard key, database and logger; they share the process's code, its Prometheus registry (each
 * port's `/metrics` counts them all) and one tracer named after the subgraph (`kommun`), and stop together.
 */
export function runSubgraphProcess<L>(definition: (env: Env) => SubgraphDefinition<L>): void {
  const start = async () => {
    const envs = hostedInstanceEnvs(process.env);
    const definitions = envs.map((env) => definition(env));
    const first = definitions[0];
    const hosted = definitions.length > 1;
    const serviceName = hosted ? first.name : first.instance;
    const tracing = startTracing({
      serviceName,
      env: envs[0],
      attributes: { 'graphql.subgraph.name': first.name, ...(hosted || first.shardKey === undefined ? {} : { 'graphql.subgraph.shard_key': first.shardKey }) },
    });
    const loggers = definitions.map((def, i) => createLogger(def.name, { instance: def.instance }, envs[i].LOG_LEVEL || 'info'));
    if (tracing) loggers[0].info({ serviceName }, 'tracing: exporting spans over OTLP');
    const ports = envs.map((env) => intFromEnv(env, 'PORT', 4001));
    const metricsPorts = envs.map((env, i) => metricsPortFromEnv(env, ports[i]));
    const sharedMetricsPort = metricsPorts.find((port, i) => port && metricsPorts.indexOf(port) !== i);
    if (sharedMetricsPort)
      throw new Error(`Invalid configuration: hosted instances each need their own METRICS_PORT (or 0); ${sharedMetricsPort} is given to several.`);
    const running: RunningSubgraph[] = [];
    const stopAll = async () => {
      await Promise.all(running.map((instance) => instance.stop()));
    };
    try {
      await Promise.all(
        definitions.map(async (def, i) => {
          const env = envs[i];
          running.push(
            await startSubgraph(def, {
              logger: loggers[i],
              port: ports[i],
              host: env.HOST ?? '127.0.0.1',
              metricsPort: metricsPorts[i],
              database: databaseFromEnv(def.instance, env),
              verifyToken: createTokenVerifier(authConfigFromEnv(env)),
              limits: subgraphLimitsFromEnv(env),
              changes: { redisUrl: env.REDIS_URL || undefined, keyPrefix: env.REDIS_KEY_PREFIX || undefined },
            }),
          );
        }),
      );
    } catch (error) {
      await stopAll().catch(() => undefined);
      throw error;
    }
    stopOnSignals(stopAll, loggers[0]);
  };
  start().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
