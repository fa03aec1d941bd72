export { ShardedDataSource, type ShardedDataSourceOptions } from './sharded-data-source';
export { ShardSchemas, type Shard, type ShardSchemaState } from './shard-schemas';
export { httpTransport, type ShardTransport, type ShardResponse, type ShardRequestBody } from './transport';
export { mergeShardValues, type MergeConflict } from './merge';
