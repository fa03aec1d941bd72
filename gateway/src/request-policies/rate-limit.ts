import type { IncomingMessage } from 'node:http';
import { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { HttpError, rateLimitRefusals, type Logger } from '@orebro/http';
import type { Caller } from '@orebro/huvudman-auth';
import { logRedisOutages } from '../redis-outages';

export interface RateLimitOptions {
  /** Requests per client per minute. */
  perMinute: number;
  /** Redis URL: the budgets are shared by every gateway using the same Redis and prefix. */
  redisUrl?: string;
  /** Prefix of the Redis keys (`<prefix>:rate:` is used); tests use their own. */
  keyPrefix?: string;
  logger?: Logger;
}

export interface RateLimit {
  /**
   * Counts one request of the client against its budget.
   * @param caller the caller as the gateway verified its token, or undefined when the token failed
   *   (or there was none): only a verified subject has a budget of its own; anything else counts
   *   against the address it came from, so a forged token can neither spend a real user's budget
   *   nor escape the address's by naming a fresh subject each time.
   * @throws HttpError 429 RATE_LIMITED with Retry-After when the budget is spent.
   */
  consume(req: IncomingMessage, caller: Caller | undefined): Promise<void>;
  close(): Promise<void>;
}

/**
 * A budget of requests per client per minute (rate-limiter-flexible): in this process's memory, or
 * in Redis when `redisUrl` is set, so that every replica of the gateway spends the same budget.
 * Should Redis be unreachable, each replica falls back to its own memory (the library's insurance
 * limiter) rather than refusing every request or letting every request through.
 */
export async function createRateLimit(options: RateLimitOptions): Promise<RateLimit> {
  const { perMinute } = options;
  const budget = { points: perMinute, duration: 60 };
  let limiter: RateLimiterAbstract;
  let redis: Redis | undefined;
  if (options.redisUrl) {
    // No offline queue: while Redis is away a request is counted by the insurance limiter at once
    // instead of waiting for a reconnection.
    redis = new Redis(options.redisUrl, { enableOfflineQueue: false, lazyConnect: true, maxRetriesPerRequest: 1 });
    logRedisOutages(redis, options.logger, 'rate limit: Redis unreachable, counting in memory');
    await redis.connect().catch(() => undefined);
    limiter = new RateLimiterRedis({
      ...budget,
      storeClient: redis,
      keyPrefix: `${options.keyPrefix ?? 'orebro-gateway'}:rate`,
      rejectIfRedisNotReady: true,
      insuranceLimiter: new RateLimiterMemory(budget),
    });
  } else {
    limiter = new RateLimiterMemory(budget);
  }
  return {
    async consume(req, caller) {
      try {
        await limiter.consume(callerKey(req, caller));
      } catch (result) {
        if (!(result instanceof RateLimiterRes)) throw result;
        rateLimitRefusals.inc({ caller: caller?.kind === 'authenticated' ? 'verified' : 'anonymous' });
        const seconds = Math.max(1, Math.ceil(result.msBeforeNext / 1000));
        throw new HttpError(429, 'RATE_LIMITED', `Too many requests from this client: at most ${perMinute} a minute. Try again in ${seconds} s.`, {
          'retry-after': String(seconds),
        });
      }
    },
    async close() {
      if (redis) await redis.quit().catch(() => redis!.disconnect());
    },
  };
}

/**
 * The key a client's budgets are counted under (requests a minute here, subscription connections at
 * once in federation-http-server.ts): the verified subject, else the address the request came from.
 */
export function callerKey(req: IncomingMessage, caller: Caller | undefined): string {
  if (caller?.kind === 'authenticated') return `sub:${caller.subject}`;
  return `ip:${req.socket.remoteAddress ?? 'unknown'}`;
}
