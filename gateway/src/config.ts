import { intFromEnv, metricsPortFromEnv, type Env } from '@orebro/http';
import { authConfigFromEnv, type AuthConfig } from '@orebro/huvudman-auth';
import { kommunCodes } from '@orebro/reference-data';
import type { CircuitOptions, Shard } from '@orebro/sharded-source';
import { appOidcFromEnv, DEFAULT_APP_DIST, type AppOidcConfig } from './app/app-routes';
import { limitsFromEnv, type LimitsConfig } from './request-policies/limits-config';
import { localKommunUrls, localPorts, localUrl } from './local-ports';
import { planExecutionFromEnv, type PlanExecution } from './plan-execution/plan-execution';
import { heapGrowingPercentFromEnv } from './heap-growth';
import { singleMembers } from './members';

export interface GatewayConfig {
  port: number;
  host: string;
  /** METRICS_PORT: the management port serving /metrics (9464 in production); undefined: the public port serves it. */
  metricsPort?: number;
  /** Each single-instance member's URL by its name (`samverkan`, `region`; see members.ts). */
  subgraphUrls: Record<string, string>;
  /** The kommun subgraph's instances, one per kommun code. */
  kommunShards: Shard[];
  /**
   * The kommuner that should each have an instance; one missing from `kommunShards` is answered as
   * unavailable (NOT_CONFIGURED). Default: every kommun of Örebro län. Only a test that runs a subset
   * on purpose narrows it.
   */
  expectedKommuner?: readonly string[];
  shardTimeoutMs: number;
  subgraphTimeoutMs: number;
  bodyLimitBytes: number;
  /** SUBGRAPH_SDL_SECRET: sent when asking a kommun instance for its schema (production subgraphs require it). */
  subgraphSdlSecret?: string;
  /** Per-instance circuit breakers of every subgraph and kommun instance (README, "Resilience"). */
  circuit: CircuitOptions;
  /** How callers' tokens are verified (AUTH_*; see @orebro/huvudman-auth). */
  auth: AuthConfig;
  /** Query limits, rate limits, CORS, the IDE and trusted documents (limits/limits-config.ts). */
  limits: LimitsConfig;
  /** The identity provider the app at `/` signs in against (APP_OIDC_*), null when anonymous only. */
  appOidc: AppOidcConfig | null;
  /** APP_DIST: the built app served at `/`. */
  appDist: string;
  /** LOG_LEVEL: the pino level of the gateway's logs. */
  logLevel: string;
  /** RESPONSE_CACHE: the cache of anonymous public answers (README, "Response cache"); default on, `off` turns it off. */
  responseCache?: boolean;
  /** GATEWAY_PLAN_EXECUTION: `fast` (default) or `apollo`, Apollo Gateway's own executor, to compare (plan-execution/plan-execution.ts). */
  planExecution?: PlanExecution;
  /** GATEWAY_HEAP_GROWING_PERCENT: how far the heap grows between full collections (default 150: 2.5 × the live size; 0: V8's own factor; heap-growth.ts). */
  heapGrowingPercent?: number;
}

/**
 * Reads the gateway's whole configuration from `env` (the entry point passes `process.env`; nothing
 * else in the gateway reads the environment); defaults are the local `npm start` layout.
 */
