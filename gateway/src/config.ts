import { intFromEnv } from '@orebro/http';
import { kommunCodes } from '@orebro/reference-data';
import type { Shard } from '@orebro/sharded-source';
import { localKommunUrls, localPorts, localUrl } from './local-ports';

export interface GatewayConfig {
  port: number;
  host: string;
  samverkanUrl: string;
  regionUrl: string;
  /** The kommun subgraph's instances, one per kommun code. */
  kommunShards: Shard[];
  shardTimeoutMs: number;
  subgraphTimeoutMs: number;
  bodyLimitBytes: number;
  /** SUBGRAPH_SDL_SECRET: sent when asking a kommun instance for its schema (production subgraphs require it). */
  subgraphSdlSecret?: string;
}

/** Reads the gateway's configuration; defaults are the local `npm start` layout. */
export function configFromEnv(env: NodeJS.ProcessEnv = process.env): GatewayConfig {
  return {
    port: intFromEnv('PORT', localPorts.gateway),
    host: env.HOST ?? '127.0.0.1',
    samverkanUrl: url('SAMVERKAN_URL', env.SAMVERKAN_URL ?? localUrl(localPorts.samverkan)),
    regionUrl: url('REGION_URL', env.REGION_URL ?? localUrl(localPorts.region)),
    kommunShards: parseShardList(env.KOMMUN_URLS ?? localKommunUrls()),
    shardTimeoutMs: intFromEnv('SHARD_TIMEOUT_MS', 5_000),
    subgraphTimeoutMs: intFromEnv('SUBGRAPH_TIMEOUT_MS', 10_000),
    bodyLimitBytes: intFromEnv('BODY_LIMIT_BYTES', 100_000),
    subgraphSdlSecret: env.SUBGRAPH_SDL_SECRET || undefined,
  };
}

/** `1814=http://host:4814/graphql,1860=...`: every entry a known kommun code, none twice. */
export function parseShardList(text: string): Shard[] {
  const shards = text
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map((entry) => {
      const at = entry.indexOf('=');
      const key = entry.slice(0, at).trim();
      if (at < 1 || !kommunCodes.includes(key)) {
        throw new Error(`Invalid configuration: KOMMUN_URLS entry "${entry}" must be <kommun code>=<url> with a code of Örebro län (${kommunCodes.join(', ')}).`);
      }
      return { key, url: url(`KOMMUN_URLS (${key})`, entry.slice(at + 1).trim()) };
    });
  const seen = new Set<string>();
  for (const shard of shards) {
    if (seen.has(shard.key)) throw new Error(`Invalid configuration: KOMMUN_URLS lists kommun ${shard.key} twice.`);
    seen.add(shard.key);
  }
  if (shards.length === 0) throw new Error('Invalid configuration: KOMMUN_URLS lists no kommun instance.');
  return shards;
}

function url(name: string, value: string): string {
  if (!/^https?:\/\/[^\s]+$/.test(value)) throw new Error(`Invalid configuration: ${name} must be an http(s) URL, got "${value}".`);
  return value;
}
