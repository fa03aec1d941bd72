import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { JSONWebKeySet } from 'jose';

export interface AuthConfig {
  issuer: string;
  audience: string;
  algorithms: string[];
  /**
   * Where the signing keys come from: the identity provider's discovery document (its `jwks_uri`), a
   * JWKS URL given directly, or a local key set.
   */
  keys: { kind: 'discovery'; discoveryUrl: string } | { kind: 'remote'; url: string } | { kind: 'local'; jwks: JSONWebKeySet };
  /** Claim names (a dotted path reaches into an object, e.g. `realm_access.roles`). */
  claims: { huvudman: string; roles: string };
  /** Remote key sets: least time between two fetches (ms), and how long a fetched set is trusted (ms). */
  jwksCooldownMs: number;
  jwksCacheMaxAgeMs: number;
  /** How long a token that verified is taken as verified again without checking its signature (ms); 0: every time. */
  verifiedTokenTtlMs: number;
}

export const DEVELOPMENT_ISSUER = 'urn:orebro-lan:development-identity';
export const DEFAULT_AUDIENCE = 'orebro-lan-graph';
const DEVELOPMENT_JWKS = join(__dirname, 'dev-keys', 'development-jwks.json');
const DEVELOPMENT_KID = 'orebro-development-key-1';

/**
 * Reads the identity provider's configuration:
 * - AUTH_ISSUER: the issuer URL. Its discovery document (`<issuer>/.well-known/openid-configuration`,
 *   or AUTH_DISCOVERY_URL where the service reaches the provider by another address) gives the JWKS URL.
 * - AUTH_JWKS_URL or AUTH_JWKS_FILE: keys given directly instead (no discovery).
 * - AUTH_AUDIENCE (orebro-lan-graph), AUTH_ALGORITHMS (ES256,RS256).
 * - AUTH_CLAIM_HUVUDMAN (huvudman), AUTH_CLAIM_ROLES (roles): claim names, dotted paths allowed.
 * - AUTH_JWKS_COOLDOWN_MS (30000), AUTH_JWKS_CACHE_MAX_AGE_MS (600000): how often keys are re-fetched.
 * - AUTH_VERIFIED_TOKEN_TTL_MS (30000): how long a verified token is kept as verified (never past its expiry).
 * With none of AUTH_ISSUER, AUTH_JWKS_URL and AUTH_JWKS_FILE it trusts the committed development key
 * (tests that mint their own tokens), which a production configuration refuses to start with.
 */
export function authConfigFromEnv(env: NodeJS.ProcessEnv): AuthConfig {
  const issuer = env.AUTH_ISSUER || DEVELOPMENT_ISSUER;
  const config: AuthConfig = {
    issuer,
    audience: env.AUTH_AUDIENCE || DEFAULT_AUDIENCE,
    algorithms: (env.AUTH_ALGORITHMS || 'ES256,RS256').split(',').map((a) => a.trim()),
    keys: keysFromEnv(env, issuer),
    claims: { huvudman: claimName(env, 'AUTH_CLAIM_HUVUDMAN', 'huvudman'), roles: claimName(env, 'AUTH_CLAIM_ROLES', 'roles') },
    jwksCooldownMs: milliseconds(env, 'AUTH_JWKS_COOLDOWN_MS', 30_000),
    jwksCacheMaxAgeMs: milliseconds(env, 'AUTH_JWKS_CACHE_MAX_AGE_MS', 600_000),
    verifiedTokenTtlMs: milliseconds(env, 'AUTH_VERIFIED_TOKEN_TTL_MS', 30_000),
  };
  if (env.NODE_ENV === 'production') refuseDevelopmentKey(config);
  if (config.algorithms.some((a) => a.toLowerCase() === 'none' || a.startsWith('HS'))) {
    throw new Error('Invalid configuration: AUTH_ALGORITHMS may list only asymmetric algorithms (e.g. ES256, RS256), never none or HS*.');
  }
  return config;
}

function keysFromEnv(env: NodeJS.ProcessEnv, issuer: string): AuthConfig['keys'] {
  if (env.AUTH_JWKS_URL) return { kind: 'remote', url: absoluteUrl(env.AUTH_JWKS_URL, 'AUTH_JWKS_URL') };
  if (env.AUTH_JWKS_FILE) return { kind: 'local', jwks: JSON.parse(readFileSync(env.AUTH_JWKS_FILE, 'utf8')) as JSONWebKeySet };
  if (env.AUTH_DISCOVERY_URL) return { kind: 'discovery', discoveryUrl: absoluteUrl(env.AUTH_DISCOVERY_URL, 'AUTH_DISCOVERY_URL') };
  if (env.AUTH_ISSUER) {
    if (!/^https?:\/\//.test(env.AUTH_ISSUER)) {
      throw new Error(
        `Invalid configuration: AUTH_ISSUER "${env.AUTH_ISSUER}" is not an http(s) URL, so it has no discovery document; set AUTH_JWKS_URL or AUTH_JWKS_FILE too.`,
      );
    }
    return { kind: 'discovery', discoveryUrl: `${issuer.replace(/\/$/, '')}/.well-known/openid-configuration` };
  }
  return { kind: 'local', jwks: JSON.parse(readFileSync(DEVELOPMENT_JWKS, 'utf8')) as JSONWebKeySet };
}

function absoluteUrl(value: string, name: string): string {
  if (!/^https?:\/\//.test(value) || !URL.canParse(value)) throw new Error(`Invalid configuration: ${name} must be an http(s) URL, got "${value}".`);
  return value;
}

function claimName(env: NodeJS.ProcessEnv, name: string, fallback: string): string {
  const value = env[name] || fallback;
  if (!/^[A-Za-z0-9_:/-]+(\.[A-Za-z0-9_:/-]+)*$/.test(value))
    throw new Error(`Invalid configuration: ${name} must be a claim name or a dotted path to one, got "${value}".`);
  return value;
}

function milliseconds(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`Invalid configuration: ${name} must be a whole number of milliseconds, got "${raw}".`);
  return value;
}

function refuseDevelopmentKey(config: AuthConfig): void {
  const usesDevKey = config.keys.kind === 'local' && config.keys.jwks.keys.some((k) => k.kid === DEVELOPMENT_KID);
  if (usesDevKey || config.issuer === DEVELOPMENT_ISSUER) {
    throw new Error(
      'Invalid configuration: NODE_ENV=production with the development signing key or issuer. Set AUTH_ISSUER to your identity provider (its discovery document gives the keys), or AUTH_JWKS_URL / AUTH_JWKS_FILE with AUTH_ISSUER.',
    );
  }
}
