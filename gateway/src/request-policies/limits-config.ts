import { intFromEnv, type Env } from '@orebro/http';
import { flagFromEnv, GATEWAY_QUERY_LIMITS, queryLimitsFromEnv, type QueryLimits } from '@orebro/query-limits';

/** The query limits every hop applies (see @orebro/query-limits), and what only the gateway does. */
export interface LimitsConfig extends QueryLimits {
  /** Requests per client (verified token subject, else address) per minute. */
  ratePerMinute: number;
  /** Redis shared by every gateway replica for the rate-limit budgets; memory of this process when unset. */
  redisUrl?: string;
  /** Prefix of the gateway's keys in Redis: graphs sharing one Redis each use their own. */
  redisKeyPrefix: string;
  ide: boolean;
  /** Origins a browser may call from; empty allows none cross-origin. */
  corsOrigins: string[];
  /** Path of an Apollo persisted-query manifest; when set, only its operations are served. */
  trustedDocumentsFile?: string;
  /** Subscriptions open at once on one WebSocket connection (MAX_SUBSCRIPTIONS_PER_CONNECTION). */
  maxSubscriptionsPerConnection: number;
  /** WebSocket connections open at once per caller (verified subject, else address) (MAX_SUBSCRIPTION_CONNECTIONS_PER_CALLER). */
  maxSubscriptionConnectionsPerCaller: number;
}

/** Defaults are generous for development; NODE_ENV=production turns introspection, suggestions and the IDE off. */
export function limitsFromEnv(env: Env): LimitsConfig {
  const production = env.NODE_ENV === 'production';
  return {
    ...queryLimitsFromEnv(GATEWAY_QUERY_LIMITS, env),
    ratePerMinute: intFromEnv(env, 'RATE_LIMIT_PER_MINUTE', 1_200),
    redisUrl: env.REDIS_URL || undefined,
    redisKeyPrefix: env.REDIS_KEY_PREFIX || 'orebro-gateway',
    ide: flagFromEnv('IDE', !production, env),
    corsOrigins: (env.CORS_ORIGINS ?? '')
      .split(',')
      .map((o) => o.trim())
      .filter(Boolean),
    trustedDocumentsFile: env.TRUSTED_DOCUMENTS || undefined,
    maxSubscriptionsPerConnection: intFromEnv(env, 'MAX_SUBSCRIPTIONS_PER_CONNECTION', 10),
    maxSubscriptionConnectionsPerCaller: intFromEnv(env, 'MAX_SUBSCRIPTION_CONNECTIONS_PER_CALLER', 5),
  };
}
