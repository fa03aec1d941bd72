import { request as httpRequest, type IncomingMessage, type ClientRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { Redis } from 'ioredis';
import type { Logger } from '@orebro/http';
import { SDL_SECRET_HEADER } from '@orebro/query-limits';
import { CHANGES_PATH, changesChannel, dataVersionKey, newDataVersion, type ChangeSignal } from '@orebro/subgraph-kit/src/change-protocol';
import { logRedisOutages } from '../redis-outages';

/**
 * The current version of each subgraph's data, as this gateway knows it. A cached answer is stored and
 * looked up under the versions of the subgraphs it depends on, so a committed write (a new version) makes
 * every answer made before it unreachable at once; it then ages out of the cache by its TTL. A subgraph
 * whose changes this gateway is not following right now has no version: answers depending on it are
 * neither read from nor written to the cache (a write could go unnoticed).
 */
export interface DataVersions {
  /** The versions of `subgraphs`, or undefined when any of them is not followed right now. */
  versionsOf(subgraphs: readonly string[]): Record<string, string> | undefined;
  /** A write went through this gateway: new versions now, before its answer is sent (read your writes). */
  bump(subgraphs: readonly string[]): Promise<void>;
  close(): Promise<void>;
}

/** How long to wait before following a change stream again: doubling from `firstMs` per failure in a row, up to `maxMs`. */
export interface ReconnectBackoff {
  firstMs: number;
  maxMs: number;
}

/**
 * A stream that is refused (a wrong or missing SUBGRAPH_SDL_SECRET) or unreachable stays so for a
 * while: asking once a second for ever only adds load and log lines. Half a minute at most keeps a
 * returning instance cached again soon.
 */
export const DEFAULT_RECONNECT_BACKOFF: ReconnectBackoff = { firstMs: 1_000, maxMs: 30_000 };

/** The wait before the next attempt after `failures` failed ones in a row (1, 2, 4 ... seconds, capped). */
export function reconnectDelay(failures: number, backoff: ReconnectBackoff = DEFAULT_RECONNECT_BACKOFF): number {
  return Math.min(backoff.maxMs, backoff.firstMs * 2 ** Math.max(0, Math.min(failures - 1, 30)));
}

/** What an instance's change stream is doing, so a log line is written when it changes, not per attempt. */
type StreamState = 'following' | 'refused' | 'unreachable' | 'starting';

/** Where the versions are kept: this process's memory, or Redis shared by every replica. */
export interface VersionStore {
  get(subgraph: string): string | undefined;
  /** Sets (and with Redis, shares) a subgraph's version. */
  set(subgraph: string, version: string): Promise<void>;
  /** False while the store may have missed a version (Redis subscription down). */
  ready(): boolean;
  close(): Promise<void>;
}

/** The versions in this process only: each gateway replica then has its own cache. */
export class MemoryVersionStore implements VersionStore {
  private readonly versions = new Map<string, string>();
  get(subgraph: string): string | undefined {
    return this.versions.get(subgraph);
  }
  async set(subgraph: string, version: string): Promise<void> {
    this.versions.set(subgraph, version);
  }
  ready(): boolean {
    return true;
  }
  async close(): Promise<void> {}
}

/**
 * Every instance's `/_changes` stream (a subgraph-kit ChangeBroadcaster), followed by each gateway
 * replica, with or without Redis (a subgraph need not reach Redis to be heard). A subgraph counts as
 * followed while the streams of all its instances are open; opening one gives the subgraph a new
 * version (what happened while it was closed is unknown). A change's version is the one its subgraph
 * made, so replicas storing it in shared Redis all store the same value.
 *
 * The client is hand-written: Node 20 has no EventSource, and the `eventsource` package would need a
 * custom fetch for the secret header; reading `data:` lines of one long response is all it takes.
 */
export class FollowedDataVersions implements DataVersions {
  private readonly open = new Map<string, Set<string>>();
  private readonly requests = new Set<ClientRequest>();
  private readonly timers = new Set<NodeJS.Timeout>();
  /** Per instance URL: failed attempts in a row, and its state as last logged. */
  private readonly failures = new Map<string, number>();
  private readonly states = new Map<string, StreamState>();
  private closed = false;

  constructor(
    /** Subgraph name → the GraphQL URL of each of its instances. */
    private readonly instances: Record<string, readonly string[]>,
    private readonly secret: string | undefined,
    private readonly logger: Logger,
    private readonly store: VersionStore = new MemoryVersionStore(),
    private readonly backoff: ReconnectBackoff = DEFAULT_RECONNECT_BACKOFF,
  ) {
    for (const [subgraph, urls] of Object.entries(instances)) {
      this.open.set(subgraph, new Set());
      for (const url of urls) this.follow(subgraph, url);
    }
  }

  versionsOf(subgraphs: readonly string[]): Record<string, string> | undefined {
    if (!this.store.ready()) return undefined;
    const result: Record<string, string> = {};
    for (const subgraph of subgraphs) {
      const version = this.isFollowed(subgraph) ? this.store.get(subgraph) : undefined;
      if (version === undefined) return undefined;
      result[subgraph] = version;
    }
    return result;
  }

  async bump(subgraphs: readonly string[]): Promise<void> {
    await Promise.all(subgraphs.map((subgraph) => this.store.set(subgraph, newDataVersion())));
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const timer of this.timers) clearTimeout(timer);
    for (const req of this.requests) req.destroy();
    await this.store.close();
  }

  private isFollowed(subgraph: string): boolean {
    const urls = this.instances[subgraph];
    return urls !== undefined && this.open.get(subgraph)!.size === urls.length;
  }

  private follow(subgraph: string, url: string): void {
    if (this.closed) return;
    const target = new URL(CHANGES_PATH, url);
    const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
    const headers: Record<string, string> = { accept: 'text/event-stream', ...(this.secret ? { [SDL_SECRET_HEADER]: this.secret } : {}) };
    const req = send(target, { headers });
    this.requests.add(req);
    let following = false;
    let settled = false;
    const lost = () => {
      if (settled) return;
      settled = true;
      this.requests.delete(req);
      following = false;
      this.open.get(subgraph)!.delete(url);
      this.failures.set(url, (this.failures.get(url) ?? 0) + 1);
      this.retry(subgraph, url);
    };
    req.on('error', (error) => {
      this.changed(url, 'unreachable', () =>
        this.logger.warn(
          { subgraph, url: target.origin, err: error },
          'response cache: the change stream is unreachable; not caching its data until followed again (retrying with backoff)',
        ),
      );
      lost();
    });
    req.on('response', (res: IncomingMessage) => {
      if (res.statusCode !== 200) {
        const status = res.statusCode;
        this.changed(url, 'refused', () =>
          this.logger.warn(
            { subgraph, url: target.origin, status },
            status === 401 || status === 403
              ? 'response cache: the change stream was refused; set SUBGRAPH_SDL_SECRET on the gateway to the value its subgraphs have (retrying with backoff; not caching its data meanwhile)'
              : 'response cache: the change stream was refused (retrying with backoff; not caching its data meanwhile)',
          ),
        );
        res.resume();
        res.on('end', lost);
        res.on('close', lost);
        return;
      }
      res.setEncoding('utf8');
      let buffered = '';
      res.on('data', (chunk: string) => {
        buffered += chunk;
        let end: number;
        while ((end = buffered.indexOf('\n\n')) !== -1) {
          const event = buffered.slice(0, end);
          buffered = buffered.slice(end + 2);
          const type = /^event: (.*)$/m.exec(event)?.[1] ?? 'message';
          const data = /^data: (.*)$/m.exec(event)?.[1];
          if (data === undefined) continue; // a heartbeat comment
          if (type === 'following') {
            following = true;
            this.failures.delete(url);
            this.changed(url, 'following', (before) => {
              if (before !== 'starting') this.logger.info({ subgraph, url: target.origin }, 'response cache: following the change stream again');
            });
            this.open.get(subgraph)!.add(url);
            void this.store.set(subgraph, newDataVersion());
          } else {
            const signal = parseSignal(data);
            // Already known when the subgraph published it to Redis too, or another replica stored it.
            if (signal && this.store.get(subgraph) !== signal.version) void this.store.set(subgraph, signal.version);
          }
        }
      });
      res.on('close', () => {
        if (following) {
          this.changed(url, 'unreachable', () =>
            this.logger.warn({ subgraph, url: target.origin }, 'response cache: change stream lost; not caching its data until followed again'),
          );
        }
        lost();
      });
    });
    req.end();
  }

  /** Runs `log` only when the instance's stream moves to another state: one line per outage, not per attempt. */
  private changed(url: string, state: StreamState, log: (before: StreamState) => void): void {
    const before = this.states.get(url) ?? 'starting';
    if (before === state) return;
    this.states.set(url, state);
    log(before);
  }

  private retry(subgraph: string, url: string): void {
    if (this.closed) return;
    const timer = setTimeout(
      () => {
        this.timers.delete(timer);
        this.follow(subgraph, url);
      },
      reconnectDelay(this.failures.get(url) ?? 1, this.backoff),
    );
    timer.unref();
    this.timers.add(timer);
  }
}

