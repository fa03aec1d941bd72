import type { GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { ShardedDataSource, type ShardedDataSourceOptions } from '../sharded-data-source';
import type { Shard } from '../shard-schemas';

/** A data source over test shards, configured as the gateway configures the kommun subgraph. */
export function placeSource(shards: Shard[], overrides: Partial<ShardedDataSourceOptions<Record<string, unknown>>> = {}) {
  return new ShardedDataSource({
    subgraphName: 'place',
    shardKeyNames: ['code', 'codes'],
    shards,
    unavailableCode: 'HUVUDMAN_UNAVAILABLE',
    shardExtension: 'huvudman',
    // Generous: only a held shard (see place-shards) should ever reach it, whatever the machine's load.
    timeoutMs: 20_000,
    ...overrides,
  });
}

/** Apollo's GraphQLDataSourceRequestKind.INCOMING_OPERATION: the enum is exported only from the package's dist. */
export const INCOMING_OPERATION = 'IncomingOperation' as Extract<GraphQLDataSourceProcessOptions, { incomingRequestContext: unknown }>['kind'];

/** One subgraph fetch as the gateway's executor sends it. */
export function runFetch(ds: ShardedDataSource, query: string, variables: Record<string, unknown> = {}, operationName?: string) {
  return ds.process({
    kind: INCOMING_OPERATION,
    request: { query, variables, operationName },
    context: {},
    incomingRequestContext: {} as never,
  });
}
