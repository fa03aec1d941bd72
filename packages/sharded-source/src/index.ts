export { ShardedDataSource, type ShardedDataSourceOptions } from './sharded-data-source';
export { ShardSchemas, type Shard, type ShardSchemaState } from './shard-schemas';
export { ShardWiring, type WiringProblem } from './wiring';
export { httpTransport, type ShardTransport, type ShardReply, type ShardResponse, type ShardRequestBody } from './transport';
export { decodeBody, ACCEPT_ENCODING } from './content-encoding';
export { mergeShardValues, mergedPath, type MergeConflict } from './merge';
export { unansweredEntities } from './unanswered-entities';
export { InstanceCircuits, CircuitOpenError, DEFAULT_CIRCUIT_OPTIONS, type CircuitOptions, type CircuitStateName } from './circuits';
export { shardKeysOfField } from './targets';
