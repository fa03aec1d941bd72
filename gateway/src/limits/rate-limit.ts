import type { IncomingMessage } from 'node:http';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { HttpError } from '@orebro/http';
import { decodeJwt } from 'jose';

/**
 * A per-client budget of requests per minute. The client is the token's subject when there is one
 * (verified later; an unverifiable token is refused anyway), else the remote address.
 */
export function createRateLimit(perMinute: number) {
  const limiter = new RateLimiterMemory({ points: perMinute, duration: 60 });
  return async (req: IncomingMessage): Promise<void> => {
    try {
      await limiter.consume(clientOf(req));
    } catch (result) {
      if (!(result instanceof RateLimiterRes)) throw result;
      const seconds = Math.ceil(result.msBeforeNext / 1000);
      throw new HttpError(429, 'RATE_LIMITED', `Too many requests from this client: at most ${perMinute} a minute. Try again in ${seconds} s.`, {
        'retry-after': String(seconds),
      });
    }
  };
}

function clientOf(req: IncomingMessage): string {
  const header = req.headers.authorization;
  if (header?.startsWith('Bearer ')) {
    try {
      const sub = decodeJwt(header.slice(7)).sub;
      if (sub) return `sub:${sub}`;
    } catch {
      // Not a JWT: counted by address; the token check refuses it.
    }
  }
  return `ip:${req.socket.remoteAddress ?? 'unknown'}`;
}
