import { createLogger, stopOnSignals } from '@orebro/http';
import { configFromEnv } from './config';
import { startGateway } from './start-gateway';

const logger = createLogger('gateway');
startGateway(configFromEnv(), logger)
  .then((running) => stopOnSignals(() => running.stop(), logger))
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
