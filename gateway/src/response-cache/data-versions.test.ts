import { createServer, type Server, type ServerResponse } from 'node:http';
import { pino } from 'pino';
import { Redis } from 'ioredis';
import { FollowedDataVersions, reconnectDelay } from './data-versions';
import { logRedisOutages } from '../redis-outages';

/** A logger that keeps what it writes, to count the lines an outage produces. */
function keptLogger() {
  const lines: { level: number; msg: string; status?: number }[] = [];
  const logger = pino({ level: 'info' }, { write: (line: string) => void lines.push(JSON.parse(line) as (typeof lines)[number]) });
  return { logger, lines };
}

/** A port nothing listens on: one the system gave out and took back. */
async function closedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 10));
}

describe('following a change stream again', () => {
  it('waits twice as long after each failure in a row, up to the cap', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 40].map((failures) => reconnectDelay(failures))).toEqual([1000, 2000, 4000, 8000, 16000, 30000, 30000, 30000]);
    expect([1, 2, 3, 4].map((failures) => reconnectDelay(failures, { firstMs: 10, maxMs: 25 }))).toEqual([10, 20, 25, 25]);
  });

  describe('a stream the subgraph refuses (no or a wrong SUBGRAPH_SDL_SECRET)', () => {
    let server: Server;
    let refuse = true;
    let attempts = 0;
    const streams = new Set<ServerResponse>();
    beforeAll(async () => {
      server = createServer((_req, res) => {
        attempts += 1;
        if (refuse) return void res.writeHead(403, { 'content-type': 'application/json' }).end('{"error":"The change stream is served to the gateway only."}');
        streams.add(res);
        res.writeHead(200, { 'content-type': 'text/event-stream' }).write('event: following\ndata: {}\n\n');
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    });
    afterAll(async () => {
      for (const res of streams) res.destroy();
      await new Promise((resolve) => server.close(resolve));
    });

    it('is logged once, naming SUBGRAPH_SDL_SECRET, however often it is tried; following again is logged once', async () => {
      const { logger, lines } = keptLogger();
      const { port } = server.address() as { port: number };
      const versions = new FollowedDataVersions({ kommun: [`http://127.0.0.1:${port}/graphql`] }, undefined, logger, undefined, { firstMs: 5, maxMs: 20 });
      try {
        await until(() => attempts >= 6);
        const refusals = lines.filter((l) => /refused/.test(l.msg));
        expect(refusals).toEqual([expect.objectContaining({ level: 40, status: 403, msg: expect.stringContaining('set SUBGRAPH_SDL_SECRET') })]);
        expect(versions.versionsOf(['kommun'])).toBeUndefined();

        refuse = false;
        await until(() => versions.versionsOf(['kommun']) !== undefined);
        expect(lines.filter((l) => /following the change stream again/.test(l.msg))).toHaveLength(1);
      } finally {
        await versions.close();
      }
    });
  });
});

describe('a Redis client while Redis is away', () => {
  it('logs the outage once, not on every reconnect attempt', async () => {
    const { logger, lines } = keptLogger();
    const redis = new Redis(`redis://127.0.0.1:${await closedPort()}`, { lazyConnect: true, enableOfflineQueue: false, retryStrategy: () => 5 });
    logRedisOutages(redis, logger, 'rate limit: Redis unreachable, counting in memory');
    let reconnects = 0;
    redis.on('reconnecting', () => (reconnects += 1));
    await redis.connect().catch(() => undefined);
    try {
      await until(() => reconnects >= 5);
      expect(lines.map((l) => [l.level, l.msg])).toEqual([[40, 'rate limit: Redis unreachable, counting in memory']]);
    } finally {
      redis.disconnect();
    }
  });
});