/**
 * With Redis: the versions are kept there and every change is published on one channel, by the
 * subgraphs themselves (subgraph-kit ChangeBroadcaster, when they have REDIS_URL) and by each replica
 * (what its streams told it, and its own writes), so every replica uses the same versions and therefore
 * shares the cached answers. Ready while the subscription is up; on (re)subscribing the versions are read again.
 */
export class RedisVersionStore implements VersionStore {
  private readonly versions = new Map<string, string>();
  private subscribed = false;

  private constructor(
    private readonly commands: Redis,
    private readonly subscriber: Redis,
    private readonly subgraphs: readonly string[],
    private readonly keyPrefix: string,
    private readonly logger: Logger,
  ) {}

  static async connect(redisUrl: string, keyPrefix: string, subgraphs: readonly string[], logger: Logger): Promise<RedisVersionStore> {
    const commands = new Redis(redisUrl, { enableOfflineQueue: false, lazyConnect: true, maxRetriesPerRequest: 1 });
    const subscriber = new Redis(redisUrl, { lazyConnect: true });
    for (const client of [commands, subscriber]) logRedisOutages(client, logger, 'response cache: Redis unreachable');
    const versions = new RedisVersionStore(commands, subscriber, subgraphs, keyPrefix, logger);
    subscriber.on('message', (_channel: string, text: string) => versions.received(text));
    subscriber.on('close', () => {
      versions.subscribed = false;
    });
    // ioredis subscribes again after a reconnect; what was published meanwhile is read back then.
    subscriber.on('ready', () => void versions.resubscribed());
    await commands.connect().catch(() => undefined);
    await subscriber.connect().catch(() => undefined);
    await versions.resubscribed();
    return versions;
  }

