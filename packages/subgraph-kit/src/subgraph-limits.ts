import { intFromEnv, type Env } from '@orebro/http';
import { queryLimitsFromEnv, SUBGRAPH_QUERY_LIMITS, type QueryLimits, type SdlAccess } from '@orebro/query-limits';

/** What a subgraph limits itself, trusting the gateway with nothing (README, "Identity, access and limits"). */
export interface SubgraphLimits {
  query: QueryLimits;
  /** Execution time limit of one request in ms; 0 for none. After it no resolver starts. */
  executionTimeoutMs: number;
  sdlAccess: SdlAccess;
  /** Subscriptions open at once on one WebSocket connection (MAX_SUBSCRIPTIONS_PER_CONNECTION, default 10). */
  maxSubscriptionsPerConnection: number;
}

/**
 * The gateway's variables (MAX_DEPTH, MAX_ALIASES, MAX_COST, DEFAULT_LIST_SIZE, MAX_TOKENS,
 * MAX_DIRECTIVES, INTROSPECTION) with the subgraph's defaults, EXECUTION_TIMEOUT_MS (default 10000,
 * the gateway's own SUBGRAPH_TIMEOUT_MS) and SUBGRAPH_SDL_SECRET.
 */
export function subgraphLimitsFromEnv(env: Env): SubgraphLimits {
  return {
    query: queryLimitsFromEnv(SUBGRAPH_QUERY_LIMITS, env),
    executionTimeoutMs: intFromEnv(env, 'EXECUTION_TIMEOUT_MS', 10_000),
    sdlAccess: { secret: env.SUBGRAPH_SDL_SECRET || undefined, openWithoutSecret: env.NODE_ENV !== 'production' },
    maxSubscriptionsPerConnection: intFromEnv(env, 'MAX_SUBSCRIPTIONS_PER_CONNECTION', 10),
  };
}
