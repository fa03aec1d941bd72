import type { Redis } from 'ioredis';
import type { Logger } from '@orebro/http';

/**
 * Logs a Redis client's outage once when it begins and once when it ends. ioredis reconnects by
 * itself (its default strategy waits longer each time, at most 2 s) and emits 'error' on every failed
 * attempt: logging each one wrote a warning per attempt for as long as Redis was away.
 */
export function logRedisOutages(redis: Redis, logger: Logger | undefined, unreachable: string): void {
  let down = false;
  redis.on('error', (error: Error) => {
    if (down) return;
    down = true;
    logger?.warn({ err: error }, unreachable);
  });
  redis.on('ready', () => {
    if (!down) return;
    down = false;
    logger?.info(`${unreachable.split(':')[0]}: Redis reachable again`);
  });
}
