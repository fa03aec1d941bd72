import { createLogger, intFromEnv, stopOnSignals } from '@orebro/http';
import { startTracing } from '@orebro/telemetry';
import type { SubgraphDefinition } from './subgraph-definition';
import { startSubgraph } from './start-subgraph';

/**
 * The body of every subgraph's `index.ts`: tracing when OTEL_EXPORTER_OTLP_ENDPOINT is set (each
 * instance its own `service.name`, e.g. `kommun-1880`), listen on PORT, stop cleanly on SIGTERM, fail loudly.
 */
export function runSubgraphProcess<L>(definition: () => SubgraphDefinition<L>): void {
  const start = async () => {
    const def = definition();
    const tracing = startTracing({
      serviceName: def.instance,
      attributes: { 'graphql.subgraph.name': def.name, ...(def.shardKey === undefined ? {} : { 'graphql.subgraph.shard_key': def.shardKey }) },
    });
    const logger = createLogger(def.name, { instance: def.instance });
    if (tracing) logger.info({ serviceName: def.instance }, 'tracing: exporting spans over OTLP');
    const running = await startSubgraph(def, {
      logger,
      port: intFromEnv(process.env, 'PORT', 4001),
      host: process.env.HOST ?? '127.0.0.1',
    });
    stopOnSignals(() => running.stop(), logger);
  };
  start().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
