export { createLogger, type Logger } from './logger';
export { HttpError, readBody, parseJsonBody } from './body';
export { MAX_INPUT_DEPTH, MAX_DOCUMENT_NESTING, depthOf, requireShallowParams } from './input-depth';
export { graphqlHandler, sendJson, sendHttpError, type GraphQLHandlerOptions } from './graphql-handler';
export { createHttpServer, listen, closeServer, stopOnSignals, APOLLO_SHUTDOWN_BY_STOP_ON_SIGNALS, type Route, type HttpServerOptions } from './http-server';
export { requireEnv, intFromEnv, metricsPortFromEnv, DEFAULT_METRICS_PORT, type Env } from './env';
export { hostedInstanceEnvs, HOSTED_INSTANCES_VARIABLE } from './hosted-instances';
export { startMetricsServer, type RunningMetricsServer } from './metrics-server';
export { SHARD_KEY_HEADER } from './shard-key';
export { clientErrorsPlugin } from './client-errors';
export {
  metrics,
  METRIC_PREFIX,
  BoundedLabel,
  httpRequestSeconds,
  operationSeconds,
  operationErrors,
  instanceFetchSeconds,
  instanceUnavailable,
  instanceTimeouts,
  instanceRetries,
  circuitState,
  CIRCUIT_STATE_VALUES,
  circuitTransitions,
  rateLimitRefusals,
  subscriptionConnectionRefusals,
  subscriptionUpstreamConnections,
  sharedRequests,
  responseCacheLookups,
  registerMetrics,
  GATEWAY_METRICS,
} from './metrics';
// The metric types, for services' own metrics in the one registry above (no second prom-client to pin).
export { Counter, Gauge, Histogram, type Metric } from 'prom-client';
export { operationMetricsPlugin, MAX_OPERATION_NAMES } from './operation-metrics';
export { accessLogPlugin, type AccessLogPluginOptions, type AccessOutcome } from './access-log';
export {
  serveSubscriptions,
  UNAUTHENTICATED_CLOSE,
  TOO_MANY_CONNECTIONS_CLOSE,
  type SubscriptionServerOptions,
  type RunningSubscriptionServer,
} from './subscriptions-server';
