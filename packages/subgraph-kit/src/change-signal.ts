import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Redis } from 'ioredis';
import type { Logger, Route } from '@orebro/http';
import { SDL_SECRET_HEADER, type SdlAccess } from '@orebro/query-limits';
import { onCommittedChanges, type CommittedChange } from './committed-changes';
import { CHANGES_PATH, changesChannel, dataVersionKey, newDataVersion, type ChangeSignal } from './change-protocol';

export { CHANGES_PATH, changesChannel, dataVersionKey, newDataVersion, type ChangeSignal };

export interface ChangeBroadcasterOptions {
  subgraph: string;
  shardKey?: string;
  /** REDIS_URL: publish there too. */
  redisUrl?: string;
  /** REDIS_KEY_PREFIX, the same as the gateway's (default `orebro-gateway`). */
  keyPrefix: string;
  /** Who may follow the stream: the same rule as `_service`. */
  access: SdlAccess;
  logger: Logger;
}

/** A heartbeat comment keeps proxies from closing an idle stream and lets the gateway notice a dead one. */
const HEARTBEAT_MS = 15_000;

/** The kit's own records (see `committed`). */
const BOOKKEEPING = new Set(['AuditRecord', 'IdempotentWrite']);

/** Carries this process's committed writes to the gateways (see the module comment). */
export class ChangeBroadcaster {
  private readonly streams = new Set<ServerResponse>();
  private readonly redis?: Redis;
  private readonly unsubscribe: () => void;
  private readonly heartbeat: NodeJS.Timeout;

  constructor(private readonly options: ChangeBroadcasterOptions) {
    if (options.redisUrl) {
      // Required only with REDIS_URL: without it (npm start, tests) no instance carries the client (~1 MB of heap each).
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- deliberately lazy, see above
      const { Redis } = require('ioredis') as typeof import('ioredis');
      this.redis = new Redis(options.redisUrl, { lazyConnect: false, maxRetriesPerRequest: 3 });
      this.redis.on('error', (error) => options.logger.warn({ err: error }, 'change signal: Redis unreachable'));
    }
    this.unsubscribe = onCommittedChanges((changes) => this.committed(changes));
    this.heartbeat = setInterval(() => {
      for (const res of this.streams) res.write(': heartbeat\n\n');
    }, HEARTBEAT_MS).unref();
  }

  /** The CHANGES_PATH route: a text/event-stream of ChangeSignal, one `data:` line each. */
  readonly route: Route = (req: IncomingMessage, res: ServerResponse) => {
    if (!this.mayFollow(req)) {
      res.writeHead(403, { 'content-type': 'application/json' }).end(JSON.stringify({ error: 'The change stream is served to the gateway only.' }));
      return;
    }
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', 'x-accel-buffering': 'no' });
    // The first event says the gateway is now following: whatever it missed before is covered by a new version.
    res.write(`event: following\ndata: ${JSON.stringify({ subgraph: this.options.subgraph, shardKey: this.options.shardKey })}\n\n`);
    this.streams.add(res);
    req.on('close', () => this.streams.delete(res));
  };

  /** Ends every open stream (before the server closes, which waits for open responses) and the Redis client. */
  async close(): Promise<void> {
    this.unsubscribe();
    clearInterval(this.heartbeat);
    for (const res of this.streams) res.end();
    this.streams.clear();
    if (this.redis) await this.redis.quit().catch(() => this.redis!.disconnect());
  }

  private committed(changes: CommittedChange[]): void {
    const { subgraph, shardKey } = this.options;
    // One process serves one subgraph instance; a feed shared by several (tests) names the owner. The
    // audit log and idempotency records are written after reads too, and no cached answer holds them
    // (the audit log is PRIVATE): they would only empty the cache on every audited read.
    const ours = changes.filter(
      (c) => c.subgraph === subgraph && (shardKey === undefined || c.shardKey === undefined || c.shardKey === shardKey) && !BOOKKEEPING.has(c.entity),
    );
    if (ours.length === 0) return;
    const signal: ChangeSignal = {
      subgraph,
      ...(shardKey === undefined ? {} : { shardKey }),
      entities: [...new Set(ours.map((c) => c.entity))],
      version: newDataVersion(),
      at: ours[0].at.toISOString(),
    };
    const text = JSON.stringify(signal);
    for (const res of this.streams) res.write(`data: ${text}\n\n`);
    if (this.redis) {
      const { keyPrefix } = this.options;
      this.redis
        .multi()
        .set(dataVersionKey(keyPrefix, subgraph), signal.version)
        .publish(changesChannel(keyPrefix), text)
        .exec()
        .catch((error: unknown) => this.options.logger.error({ err: error }, 'change signal: could not publish a committed write to Redis'));
    }
  }

  private mayFollow(req: IncomingMessage): boolean {
    const { secret, openWithoutSecret } = this.options.access;
    if (!secret) return openWithoutSecret;
    const sent = Buffer.from(String(req.headers[SDL_SECRET_HEADER] ?? ''));
    const expected = Buffer.from(secret);
    return sent.length === expected.length && timingSafeEqual(sent, expected);
  }
}
