import autocannon from 'autocannon';

export interface LoadOptions {
  url: string;
  /** The JSON request body every client sends. */
  body: string;
  connections: number;
  warmupSeconds: number;
  durationSeconds: number;
  /** The verified answer: any response that differs is counted as a mismatch. */
  expectBody?: string;
  headers?: Record<string, string>;
}

export interface LoadResult {
  connections: number;
  requests: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  /** Connection errors and timeouts. */
  errors: number;
  non2xx: number;
  /** Answers that differ from the verified one (a GraphQL error counts here). */
  mismatches: number;
}

/** Warm-up (discarded), then the measured run: autocannon with `connections` clients, one request in flight each. */
export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  if (options.warmupSeconds > 0) await fire(options, options.warmupSeconds, false);
  return fire(options, options.durationSeconds, true);
}

function fire(options: LoadOptions, seconds: number, record: boolean): Promise<LoadResult> {
  const latencies: number[] = [];
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: options.url,
        method: 'POST',
        headers: { 'content-type': 'application/json', ...options.headers },
        body: options.body,
        connections: options.connections,
        pipelining: 1,
        duration: seconds,
        timeout: 30,
        expectBody: options.expectBody,
      },
      (error, result) => {
        if (error) return reject(error);
        latencies.sort((a, b) => a - b);
        const at = (q: number) => (latencies.length === 0 ? NaN : latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]);
        const requests = latencies.length;
        resolve({
          connections: options.connections,
          requests,
          rps: requests / seconds,
          p50: at(0.5),
          p95: at(0.95),
          p99: at(0.99),
          errors: result.errors,
          non2xx: result.non2xx,
          mismatches: result.mismatches,
        });
      },
    );
    // Every response's own latency, for exact percentiles (autocannon's summary has no p95).
    if (record) instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
}
