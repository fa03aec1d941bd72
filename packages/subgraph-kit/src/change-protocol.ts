import { randomUUID } from 'node:crypto';

/**
 * How a subgraph tells the gateway(s) that it committed a write (the protocol both sides share; kept
 * free of the ORM so the gateway imports it without loading MikroORM — change-signal.ts is the
 * subgraph's side), so answers made from the data
 * before it are no longer served from the gateway's response cache (gateway/src/response-cache).
 *
 * - With REDIS_URL: the subgraph sets its data version in Redis and publishes it on one channel that
 *   every gateway replica subscribes to (SET and PUBLISH in one MULTI, so a gateway starting later
 *   reads the same version the others were told).
 * - Always: a Server-Sent Events stream at CHANGES_PATH that a gateway without Redis follows. It needs
 *   nothing beyond the subgraph's own HTTP server, and a dropped stream is noticed at once (the
 *   gateway then stops using its cache for this subgraph until it follows again); it is guarded like
 *   `_service`, by SUBGRAPH_SDL_SECRET.
 */
export const CHANGES_PATH = '/_changes';

/** One committed write as the gateway is told it: whose data, which entity types, and the data's new version. */
export interface ChangeSignal {
  /** The subgraph's name in the supergraph (`samverkan`, `region`, `kommun`). */
  subgraph: string;
  /** The instance's shard key (a kommun code) for a sharded subgraph. */
  shardKey?: string;
  /** ORM entity names written, e.g. `Decision`. */
  entities: string[];
  /** A new, never repeated version of the subgraph's data (see newDataVersion). */
  version: string;
  /** ISO time of the commit. */
  at: string;
}

/** The Redis channel every gateway subscribes to, under the gateway's REDIS_KEY_PREFIX. */
export function changesChannel(keyPrefix: string): string {
  return `${keyPrefix}:response-cache:changes`;
}

/** The Redis key holding a subgraph's current data version. */
export function dataVersionKey(keyPrefix: string, subgraph: string): string {
  return `${keyPrefix}:response-cache:version:${subgraph}`;
}

/** A version no earlier run can have used: a counter would restart at 0 with the process and reuse old cache keys. */
export function newDataVersion(): string {
  return `${Date.now().toString(36)}-${randomUUID()}`;
}
