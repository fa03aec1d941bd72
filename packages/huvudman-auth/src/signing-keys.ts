import { createLocalJWKSet, createRemoteJWKSet, type JWTVerifyGetKey } from 'jose';
import type { AuthConfig } from './auth-config';

/** The identity provider's keys could not be fetched (its discovery document or JWKS). */
export class KeySourceUnavailable extends Error {}

const DISCOVERY_TIMEOUT_MS = 5_000;

/**
 * The key set tokens are verified against. A remote set (from discovery or a JWKS URL) is jose's
 * createRemoteJWKSet: fetched on first use, cached, and fetched again when a token names a key it has
 * not seen, so a key rotation at the provider is picked up without a restart. Discovery happens on the
 * first token, not at start, so a service starts while its identity provider is still starting; a
 * failed discovery is retried by the next token.
 */
export function signingKeys(config: AuthConfig): JWTVerifyGetKey {
  const { keys } = config;
  if (keys.kind === 'local') return createLocalJWKSet(keys.jwks);
  const remote = (url: string) => createRemoteJWKSet(new URL(url), { cooldownDuration: config.jwksCooldownMs, cacheMaxAge: config.jwksCacheMaxAgeMs });
  if (keys.kind === 'remote') return remote(keys.url);

  let discovered: Promise<JWTVerifyGetKey> | undefined;
  return async (header, token) => {
    discovered ??= discover(keys.discoveryUrl, config.issuer).then(remote);
    let keySet: JWTVerifyGetKey;
    try {
      keySet = await discovered;
    } catch (error) {
      discovered = undefined;
      throw error;
    }
    return keySet(header, token);
  };
}

/** The `jwks_uri` of an OpenID Connect discovery document, whose `issuer` must be the one configured. */
async function discover(discoveryUrl: string, issuer: string): Promise<string> {
  let document: { issuer?: unknown; jwks_uri?: unknown };
  try {
    const response = await fetch(discoveryUrl, { signal: AbortSignal.timeout(DISCOVERY_TIMEOUT_MS), headers: { accept: 'application/json' } });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    document = (await response.json()) as typeof document;
  } catch (error) {
    throw new KeySourceUnavailable(
      `the identity provider's discovery document ${discoveryUrl} could not be read (${error instanceof Error ? error.message : String(error)})`,
    );
  }
  if (document.issuer !== issuer) {
    throw new KeySourceUnavailable(`the discovery document ${discoveryUrl} is for issuer ${String(document.issuer)}, not the configured ${issuer}`);
  }
  if (typeof document.jwks_uri !== 'string' || !URL.canParse(document.jwks_uri)) {
    throw new KeySourceUnavailable(`the discovery document ${discoveryUrl} has no valid jwks_uri`);
  }
  return document.jwks_uri;
}
