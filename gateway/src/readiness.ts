import type { CircuitStateName, InstanceCircuits, ShardedDataSource } from '@orebro/sharded-source';
import { kommunMember } from './members';

export interface InstanceStatus {
  subgraph: string;
  /** The kommun code for a kommun instance. */
  huvudman?: string;
  url: string;
  /** It answered its /ready within its timeout. Not asked while its circuit is open: the graph does not use it then. */
  answers: boolean;
  /** The gateway's circuit breaker for the instance (see @orebro/sharded-source circuits.ts). */
  circuit: CircuitStateName;
  /** Why it does not answer, when the gateway knows: CIRCUIT_OPEN while its circuit is open or being probed. */
  reason?: 'CIRCUIT_OPEN';
  /** For a shard: what the gateway knows of its schema (rule 6). */
  schema?: 'unknown' | 'compatible' | 'incompatible';
  problems?: string[];
  /** For a shard: the kommun the instance says it serves (from its `x-shard-key` header), when known. */
  serves?: string;
  /** For a shard: `ok`, `wrong-instance` (it serves another kommun: not used), or `unknown` (not heard from yet). */
  wiring?: 'ok' | 'wrong-instance' | 'unknown';
}

/** An instance whose circuit is open (or half-open: being probed) is skipped and answered with CIRCUIT_OPEN. */
export interface OpenCircuit {
  subgraph: string;
  huvudman?: string;
  circuit: Exclude<CircuitStateName, 'closed'>;
  reason: 'CIRCUIT_OPEN';
}

/**
 * Asks every instance's /ready at once, each within its timeout (ms): a single subgraph's, or a shard's.
 * An instance whose circuit is not closed is not asked (a hung one would cost its full timeout on every
 * /ready): it is reported not answering, with reason CIRCUIT_OPEN.
 */
export async function instanceStatuses(
  single: { name: string; url: string; circuits: InstanceCircuits }[],
  kommun: ShardedDataSource,
  timeoutMs: { single: number; shard: number },
): Promise<InstanceStatus[]> {
  await kommun.schemas.refresh();
  const singles = single.map(async ({ name, url, circuits }): Promise<InstanceStatus> => ({
    subgraph: name,
    url,
    ...(await probe(url, circuits.state(url), timeoutMs.single)),
  }));
  const shards = kommun.shards.map(async (shard): Promise<InstanceStatus> => {
    const state = kommun.schemas.state(shard.key);
    const serves = kommun.wiring.servedBy(shard.key);
    return {
      subgraph: kommunMember.name,
      huvudman: shard.key,
      url: shard.url,
      ...(await probe(shard.url, kommun.circuits.state(shard.url), timeoutMs.shard)),
      schema: state.phase,
      ...(state.phase === 'incompatible' ? { problems: state.problems } : {}),
      ...(serves === undefined ? {} : { serves }),
      wiring: serves === undefined ? 'unknown' : serves === shard.key ? 'ok' : 'wrong-instance',
    };
  });
  return Promise.all([...singles, ...shards]);
}

/** The instances /ready names as skipped: each with its subgraph, kommun (for a shard) and reason CIRCUIT_OPEN. */
export function openCircuits(instances: InstanceStatus[]): OpenCircuit[] {
  return instances.flatMap(({ subgraph, huvudman, circuit }) =>
    circuit === 'closed' ? [] : [{ subgraph, ...(huvudman === undefined ? {} : { huvudman }), circuit, reason: 'CIRCUIT_OPEN' as const }],
  );
}

async function probe(url: string, circuit: CircuitStateName, timeoutMs: number): Promise<Pick<InstanceStatus, 'answers' | 'circuit' | 'reason'>> {
  if (circuit !== 'closed') return { answers: false, circuit, reason: 'CIRCUIT_OPEN' };
  return { answers: await answers(url, timeoutMs), circuit };
}

async function answers(graphqlUrl: string, timeoutMs: number): Promise<boolean> {
  try {
    const response = await fetch(graphqlUrl.replace(/\/graphql$/, '/ready'), { signal: AbortSignal.timeout(timeoutMs) });
    return response.ok;
  } catch {
    return false;
  }
}
