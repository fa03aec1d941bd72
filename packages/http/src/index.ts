export { createLogger, type Logger } from './logger';
export { HttpError, readBody, parseJsonBody } from './body';
export { graphqlHandler, sendJson, sendHttpError, type GraphQLHandlerOptions } from './graphql-handler';
export { createHttpServer, listen, closeServer, stopOnSignals, type Route, type HttpServerOptions } from './http-server';
export { requireEnv, intFromEnv, type Env } from './env';
export { SHARD_KEY_HEADER } from './shard-key';
export { clientErrorsPlugin } from './client-errors';
export { metrics, httpRequestSeconds, instanceFetchSeconds, circuitTransitions } from './metrics';
export { serveSubscriptions, UNAUTHENTICATED_CLOSE, type SubscriptionServerOptions, type RunningSubscriptionServer } from './subscriptions-server';
