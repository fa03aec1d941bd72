import { setFlagsFromString } from 'node:v8';

/**
 * How far the gateway's heap may grow past what a full garbage collection left alive before the next
 * one: to (1 + percent/100) × the live size; 0 (the default) keeps V8's own factor. V8's factor reaches
 * about 4 when collections are quick, and a gateway under load (fifty requests in flight, each a few
 * hundred milliseconds, so their objects outlive the young generation) is just that case: with 45 MB
 * alive it let the heap reach 175 MB between collections.
 *
 * A deployment short of memory sets 100 (twice the live size): under the standard benchmark's load the
 * peak RSS went from 299 to 218 MB (and 298 to 210) at the same throughput (168/164 and 114/114 req/s;
 * `test/bench/ab-gateway.ts "GATEWAY_HEAP_GROWING_PERCENT=0" "GATEWAY_HEAP_GROWING_PERCENT=100" 3 15`),
 * but the p50 rose 12–14 %, and the broadcast views' p50 at 16 clients rose by a fifth to a half in one
 * graph run (co-owned-service 43.8 → 67.6 ms). The dashboards' latency matters more than 80 MB per
 * replica, so it is not the default.
 *
 * Set at start, from the process itself rather than a `node` option, so the image, the Kubernetes
 * manifests, `npm start` and the benchmark all read it from the same variable. V8 reads the flag at each
 * collection (its MemoryController), so setting it after start-up takes effect.
 */
export const DEFAULT_HEAP_GROWING_PERCENT = 0;

/**
 * `GATEWAY_HEAP_GROWING_PERCENT`: a whole number from 0 (V8's own factor) to 1000; unset or empty: 0.
 * @throws Error naming the variable when the value is anything else.
 */
export function heapGrowingPercentFromEnv(value: string | undefined): number {
  if (value === undefined || value.trim() === '') return DEFAULT_HEAP_GROWING_PERCENT;
  const percent = Number(value);
  if (!Number.isInteger(percent) || percent < 0 || percent > 1000)
    throw new Error(`Invalid configuration: GATEWAY_HEAP_GROWING_PERCENT must be a whole number from 0 (V8's own) to 1000, got "${value}".`);
  return percent;
}

/** Applies the growing factor to this process's V8 heap (process-wide; 0 leaves V8's own factor). */
export function limitHeapGrowth(percent: number): void {
  if (percent > 0) setFlagsFromString(`--heap-growing-percent=${percent}`);
}
