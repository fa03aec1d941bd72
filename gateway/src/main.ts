import { createLogger, stopOnSignals } from '@orebro/http';
import { startTracing } from '@orebro/telemetry';
import { configFromEnv } from './config';
import { startGateway } from './start-gateway';

// Before anything runs a request: spans go over OTLP when OTEL_EXPORTER_OTLP_ENDPOINT is set, else nowhere.
const tracing = startTracing({ serviceName: 'gateway', env: process.env });
// The gateway's one read of the environment: every setting reaches the code through this config.
const config = configFromEnv(process.env);
const logger = createLogger('gateway', {}, config.logLevel);
if (tracing) logger.info({ serviceName: 'gateway' }, 'tracing: exporting spans over OTLP');
startGateway(config, logger)
  .then((running) => stopOnSignals(() => running.stop(), logger))
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
