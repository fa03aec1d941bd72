import type { IncomingMessage, ServerResponse } from 'node:http';
import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client';

/**
 * The process's Prometheus registry (prom-client), served at `GET /metrics` by every service's HTTP
 * server. One per process: each service runs in its own process (tests running several in one process
 * see their sums, which is what a scrape of that process would show).
 */
export const metrics = new Registry();
collectDefaultMetrics({ register: metrics });

/** Every HTTP request: seconds from arrival to the response's end, by route path and status code. */
export const httpRequestSeconds = new Histogram({
  name: 'http_request_duration_seconds',
  help: 'HTTP requests by route and status code: seconds until the response was sent.',
  labelNames: ['route', 'status'] as const,
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
  registers: [metrics],
});

/** Each call to one instance of a subgraph (a kommun instance, samverkan, region): seconds and outcome (`answered` or the unavailable reason). */
export const instanceFetchSeconds = new Histogram({
  name: 'subgraph_instance_fetch_duration_seconds',
  help: 'Fetches from the gateway to one subgraph instance, by subgraph, instance (huvudman) and outcome (answered, or the HUVUDMAN_UNAVAILABLE reason).',
  labelNames: ['subgraph', 'instance', 'outcome'] as const,
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
  registers: [metrics],
});

/** Circuit state changes per instance (the current state is the last one; see circuits.ts). */
export const circuitTransitions = new Counter({
  name: 'subgraph_instance_circuit_transitions_total',
  help: 'Circuit breaker state changes per subgraph instance, by the state entered (open, half-open, closed).',
  labelNames: ['subgraph', 'instance', 'state'] as const,
  registers: [metrics],
});

/** Requests answered by joining an identical execution already in flight (graphql-handler.ts): executions saved. */
export const sharedRequests = new Counter({
  name: 'graphql_shared_requests_total',
  help: 'GraphQL requests answered by an identical anonymous execution already in flight instead of one of their own.',
  registers: [metrics],
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
