import type { IncomingMessage, ServerResponse } from 'node:http';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry, type Metric } from 'prom-client';

/**
 * The process's Prometheus registry (prom-client), served at `GET /metrics` by every service's HTTP
 * server. One per process: each service runs in its own process (tests running several in one process
 * see their sums, which is what a scrape of that process would show). Every metric of ours is named
 * `orebro_<what>_<unit>` (Prometheus naming: base units, `_seconds`, `_total` for counters); Node's
 * default process metrics keep their standard names (`process_*`, `nodejs_*`) so stock dashboards work.
 * The full list, with labels and meaning, is in README.md ("Metrics").
 */
export const metrics = new Registry();
// The event-loop lag monitor samples on a timer: at prom-client's default precision (10 ms) that is 100
// wake-ups a second, about 9 ms of CPU a second in an idle process; fourteen subgraph processes sharing
// one core (the bench, a small host) spent over a tenth of it doing nothing. At 100 ms the lag
// percentiles still show a blocked loop (a block longer than 100 ms always delays a sample).
collectDefaultMetrics({ register: metrics, eventLoopMonitoringPrecision: 100 });

/** The prefix of every metric the graph's services define (see README, "Metrics"). */
export const METRIC_PREFIX = 'orebro_';

/** Latency buckets (seconds) shared by every histogram: from a cached answer to a shard's full timeout. */
const SECONDS_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

/** Every HTTP request: seconds from arrival to the response's end, by route path and status code. */
export const httpRequestSeconds = new Histogram({
  name: `${METRIC_PREFIX}http_request_duration_seconds`,
  help: 'HTTP requests by route and status code: seconds until the response was sent.',
  labelNames: ['route', 'status'] as const,
  buckets: SECONDS_BUCKETS,
  registers: [metrics],
});

/**
 * Every GraphQL operation a service executed (gateway and each subgraph), by operation name (bounded,
 * see `operationLabel`), operation type and outcome (`ok`, `partial`: data and errors, `error`: no data).
 */
export const operationSeconds = new Histogram({
  name: `${METRIC_PREFIX}graphql_operation_duration_seconds`,
  help: 'GraphQL operations by name (bounded: anonymous, invalid, other), type and outcome (ok, partial, error): seconds until the answer was ready.',
  labelNames: ['operation', 'type', 'outcome'] as const,
  buckets: SECONDS_BUCKETS,
  registers: [metrics],
});

/** GraphQL errors in answers, by operation name (bounded) and `extensions.code` (bounded). */
export const operationErrors = new Counter({
  name: `${METRIC_PREFIX}graphql_errors_total`,
  help: 'GraphQL errors in answers, by operation name (bounded) and error code (extensions.code, bounded).',
  labelNames: ['operation', 'code'] as const,
  registers: [metrics],
});

/** Each call to one instance of a subgraph (a kommun instance, samverkan, region): seconds and outcome (`answered` or the unavailable reason). */
export const instanceFetchSeconds = new Histogram({
  name: `${METRIC_PREFIX}subgraph_instance_fetch_duration_seconds`,
  help: 'Fetches from the gateway to one subgraph instance, by subgraph, instance (huvudman) and outcome (answered, or the HUVUDMAN_UNAVAILABLE reason).',
  labelNames: ['subgraph', 'instance', 'outcome'] as const,
  buckets: SECONDS_BUCKETS,
  registers: [], // the gateway registers it (GATEWAY_METRICS)
});

/** Parts of answers missing because an instance did not answer, by the reason clients see. */
export const instanceUnavailable = new Counter({
  name: `${METRIC_PREFIX}subgraph_instance_unavailable_total`,
  help: "Answers missing a subgraph instance's part, by subgraph, instance and reason (UNREACHABLE, CIRCUIT_OPEN, INCOMPATIBLE_SCHEMA, WRONG_INSTANCE, NOT_CONFIGURED).",
  labelNames: ['subgraph', 'instance', 'reason'] as const,
  registers: [], // the gateway registers it (GATEWAY_METRICS)
});

/** Fetches that ran out of their time budget (also counted as UNREACHABLE in the counter above). */
export const instanceTimeouts = new Counter({
  name: `${METRIC_PREFIX}subgraph_instance_timeouts_total`,
  help: 'Fetches to a subgraph instance that timed out, by subgraph and instance.',
  labelNames: ['subgraph', 'instance'] as const,
  registers: [], // the gateway registers it (GATEWAY_METRICS)
});

/** Reads sent again after a connection failure before any response (writes are never retried). */
export const instanceRetries = new Counter({
  name: `${METRIC_PREFIX}subgraph_instance_retries_total`,
  help: 'Reads sent again to a subgraph instance after a connection failure before any response, by subgraph and instance.',
  labelNames: ['subgraph', 'instance'] as const,
  registers: [], // the gateway registers it (GATEWAY_METRICS)
});

/** Circuit state per instance now: 0 closed, 1 open, 2 half-open (`CIRCUIT_STATE_VALUES`). */
export const circuitState = new Gauge({
  name: `${METRIC_PREFIX}subgraph_instance_circuit_state`,
  help: 'Circuit breaker state per subgraph instance: 0 closed, 1 open (skipped, CIRCUIT_OPEN), 2 half-open (being probed).',
  labelNames: ['subgraph', 'instance'] as const,
  registers: [], // the gateway registers it (GATEWAY_METRICS)
});

