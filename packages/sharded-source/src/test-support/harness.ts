import { GraphQLDataSourceRequestKind } from '@apollo/gateway/dist/datasources/types';
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

/** One subgraph fetch as the gateway's executor sends it. */
export function runFetch(ds: ShardedDataSource, query: string, variables: Record<string, unknown> = {}, operationName?: string) {
  return ds.process({
    kind: GraphQLDataSourceRequestKind.INCOMING_OPERATION,
    request: { query, variables, operationName },
    context: {},
    incomingRequestContext: {} as never,
  });
}
