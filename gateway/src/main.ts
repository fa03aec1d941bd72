import { createLogger, stopOnSignals } from '@orebro/http';
import { startTracing } from '@orebro/telemetry';
import { configFromEnv } from './config';
import { startGateway } from './start-gateway';

// Before anything runs a request: spans go over OTLP when OTEL_EXPORTER_OTLP_ENDPOINT is set, else nowhere.
const tracing = startTracing({ serviceName: 'gateway' });
const logger = createLogger('gateway');
if (tracing) logger.info({ serviceName: 'gateway' }, 'tracing: exporting spans over OTLP');
startGateway(configFromEnv(), logger)
  .then((running) => stopOnSignals(() => running.stop(), logger))
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
