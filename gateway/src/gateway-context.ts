import type { Logger } from '@orebro/http';

/** Per-request context of the gateway: what it forwards to subgraphs. */
export interface GatewayContext extends Record<string, unknown> {
  authorization?: string;
  /** The huvudman the verified token speaks for (undefined: anonymous or refused), for the access line. */
  huvudman?: string;
  logger?: Logger;
  /** Set for a write whose token failed: passed on so its owner audits it, then refused (refused-writes.ts). */
  refusedToken?: unknown;
}
