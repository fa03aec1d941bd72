import { createLogger, intFromEnv, stopOnSignals } from '@orebro/http';
import type { SubgraphDefinition } from './subgraph-definition';
import { startSubgraph } from './start-subgraph';

/** The body of every subgraph's `index.ts`: listen on PORT, stop cleanly on SIGTERM, fail loudly. */
export function runSubgraphProcess<L>(definition: () => SubgraphDefinition<L>): void {
  const start = async () => {
    const def = definition();
    const logger = createLogger(def.name, { instance: def.instance });
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