export function configFromEnv(env: Env): GatewayConfig {
  const port = intFromEnv(env, 'PORT', localPorts.gateway);
  return {
    port,
    host: env.HOST ?? '127.0.0.1',
    metricsPort: metricsPortFromEnv(env, port),
    subgraphUrls: Object.fromEntries(singleMembers.map((m) => [m.name, url(m.urlVariable, env[m.urlVariable] ?? localUrl(m.localPort))])),
    kommunShards: parseShardList(env.KOMMUN_URLS ?? localKommunUrls()),
    shardTimeoutMs: intFromEnv(env, 'SHARD_TIMEOUT_MS', 5_000),
    subgraphTimeoutMs: intFromEnv(env, 'SUBGRAPH_TIMEOUT_MS', 10_000),
    bodyLimitBytes: intFromEnv(env, 'BODY_LIMIT_BYTES', 100_000),
    subgraphSdlSecret: env.SUBGRAPH_SDL_SECRET || undefined,
    responseCache: switchFromEnv(env, 'RESPONSE_CACHE', true),
    planExecution: planExecutionFromEnv(env.GATEWAY_PLAN_EXECUTION),
    heapGrowingPercent: heapGrowingPercentFromEnv(env.GATEWAY_HEAP_GROWING_PERCENT),
    circuit: {
      failures: intFromEnv(env, 'CIRCUIT_FAILURES', 3),
      coolDownMs: intFromEnv(env, 'CIRCUIT_COOL_DOWN_MS', 10_000),
      readRetries: intFromEnv(env, 'READ_RETRIES', 1),
    },
    auth: authConfigFromEnv(env),
    limits: limitsFromEnv(env),
    appOidc: appOidcFromEnv(env),
    appDist: env.APP_DIST || DEFAULT_APP_DIST,
    logLevel: env.LOG_LEVEL || 'info',
  };
}

/**
 * `1814=http://host:4814/graphql,1860=...`: every entry a known kommun code, none twice, separated by
 * commas. Another separator (`;`, a space, a newline) would otherwise hide the next entries inside the
 * first one's URL, leaving those kommuner silently unconfigured: it is refused, naming the variable.
 */
export function parseShardList(text: string): Shard[] {
  const misplaced = /(?<![,\s])([;|\s])\s*\d+\s*=/.exec(text.trim());
  if (misplaced) {
    const separator = misplaced[1] === ';' || misplaced[1] === '|' ? `"${misplaced[1]}"` : 'white space';
    throw new Error(
      `Invalid configuration: KOMMUN_URLS separates its entries with ${separator}; separate them with commas: 1814=http://host/graphql,1860=http://host/graphql.`,
    );
  }
  const shards = text
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map((entry) => {
      const at = entry.indexOf('=');
      const key = entry.slice(0, at).trim();
      if (at < 1 || !kommunCodes.includes(key)) {
        throw new Error(
          `Invalid configuration: KOMMUN_URLS entry "${entry}" must be <kommun code>=<url> with a code of Örebro län (${kommunCodes.join(', ')}).`,
        );
      }
      const value = entry.slice(at + 1).trim();
      if (/=\s*https?:/.test(value)) throw new Error(`Invalid configuration: KOMMUN_URLS entry "${entry}" holds two entries; separate them with commas.`);
      if (value.includes(';')) throw new Error(`Invalid configuration: KOMMUN_URLS entry "${entry}" holds a ";"; separate entries with commas.`);
      return { key, url: url(`KOMMUN_URLS (${key})`, value) };
    });
  const seen = new Set<string>();
  const byUrl = new Map<string, string>();
  for (const shard of shards) {
    if (seen.has(shard.key)) throw new Error(`Invalid configuration: KOMMUN_URLS lists kommun ${shard.key} twice.`);
    seen.add(shard.key);
    // One instance serves one kommun: the same URL for two kommuner is a copy-paste mistake.
    const other = byUrl.get(shard.url);
    if (other)
      throw new Error(
        `Invalid configuration: KOMMUN_URLS gives kommun ${other} and kommun ${shard.key} the same URL (${shard.url}); each kommun has its own instance.`,
      );
    byUrl.set(shard.url, shard.key);
  }
  if (shards.length === 0) throw new Error('Invalid configuration: KOMMUN_URLS lists no kommun instance.');
  return shards;
}

/** `on`/`off` (also true/false, 1/0); anything else is refused, naming the variable. */
function switchFromEnv(env: Env, name: string, fallback: boolean): boolean {
  const value = env[name]?.trim().toLowerCase();
  if (!value) return fallback;
  if (['on', 'true', '1'].includes(value)) return true;
  if (['off', 'false', '0'].includes(value)) return false;
  throw new Error(`Invalid configuration: ${name} must be on or off, got "${env[name]}".`);
}

function url(name: string, value: string): string {
  if (!/^https?:\/\/[^\s]+$/.test(value)) throw new Error(`Invalid configuration: ${name} must be an http(s) URL, got "${value}".`);
  return value;
}
