/**
 * The response header in which an instance of a sharded subgraph names the shard it serves (a kommun
 * code). The subgraph kit sets it on every answer of such an instance; the gateway's sharded data
 * source reads it on every answer and never uses one from an instance serving another shard.
 */
export const SHARD_KEY_HEADER = 'x-shard-key';
