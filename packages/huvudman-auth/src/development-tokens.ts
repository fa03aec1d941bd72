import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importJWK, SignJWT, type JWK } from 'jose';
import { DEFAULT_AUDIENCE, DEVELOPMENT_ISSUER } from './auth-config';
import type { Role } from './caller';

export interface DevelopmentTokenClaims {
  huvudman: string;
  roles?: Role[];
  subject?: string;
  /** Seconds from now; negative gives an expired token (for tests). */
  expiresInSeconds?: number;
  notBeforeSeconds?: number;
  issuer?: string;
  audience?: string;
}

/** Signs a token with the committed development key: for local use and tests only. */
export async function mintDevelopmentToken(claims: DevelopmentTokenClaims): Promise<string> {
  const jwk = JSON.parse(readFileSync(join(__dirname, 'dev-keys', 'development-private-key.json'), 'utf8')) as JWK;
  const key = await importJWK(jwk, 'ES256');
  const now = Math.floor(Date.now() / 1000);
  const jwt = new SignJWT({ huvudman: claims.huvudman, roles: claims.roles ?? [] })
    .setProtectedHeader({ alg: 'ES256', kid: jwk.kid })
    .setSubject(claims.subject ?? `dev-${claims.huvudman}`)
    .setIssuer(claims.issuer ?? DEVELOPMENT_ISSUER)
    .setAudience(claims.audience ?? DEFAULT_AUDIENCE)
    .setIssuedAt(now)
    .setExpirationTime(now + (claims.expiresInSeconds ?? 8 * 3600));
  if (claims.notBeforeSeconds !== undefined) jwt.setNotBefore(now + claims.notBeforeSeconds);
  return jwt.sign(key);
}
