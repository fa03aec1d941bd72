import { setFlagsFromString } from 'node:v8';

/**
 * How far the gateway's heap may grow past what a full garbage collection left alive before the next
 * one: to (1 + percent/100) × the live size; 0 keeps V8's own factor. V8's factor reaches 4 when
 * collections are quick and the machine has memory (no heap limit under 2 GB), and a gateway under load
 * (fifty requests in flight, each a few hundred milliseconds, so their objects outlive the young
 * generation) is just that case: with 45 MB alive it let the heap reach 168 MB between collections, as
 * plain @apollo/gateway did with its 41 MB (`--trace-gc`, the standard benchmark's load, 2026-12-02).
 *
 * The default, 150 (two and a half times the live size), keeps the gateway's peak below the plain
 * @apollo/gateway's at five times its throughput: under the standard benchmark's load the peak RSS was
 * 228–246 MB against 304–354 MB with V8's factor, at 150–177 against 134–165 req/s and no higher p50
 * (three alternating rounds, `SHARE_IN_FLIGHT=false node --import tsx test/bench/ab-gateway.ts ""
 * "GATEWAY_HEAP_GROWING_PERCENT=150" 3 15`). 100 (twice) went lower still (218 and 210 MB) but raised the
 * p50 by 12–14 %; 200 peaked at 256–299 MB.
 *
 * Set at start, from the process itself rather than a `node` option, so the image, the Kubernetes
 * manifests, `npm start` and the benchmark all read it from the same variable. V8 reads the flag at each
 * collection (its MemoryController), so setting it after start-up takes effect.
 */
export const DEFAULT_HEAP_GROWING_PERCENT = 150;

/**
 * `GATEWAY_HEAP_GROWING_PERCENT`: a whole number from 0 (V8's own factor) to 1000; unset or empty: the default, 150.
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
