import type { ApolloServerPlugin, GraphQLRequestContext } from '@apollo/server';
import responseCachePlugin from '@apollo/server-plugin-response-cache';
import { InMemoryLRUCache, type KeyValueCache, type KeyValueCacheSetOptions } from '@apollo/utils.keyvaluecache';
import { Redis } from 'ioredis';
import { responseCacheLookups, type Logger } from '@orebro/http';
import type { GatewayContext } from '../gateway-context';
import { FollowedDataVersions, MemoryVersionStore, RedisVersionStore, type DataVersions } from './data-versions';
import { OperationSubgraphs } from './operation-subgraphs';
import { logRedisOutages } from '../redis-outages';

export interface ResponseCacheOptions {
  /** RESPONSE_CACHE=off turns it off (default on). */
  enabled: boolean;
  /** REDIS_URL: answers and data versions shared by every gateway replica; this process's memory when unset. */
  redisUrl?: string;
  /** REDIS_KEY_PREFIX: graphs sharing one Redis each use their own. */
  keyPrefix: string;
  /** Each subgraph's instances (their GraphQL URLs), whose change streams the gateway follows. */
  instances: Record<string, readonly string[]>;
  /** SUBGRAPH_SDL_SECRET: the change streams are guarded like `_service`. */
  sdlSecret?: string;
  /** Memory for answers without Redis, in bytes (default 64 MiB). */
  maxBytes?: number;
}

export interface ResponseCache {
  plugins: ApolloServerPlugin<GatewayContext>[];
  close(): Promise<void>;
}

/** The response header saying how an answer was made: `HIT` (from the cache), `MISS` (made and offered to it), `BYPASS` (not for the cache). */
export const CACHE_STATUS_HEADER = 'x-cache';

/**
 * The gateway's cache of public answers (README, "Response cache"): Apollo's response-cache plugin over
 * the cache-control policy the gateway's data sources narrow from every subgraph fetch's Cache-Control
 * header (sharded-source cache-hints.ts). Only anonymous queries are read from or written to it; the
 * plugin itself stores no answer with errors and none whose policy is not cacheable (a missing huvudman
 * gives maxAge 0) or PRIVATE (no session id). Answers are keyed by the data versions of the subgraphs the
 * operation depends on (data-versions.ts), so a committed write in one of them drops them at once.
 * A write through this gateway moves the versions before its answer leaves, so its caller reads it back.
 */
export async function createResponseCache(options: ResponseCacheOptions, supergraphSdl: string, logger: Logger): Promise<ResponseCache> {
  const subgraphs = new OperationSubgraphs(supergraphSdl);
  if (!options.enabled) return { plugins: [cacheStatusPlugin(undefined, subgraphs)], close: async () => undefined };

  let redis: Redis | undefined;
  let cache: KeyValueCache;
  let versions: DataVersions;
  if (options.redisUrl) {
    // No offline queue: while Redis is away a lookup is a miss at once, never a request held up.
    redis = new Redis(options.redisUrl, { enableOfflineQueue: false, lazyConnect: true, maxRetriesPerRequest: 1 });
    logRedisOutages(redis, logger, 'response cache: Redis unreachable');
    await redis.connect().catch(() => undefined);
    cache = new RedisKeyValueCache(redis, `${options.keyPrefix}:response-cache:`, logger);
    const store = await RedisVersionStore.connect(options.redisUrl, options.keyPrefix, subgraphs.all, logger);
    versions = new FollowedDataVersions(options.instances, options.sdlSecret, logger, store);
  } else {
    cache = new InMemoryLRUCache({ maxSize: options.maxBytes ?? 64 * 1024 * 1024 });
    versions = new FollowedDataVersions(options.instances, options.sdlSecret, logger, new MemoryVersionStore());
  }

  const started = new WeakMap<object, Record<string, string>>();
  const cacheable = (rc: GraphQLRequestContext<GatewayContext>): Record<string, string> | undefined => {
    if (!isAnonymous(rc) || !rc.document) return undefined;
    return versions.versionsOf(subgraphs.of(rc.document, rc.operationName));
  };
  const plugin = responseCachePlugin<GatewayContext>({
    cache,
    // No sessions: an answer for a caller with a token is never cached, PRIVATE answers never.
    sessionId: async () => null,
    extraCacheKeyData: async (rc) => {
      const current = cacheable(rc);
      if (current) started.set(rc.request, current);
      return { versions: current ?? null };
    },
    shouldReadFromCache: async (rc) => started.has(rc.request),
    // Stored under the versions read when it started; skipped when one moved meanwhile (it would never be read).
    shouldWriteToCache: async (rc) => {
      const before = started.get(rc.request);
      const now = cacheable(rc);
      return before !== undefined && now !== undefined && Object.entries(before).every(([s, v]) => now[s] === v);
    },
  });
  return {
    plugins: [plugin, cacheStatusPlugin(versions, subgraphs, (rc) => started.has(rc.request))],
    async close() {
      await versions.close();
      if (redis) await redis.quit().catch(() => redis!.disconnect());
    },
  };
}

function isAnonymous(rc: GraphQLRequestContext<GatewayContext>): boolean {
  return !rc.contextValue.authorization && !rc.request.http?.headers.has('authorization');
}

/**
 * Says in `x-cache` how a query was answered, keeps browsers and proxies from storing any answer
 * (`Cache-Control: no-store`: they would not see the invalidation), and after a write through this
 * gateway moves the data versions of the subgraphs it may have written to.
 */
function cacheStatusPlugin(
  versions: DataVersions | undefined,
  subgraphs: OperationSubgraphs,
  offered: (rc: GraphQLRequestContext<GatewayContext>) => boolean = () => false,
): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse(rc) {
          rc.response.http.headers.set('cache-control', 'no-store');
          const kind = rc.operation?.operation;
          if (kind === 'query') {
            const outcome = rc.metrics.responseCacheHit ? 'HIT' : offered(rc) ? 'MISS' : 'BYPASS';
            rc.response.http.headers.set(CACHE_STATUS_HEADER, outcome);
            responseCacheLookups.inc({ outcome: outcome.toLowerCase() });
          } else if (kind === 'mutation' && versions && rc.document) {
            await versions.bump(subgraphs.of(rc.document, rc.operationName));
          }
        },
      };
    },
  };
}

/**
 * Apollo's KeyValueCache over ioredis, the client the rate limit and the data versions already use.
 * The Keyv adapter (@apollo/utils.keyvadapter with @keyv/redis) would bring a second Redis client for
 * three methods. A failing Redis is a miss (get) or a skipped store (set), never a failed request.
 */
class RedisKeyValueCache implements KeyValueCache {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
    private readonly logger: Logger,
  ) {}

  async get(key: string): Promise<string | undefined> {
    try {
      return (await this.redis.get(this.prefix + key)) ?? undefined;
    } catch (error) {
      this.logger.warn({ err: error }, 'response cache: Redis lookup failed');
      return undefined;
    }
  }

  async set(key: string, value: string, options?: KeyValueCacheSetOptions): Promise<void> {
    // The TTL is in seconds (Apollo's maxAge); an answer without one is not stored at all.
    if (!options?.ttl || options.ttl <= 0) return;
    await this.redis.set(this.prefix + key, value, 'EX', Math.ceil(options.ttl));
  }

  async delete(key: string): Promise<boolean> {
    return (await this.redis.del(this.prefix + key)) > 0;
  }
}