  get(subgraph: string): string | undefined {
    return this.versions.get(subgraph);
  }

  ready(): boolean {
    return this.subscribed;
  }

  async set(subgraph: string, version: string): Promise<void> {
    this.versions.set(subgraph, version);
    const signal: ChangeSignal = { subgraph, entities: [], version, at: new Date().toISOString() };
    await this.commands
      .multi()
      .set(dataVersionKey(this.keyPrefix, subgraph), version)
      .publish(changesChannel(this.keyPrefix), JSON.stringify(signal))
      .exec()
      .catch((error: unknown) => {
        // The other replicas were not told: stop caching until the subscription is back and has read again.
        this.subscribed = false;
        this.logger.error({ err: error }, 'response cache: could not share a new data version in Redis');
      });
  }

  async close(): Promise<void> {
    await Promise.all([this.commands, this.subscriber].map((c) => c.quit().catch(() => c.disconnect())));
  }

  private received(text: string): void {
    const signal = parseSignal(text);
    if (!signal) return;
    this.versions.set(signal.subgraph, signal.version);
    for (const touched of this.reading) touched.add(signal.subgraph);
  }

  /** Per read of the versions in progress, the subgraphs told a new version meanwhile: the message is newer than the read. */
  private readonly reading = new Set<Set<string>>();
  private queue: Promise<void> = Promise.resolve();

  /** One read at a time ('ready' and connect may ask together). */
  private resubscribed(): Promise<void> {
    this.queue = this.queue.then(() => this.readVersions());
    return this.queue;
  }

  private async readVersions(): Promise<void> {
    const touched = new Set<string>();
    this.reading.add(touched);
    try {
      if (this.subscriber.status !== 'ready') return;
      await this.subscriber.subscribe(changesChannel(this.keyPrefix));
      const keys = this.subgraphs.map((s) => dataVersionKey(this.keyPrefix, s));
      // A subgraph that never wrote gets a version now (NX: the first replica's wins), never a fixed
      // "initial" one that entries made before an evicted key could also carry.
      for (const key of keys) await this.commands.set(key, newDataVersion(), 'NX');
      const values = await this.commands.mget(...keys);
      this.subgraphs.forEach((subgraph, i) => {
        if (!touched.has(subgraph) && values[i]) this.versions.set(subgraph, values[i]!);
      });
      this.subscribed = this.subgraphs.every((s) => this.versions.has(s));
    } catch (error) {
      this.subscribed = false;
      this.logger.warn({ err: error }, 'response cache: could not follow the subgraphs’ changes in Redis; not caching');
    } finally {
      this.reading.delete(touched);
    }
  }
}

function parseSignal(text: string): ChangeSignal | undefined {
  try {
    const value = JSON.parse(text) as Partial<ChangeSignal>;
    return typeof value.subgraph === 'string' && typeof value.version === 'string' ? (value as ChangeSignal) : undefined;
  } catch {
    return undefined;
  }
}
