import type { ShardedDataSource } from '@orebro/sharded-source';
import { kommunMember } from './members';

export interface InstanceStatus {
  subgraph: string;
  /** The kommun code for a kommun instance. */
  huvudman?: string;
  url: string;
  answers: boolean;
  /** For a shard: what the gateway knows of its schema (rule 6). */
  schema?: 'unknown' | 'compatible' | 'incompatible';
  problems?: string[];
  /** For a shard: the kommun the instance says it serves (from its `x-shard-key` header), when known. */
  serves?: string;
  /** For a shard: `ok`, `wrong-instance` (it serves another kommun: not used), or `unknown` (not heard from yet). */
  wiring?: 'ok' | 'wrong-instance' | 'unknown';
}

/** Asks every instance's /ready at once, each within its timeout (ms): a single subgraph's, or a shard's. */
export async function instanceStatuses(
  single: { name: string; url: string }[],
  kommun: ShardedDataSource,
  timeoutMs: { single: number; shard: number },
): Promise<InstanceStatus[]> {
  await kommun.schemas.refresh();
  const singles = single.map(async ({ name, url }) => ({ subgraph: name, url, answers: await answers(url, timeoutMs.single) }));
  const shards = kommun.shards.map(async (shard): Promise<InstanceStatus> => {
    const state = kommun.schemas.state(shard.key);
    const serves = kommun.wiring.servedBy(shard.key);
    return {
      subgraph: kommunMember.name,
      huvudman: shard.key,
      url: shard.url,
      answers: await answers(shard.url, timeoutMs.shard),
      schema: state.phase,
      ...(state.phase === 'incompatible' ? { problems: state.problems } : {}),
      ...(serves === undefined ? {} : { serves }),
      wiring: serves === undefined ? 'unknown' : serves === shard.key ? 'ok' : 'wrong-instance',
    };
  });
  return Promise.all([...singles, ...shards]);
}

async function answers(graphqlUrl: string, timeoutMs: number): Promise<boolean> {
  try {
    const response = await fetch(graphqlUrl.replace(/\/graphql$/, '/ready'), { signal: AbortSignal.timeout(timeoutMs) });
    return response.ok;
  } catch {
    return false;
  }
}