/** The gauge's value for each circuit state. */
export const CIRCUIT_STATE_VALUES = { closed: 0, open: 1, 'half-open': 2 } as const;

/** Circuit state changes per instance (the current state is `circuitState`; see circuits.ts). */
export const circuitTransitions = new Counter({
  name: `${METRIC_PREFIX}subgraph_instance_circuit_transitions_total`,
  help: 'Circuit breaker state changes per subgraph instance, by the state entered (open, half-open, closed).',
  labelNames: ['subgraph', 'instance', 'state'] as const,
  registers: [], // the gateway registers it (GATEWAY_METRICS)
});

/** Requests answered by joining an identical execution already in flight (graphql-handler.ts): executions saved. */
export const sharedRequests = new Counter({
  name: `${METRIC_PREFIX}graphql_shared_requests_total`,
  help: 'GraphQL requests answered by an identical anonymous execution already in flight instead of one of their own.',
  registers: [], // the gateway registers it (GATEWAY_METRICS)
});

/** Requests refused because the client's budget was spent (HTTP 429), by whether the caller was verified. */
export const rateLimitRefusals = new Counter({
  name: `${METRIC_PREFIX}rate_limit_refusals_total`,
  help: 'Requests refused with 429 RATE_LIMITED, by caller kind (verified token or anonymous).',
  labelNames: ['caller'] as const,
  registers: [], // the gateway registers it (GATEWAY_METRICS)
});

/** Gateway WebSocket connections refused because the caller had MAX_SUBSCRIPTION_CONNECTIONS_PER_CALLER open. */
export const subscriptionConnectionRefusals = new Counter({
  name: `${METRIC_PREFIX}subscription_connection_refusals_total`,
  help: 'Subscription WebSocket connections refused (close 4430) because the caller already had the most allowed open, by caller kind.',
  labelNames: ['caller'] as const,
  registers: [], // the gateway registers it (GATEWAY_METRICS)
});

/** The gateway's open WebSockets to subgraph instances: one per (client connection, instance) with subscriptions on it. */
export const subscriptionUpstreamConnections = new Gauge({
  name: `${METRIC_PREFIX}subscription_upstream_connections`,
  help: 'Open WebSockets from the gateway to subgraph instances for subscriptions (one per client connection and instance it subscribes on).',
  registers: [], // the gateway registers it (GATEWAY_METRICS)
});

/**
 * Keeps a label's values bounded whatever clients send: up to `max` distinct values are kept as they
 * are, later new ones are counted as `other`. Operation names of the trusted documents (when the
 * gateway enforces them) or of the app are far fewer than the default; a client inventing names per
 * request cannot grow the scrape without bound.
 */
export class BoundedLabel {
  private readonly seen = new Set<string>();

  constructor(private readonly max: number) {}

  of(value: string): string {
    if (this.seen.has(value)) return value;
    if (this.seen.size >= this.max) return 'other';
    this.seen.add(value);
    return value;
  }
}

/** Queries by response cache outcome (the gateway's response cache; `x-cache` header). */
export const responseCacheLookups = new Counter({
  name: `${METRIC_PREFIX}response_cache_requests_total`,
  help: 'Queries by response cache outcome: hit, miss (made, may be stored), bypass (a token, an unfollowed subgraph, or the cache off).',
  labelNames: ['outcome'] as const,
  registers: [], // the gateway registers it (GATEWAY_METRICS)
});

/** Starts timing a request; the observation is made when its response finishes. */
export function observeRequest(path: string, res: ServerResponse): void {
  const end = httpRequestSeconds.startTimer({ route: path });
  res.once('finish', () => end({ status: String(res.statusCode) }));
}

/** `GET /metrics` in Prometheus' text format. */
export async function metricsRoute(_req: IncomingMessage, res: ServerResponse): Promise<void> {
  const body = await metrics.metrics();
  res.writeHead(200, { 'content-type': metrics.contentType }).end(body);
}

/**
 * Puts metrics in this process's registry, once: a metric only one kind of process produces (the
 * gateway's fetches to instances, a subgraph's audit records) is defined with no registry and registered
 * by the process that produces it when it starts. Registered at import instead, every process that
 * imports the shared module exported it, always zero: a kommun's /metrics listed the gateway's
 * circuits, the gateway's listed audit records.
 */
export function registerMetrics(list: readonly Metric[]): void {
  for (const metric of list) {
    const { name } = metric as unknown as { name: string };
    if (!metrics.getSingleMetric(name)) metrics.registerMetric(metric);
  }
}

/** What only the gateway produces: fetches to instances, circuits, shared executions, rate limiting, response cache, subscription connections. */
export const GATEWAY_METRICS: readonly Metric[] = [
  instanceFetchSeconds,
  instanceUnavailable,
  instanceTimeouts,
  instanceRetries,
  circuitState,
  circuitTransitions,
  sharedRequests,
  rateLimitRefusals,
  responseCacheLookups,
  subscriptionConnectionRefusals,
  subscriptionUpstreamConnections,
];
