import { intFromEnv, type Env } from '@orebro/http';

export interface LimitsConfig {
  maxDepth: number;
  maxAliases: number;
  maxCost: number;
  maxTokens: number;
  maxDirectives: number;
  /** Requests per client (token subject, else address) per minute. */
  ratePerMinute: number;
  introspection: boolean;
  ide: boolean;
  /** Origins a browser may call from; empty allows none cross-origin. */
  corsOrigins: string[];
  /** Path of an Apollo persisted-query manifest; when set, only its operations are served. */
  trustedDocumentsFile?: string;
}

/** Defaults are generous for development; NODE_ENV=production turns introspection and the IDE off. */
export function limitsFromEnv(env: Env = process.env): LimitsConfig {
  const production = env.NODE_ENV === 'production';
  return {
    maxDepth: intFromEnv(env, 'MAX_DEPTH', 12),
    maxAliases: intFromEnv(env, 'MAX_ALIASES', 20),
    maxCost: intFromEnv(env, 'MAX_COST', 10_000),
    maxTokens: intFromEnv(env, 'MAX_TOKENS', 3_000),
    maxDirectives: intFromEnv(env, 'MAX_DIRECTIVES', 20),
    ratePerMinute: intFromEnv(env, 'RATE_LIMIT_PER_MINUTE', 1_200),
    introspection: flag(env.INTROSPECTION, !production, 'INTROSPECTION'),
    ide: flag(env.IDE, !production, 'IDE'),
    corsOrigins: (env.CORS_ORIGINS ?? '').split(',').map((o) => o.trim()).filter(Boolean),
    trustedDocumentsFile: env.TRUSTED_DOCUMENTS || undefined,
  };
}

function flag(raw: string | undefined, fallback: boolean, name: string): boolean {
  if (raw === undefined || raw === '') return fallback;
  if (raw === 'true' || raw === 'false') return raw === 'true';
  throw new Error(`Invalid configuration: ${name} must be true or false, got "${raw}".`);
}
