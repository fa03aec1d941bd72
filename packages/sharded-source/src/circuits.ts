import { BrokenCircuitError, CircuitState, ConsecutiveBreaker, circuitBreaker, handleAll, type CircuitBreakerPolicy } from 'cockatiel';
import { CIRCUIT_STATE_VALUES, circuitState, circuitTransitions, instanceRetries } from '@orebro/http';

export interface CircuitOptions {
  /** Consecutive failures (timeouts, refused or broken answers) after which an instance's circuit opens. 0 turns circuits off. */
  failures: number;
  /** Milliseconds an open circuit skips its instance before one probe request is let through (half-open). */
  coolDownMs: number;
  /** Extra attempts for a read whose connection failed before any response (refused/reset); writes never retry. */
  readRetries: number;
}

export const DEFAULT_CIRCUIT_OPTIONS: CircuitOptions = { failures: 3, coolDownMs: 10_000, readRetries: 1 };

/** Thrown instead of calling an instance whose circuit is open (or being probed by another request). */
export class CircuitOpenError extends Error {
  readonly code = 'CIRCUIT_OPEN';
  constructor() {
    super('it failed repeatedly and is skipped for a cool-down (circuit open)');
  }
}

/** The state names operators see (metrics, /ready). */
export type CircuitStateName = 'closed' | 'open' | 'half-open';

/** How an instance URL is named in metrics: its subgraph and instance (the kommun code, or the subgraph's name). */
export type CircuitLabels = (url: string) => { subgraph: string; instance: string };

/**
 * One circuit breaker per instance URL (cockatiel): an instance that keeps failing is not asked again
 * until its cool-down ends; then one request probes it while the others are still answered at once,
 * so a hung instance costs one timeout per cool-down instead of one per request.
 * Reads are retried on connection failures that happened before the request could have reached the
 * instance (ECONNREFUSED, or ECONNRESET on a reused keep-alive socket); a write is sent once.
 */
export class InstanceCircuits {
  private readonly breakers = new Map<string, CircuitBreakerPolicy>();

  constructor(
    readonly options: CircuitOptions = DEFAULT_CIRCUIT_OPTIONS,
    private readonly onStateChange?: (url: string, state: CircuitStateName) => void,
    /** When given, state (gauge), transitions and retries are recorded in the process's metrics. */
    private readonly labels?: CircuitLabels,
  ) {}

  /** Shows these instances' circuits as closed in the state gauge before any call (a scrape lists every instance). */
  watch(urls: readonly string[]): this {
    if (this.labels) for (const url of urls) circuitState.set(this.labels(url), CIRCUIT_STATE_VALUES[this.state(url)]);
    return this;
  }

  /**
   * Runs `call` against the instance at `url` under its circuit.
   * @throws CircuitOpenError when the circuit is open or half-open with a probe in flight; else `call`'s error.
   */
  async execute<T>(url: string, isWrite: boolean, call: () => Promise<T>): Promise<T> {
    const attempt = () => this.underCircuit(url, call);
    if (isWrite) return attempt();
    for (let retry = 0; ; retry++) {
      try {
        return await attempt();
      } catch (error) {
        if (retry >= this.options.readRetries || !failedBeforeResponse(error)) throw error;
        if (this.labels) instanceRetries.inc(this.labels(url));
      }
    }
  }

  state(url: string): CircuitStateName {
    return stateName(this.breakers.get(url)?.state ?? CircuitState.Closed);
  }

  private async underCircuit<T>(url: string, call: () => Promise<T>): Promise<T> {
    if (this.options.failures <= 0) return call();
    const breaker = this.breakerFor(url);
    // cockatiel lets concurrent callers wait for the half-open probe; we answer them at once instead.
    if (breaker.state === CircuitState.HalfOpen) throw new CircuitOpenError();
    try {
      return await breaker.execute(call);
    } catch (error) {
      if (error instanceof BrokenCircuitError) throw new CircuitOpenError();
      throw error;
    }
  }

  private breakerFor(url: string): CircuitBreakerPolicy {
    let breaker = this.breakers.get(url);
    if (!breaker) {
      breaker = circuitBreaker(handleAll, { halfOpenAfter: this.options.coolDownMs, breaker: new ConsecutiveBreaker(this.options.failures) });
      breaker.onStateChange((state) => {
        const name = stateName(state);
        if (this.labels) {
          const labels = this.labels(url);
          circuitState.set(labels, CIRCUIT_STATE_VALUES[name]);
          circuitTransitions.inc({ ...labels, state: name });
        }
        this.onStateChange?.(url, name);
      });
      this.breakers.set(url, breaker);
    }
    return breaker;
  }
}

/** Connection failures in which no response came and a read may safely be sent again. */
const RETRYABLE = new Set(['ECONNREFUSED', 'ECONNRESET']);

function failedBeforeResponse(error: unknown): boolean {
  return RETRYABLE.has(String((error as NodeJS.ErrnoException | undefined)?.code));
}

function stateName(state: CircuitState): CircuitStateName {
  if (state === CircuitState.Open || state === CircuitState.Isolated) return 'open';
  return state === CircuitState.HalfOpen ? 'half-open' : 'closed';
}
