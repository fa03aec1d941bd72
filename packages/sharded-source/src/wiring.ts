import type { IncomingHttpHeaders } from 'node:http';
import type { Shard } from './shard-schemas';

/** A configuration mistake the gateway found: a shard served by the wrong instance, or no instance at all. */
export interface WiringProblem {
  key: string;
  kind: 'WRONG_INSTANCE' | 'NOT_CONFIGURED';
  message: string;
}

/**
 * Rule 9, wiring is checked, never assumed: every instance of a sharded subgraph names the shard it
 * serves in a response header (`x-shard-key`, set by the subgraph kit). Each answer's header is
 * compared with the shard it was configured for; what was last seen is kept for /ready.
 */
export class ShardWiring {
  private readonly served = new Map<string, string>();

  constructor(
    private readonly shards: readonly Shard[],
    private readonly header: string,
    /** Every shard key that should have an instance; those without one are reported. */
    private readonly expectedKeys: readonly string[],
    private readonly subgraphName: string,
  ) {}

  /** Records which shard the instance configured for `key` says it serves; returns it (undefined when it does not say). */
  observe(key: string, headers: IncomingHttpHeaders): string | undefined {
    const raw = headers[this.header];
    const served = (Array.isArray(raw) ? raw[0] : raw)?.trim() || undefined;
    if (served !== undefined) this.served.set(key, served);
    return served;
  }

  /** What the instance configured for `key` last said it serves (undefined: not asked yet, or it does not say). */
  servedBy(key: string): string | undefined {
    return this.served.get(key);
  }

  /** Shard keys that should have an instance and have none configured. */
  notConfigured(): string[] {
    const configured = new Set(this.shards.map((s) => s.key));
    return this.expectedKeys.filter((k) => !configured.has(k));
  }

  isExpected(key: string): boolean {
    return this.expectedKeys.includes(key);
  }

  /** Every mistake known now, one sentence each, for logs and /ready. */
  problems(): WiringProblem[] {
    const wrong = this.shards.flatMap((shard): WiringProblem[] => {
      const served = this.served.get(shard.key);
      if (served === undefined || served === shard.key) return [];
      const rightUrl = this.shards.find((s) => s.key === served)?.url;
      return [
        {
          key: shard.key,
          kind: 'WRONG_INSTANCE',
          message: `The ${this.subgraphName} instance configured for ${shard.key} (${shard.url}) serves ${served}${rightUrl ? `, and ${served} is configured at ${rightUrl}` : ''}: ${shard.key}'s data is not used until the configuration is corrected.`,
        },
      ];
    });
    const missing = this.notConfigured().map((key): WiringProblem => ({
      key,
      kind: 'NOT_CONFIGURED',
      message: `No ${this.subgraphName} instance is configured for ${key}: its data is answered as unavailable.`,
    }));
    return [...wrong, ...missing];
  }
}
