/**
 * Our gateway in the standard benchmark: the HTTP front our graph's gateway runs on
 * (startFederationServer) with one RemoteSubgraphSource per subgraph, anonymous callers, limits set
 * generous enough for the benchmark's query and load. Everything else as deployed: token
 * verification, CORS, rate limiting, query shape limits, the IDE route.
 *   SUPERGRAPH_FILE, SUBGRAPH_URLS (JSON name → URL), PORT, SUBGRAPH_TIMEOUT_MS (default 30000; the
 *   instruction count raises it, since under callgrind a fetch takes far longer); SHARE_IN_FLIGHT=false turns off the
 *   sharing of identical anonymous queries in flight (on as deployed); GATEWAY_PLAN_EXECUTION=apollo
 *   uses Apollo Gateway's own query plan executor and result shaping instead of ours (as deployed: fast);
 *   GATEWAY_HEAP_GROWING_PERCENT as deployed (default 150; 0, V8's own factor, to compare).
 */
import { readFileSync } from 'node:fs';
import { createLogger } from '@orebro/http';
import { authConfigFromEnv, createTokenVerifier } from '@orebro/huvudman-auth';
import { startFederationServer } from '@orebro/gateway/src/federation-http-server';
import { limitsFromEnv } from '@orebro/gateway/src/request-policies/limits-config';
import { planExecutionFromEnv } from '@orebro/gateway/src/plan-execution/plan-execution';
import { heapGrowingPercentFromEnv } from '@orebro/gateway/src/heap-growth';
import { RemoteSubgraphSource } from '@orebro/gateway/src/remote-subgraph-source';

const logger = createLogger('bench-gateway');
const urls = JSON.parse(process.env.SUBGRAPH_URLS ?? '{}') as Record<string, string>;

startFederationServer({
  supergraphSdl: readFileSync(process.env.SUPERGRAPH_FILE!, 'utf8'),
  buildService: (name) =>
    new RemoteSubgraphSource({
      name,
      url: urls[name],
      timeoutMs: Number(process.env.SUBGRAPH_TIMEOUT_MS ?? 30_000),
      unavailable: { code: 'SUBGRAPH_UNAVAILABLE', subgraph: name },
    }),
  port: Number(process.env.PORT ?? 4000),
  host: '127.0.0.1',
  bodyLimitBytes: 100_000,
  limits: { ...limitsFromEnv({}), ratePerMinute: 1_000_000_000, maxDepth: 50, maxCost: 1_000_000 },
  verifyToken: createTokenVerifier(authConfigFromEnv(process.env)),
  logger,
  title: 'benchmark',
  shareInFlight: process.env.SHARE_IN_FLIGHT !== 'false',
  planExecution: planExecutionFromEnv(process.env.GATEWAY_PLAN_EXECUTION),
  heapGrowingPercent: heapGrowingPercentFromEnv(process.env.GATEWAY_HEAP_GROWING_PERCENT),
}).then(
  (server) => {
    logger.info({ url: server.url }, 'benchmark gateway ready');
    process.on('SIGTERM', () => void server.stop().then(() => process.exit(0)));
  },
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
