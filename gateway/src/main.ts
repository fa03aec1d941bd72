import { createLogger, stopOnSignals } from '@orebro/http';
import { configFromEnv } from './config';
import { startGateway } from './start-gateway';

// The gateway's one read of the environment: every setting reaches the code through this config.
const config = configFromEnv(process.env);
const logger = createLogger('gateway', {}, config.logLevel);
startGateway(config, logger)
  .then((running) => stopOnSignals(() => running.stop(), logger))
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
