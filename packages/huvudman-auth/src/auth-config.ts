import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { JSONWebKeySet } from 'jose';

export interface AuthConfig {
  issuer: string;
  audience: string;
  algorithms: string[];
  /** Where the signing keys come from: a JWKS URL of the identity provider, or a local key set. */
  keys: { kind: 'remote'; url: string } | { kind: 'local'; jwks: JSONWebKeySet };
}

export const DEVELOPMENT_ISSUER = 'urn:orebro-lan:development-identity';
export const DEFAULT_AUDIENCE = 'orebro-lan-graph';
const DEVELOPMENT_JWKS = join(__dirname, 'dev-keys', 'development-jwks.json');
const DEVELOPMENT_KID = 'orebro-development-key-1';

/**
 * Reads AUTH_ISSUER, AUTH_AUDIENCE, AUTH_ALGORITHMS and AUTH_JWKS_URL or AUTH_JWKS_FILE. Unset, it
 * trusts the committed development key, which a production configuration refuses to start with.
 */
export function authConfigFromEnv(env: NodeJS.ProcessEnv = process.env): AuthConfig {
  const keys: AuthConfig['keys'] = env.AUTH_JWKS_URL
    ? { kind: 'remote', url: env.AUTH_JWKS_URL }
    : { kind: 'local', jwks: JSON.parse(readFileSync(env.AUTH_JWKS_FILE || DEVELOPMENT_JWKS, 'utf8')) as JSONWebKeySet };
  const config: AuthConfig = {
    issuer: env.AUTH_ISSUER || DEVELOPMENT_ISSUER,
    audience: env.AUTH_AUDIENCE || DEFAULT_AUDIENCE,
    algorithms: (env.AUTH_ALGORITHMS || 'ES256,RS256').split(',').map((a) => a.trim()),
    keys,
  };
  if (env.NODE_ENV === 'production') refuseDevelopmentKey(config);
  if (config.algorithms.some((a) => a.toLowerCase() === 'none' || a.startsWith('HS'))) {
    throw new Error('Invalid configuration: AUTH_ALGORITHMS may list only asymmetric algorithms (e.g. ES256, RS256), never none or HS*.');
  }
  return config;
}

function refuseDevelopmentKey(config: AuthConfig): void {
  const usesDevKey = config.keys.kind === 'local' && config.keys.jwks.keys.some((k) => k.kid === DEVELOPMENT_KID);
  if (usesDevKey || config.issuer === DEVELOPMENT_ISSUER) {
    throw new Error(
      'Invalid configuration: NODE_ENV=production with the development signing key or issuer. Set AUTH_JWKS_URL (or AUTH_JWKS_FILE) and AUTH_ISSUER to your identity provider.',
    );
  }
}
