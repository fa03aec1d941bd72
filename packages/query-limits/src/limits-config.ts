import { intFromEnv, type Env } from '@orebro/http';

/**
 * Limits on one GraphQL operation, applied alike by the gateway and by every subgraph (a subgraph
 * trusts the gateway with nothing): each hop reads them from its own environment.
 */
export interface QueryLimits {
  /** Deepest field nesting (fragments flattened). */
  maxDepth: number;
  maxAliases: number;
  /** Estimated cost (see list-cost.ts): object fields cost 1, lists multiply by their size. */
  maxCost: number;
  /** Size assumed for a list field without `@listSize` and without a slicing argument. */
  defaultListSize: number;
  /** Lexical tokens of the document, counted by the parser. */
  maxTokens: number;
  maxDirectives: number;
  /**
   * Introspection on; also shows "Did you mean ...?" suggestions in error messages, which reveal the
   * schema just as introspection would. Off (and suggestions hidden) is the production default.
   */
  introspection: boolean;
}

export interface QueryLimitDefaults {
  maxDepth: number;
  maxAliases: number;
  maxCost: number;
  defaultListSize: number;
  maxTokens: number;
  maxDirectives: number;
}

/** The gateway's defaults; a subgraph allows a little more for what the query planner adds. */
export const GATEWAY_QUERY_LIMITS: QueryLimitDefaults = {
  maxDepth: 12,
  maxAliases: 20,
  maxCost: 50_000,
  defaultListSize: 10,
  maxTokens: 3_000,
  maxDirectives: 20,
};

/**
 * A subgraph gets the gateway's fetches: they carry the client's selections below `_entities`
 * (one level deeper), `__typename` and key fields (more tokens), and the planner's own aliases.
 */
export const SUBGRAPH_QUERY_LIMITS: QueryLimitDefaults = {
  maxDepth: GATEWAY_QUERY_LIMITS.maxDepth + 1,
  maxAliases: 50,
  maxCost: GATEWAY_QUERY_LIMITS.maxCost,
  defaultListSize: GATEWAY_QUERY_LIMITS.defaultListSize,
  maxTokens: 2 * GATEWAY_QUERY_LIMITS.maxTokens,
  maxDirectives: GATEWAY_QUERY_LIMITS.maxDirectives,
};

/**
 * MAX_DEPTH, MAX_ALIASES, MAX_COST, DEFAULT_LIST_SIZE, MAX_TOKENS, MAX_DIRECTIVES and INTROSPECTION
 * (true/false; default false when NODE_ENV=production, else true).
 * @throws Error naming the variable when one is not a non-negative integer (or not true/false).
 */
export function queryLimitsFromEnv(defaults: QueryLimitDefaults, env: Env): QueryLimits {
  return {
    maxDepth: intFromEnv(env, 'MAX_DEPTH', defaults.maxDepth),
    maxAliases: intFromEnv(env, 'MAX_ALIASES', defaults.maxAliases),
    maxCost: intFromEnv(env, 'MAX_COST', defaults.maxCost),
    defaultListSize: intFromEnv(env, 'DEFAULT_LIST_SIZE', defaults.defaultListSize),
    maxTokens: intFromEnv(env, 'MAX_TOKENS', defaults.maxTokens),
    maxDirectives: intFromEnv(env, 'MAX_DIRECTIVES', defaults.maxDirectives),
    introspection: flagFromEnv('INTROSPECTION', env.NODE_ENV !== 'production', env),
  };
}

export function flagFromEnv(name: string, fallback: boolean, env: Env): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (raw === 'true' || raw === 'false') return raw === 'true';
  throw new Error(`Invalid configuration: ${name} must be true or false, got "${raw}".`);
}
