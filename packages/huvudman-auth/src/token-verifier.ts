import { errors, jwtVerify, type JWTPayload } from 'jose';
import { GraphQLError } from 'graphql';
import { LRUCache } from 'lru-cache';
import { kommunCodes, REGION_ID } from '@orebro/reference-data';
import type { AuthConfig } from './auth-config';
import { ANONYMOUS, Roles, type Caller, type Role } from './caller';
import { KeySourceUnavailable, signingKeys } from './signing-keys';

export type TokenVerifier = (authorization: string | undefined) => Promise<Caller>;

const participants = new Set([REGION_ID, ...kommunCodes]);

/** At most this many verified tokens are kept per verifier, least recently used dropped first: a bound on memory (a few MB). */
export const VERIFIED_TOKENS_KEPT = 10_000;

/**
 * Verifies a bearer token: signature against the trusted keys, allowed algorithms only, issuer,
 * audience, expiry and not-before. No header means anonymous; a header that fails is refused, never
 * downgraded to anonymous.
 *
 * A token that verified is taken as verified again, without its signature checked, for
 * `config.verifiedTokenTtlMs` and never past its own `exp` (an LRU of VERIFIED_TOKENS_KEPT tokens, per
 * verifier, so one configuration's verdict never serves another's). Why: an app sends one token with
 * every request, and one deviation overview has it verified in sixteen places (the gateway, samverkan
 * twice, the region and twelve kommun instances), each an ES256 signature check of about 0.3-0.5 ms of
 * CPU. What it costs: a key the identity provider withdraws is still honoured for tokens already seen
 * until the TTL runs out, which the key set's own cache (AUTH_JWKS_CACHE_MAX_AGE_MS) allows for longer
 * already. A refused token is never kept: it is checked, and refused, every time.
 */
export function createTokenVerifier(config: AuthConfig): TokenVerifier {
  const keys = signingKeys(config);
  const verified = config.verifiedTokenTtlMs > 0 ? new LRUCache<string, Caller>({ max: VERIFIED_TOKENS_KEPT }) : undefined;
  return async (authorization) => {
    if (authorization === undefined || authorization === '') return ANONYMOUS;
    const match = /^Bearer ([A-Za-z0-9_-]+\.[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*)$/.exec(authorization.trim());
    if (!match) throw unauthenticated('the Authorization header must be "Bearer <JWT>"');
    const known = verified?.get(match[1]);
    if (known) return known;
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(match[1], keys, {
        issuer: config.issuer,
        audience: config.audience,
        algorithms: config.algorithms,
        requiredClaims: ['sub', 'exp'],
      }));
    } catch (error) {
      throw unauthenticated(reasonOf(error));
    }
    const caller = callerFrom(payload, config.claims);
    // jose refused an expired token, so exp is ahead (requiredClaims); kept until the earlier of exp and the TTL.
    const ttl = Math.min(config.verifiedTokenTtlMs, payload.exp! * 1000 - Date.now());
    if (verified && ttl > 0) verified.set(match[1], caller, { ttl });
    return caller;
  };
}

/**
 * True for a claim that names nobody: missing, not a string, or only whitespace, control and invisible
 * (format) characters. jose's `requiredClaims` checks presence only, and `"sub": ""` would write an
 * audit record naming no one.
 */
function blank(value: unknown): boolean {
  return typeof value !== 'string' || value.replace(/[\s\p{Cc}\p{Cf}]/gu, '') === '';
}

/** A claim by name, or by dotted path into nested objects (Keycloak's `realm_access.roles`). */
function claim(payload: JWTPayload, path: string): unknown {
  if (path in payload) return payload[path];
  return path
    .split('.')
    .reduce<unknown>((value, key) => (value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined), payload);
}

function callerFrom(payload: JWTPayload, names: AuthConfig['claims']): Caller {
  if (blank(payload.sub)) throw unauthenticated("the token's sub claim is empty: it must name the user");
  const huvudman = claim(payload, names.huvudman);
  if (typeof huvudman !== 'string' || blank(huvudman)) throw unauthenticated(`the token has no ${names.huvudman} claim`);
  // An array of role names, or one space-separated string (as some providers write them).
  const raw = claim(payload, names.roles);
  const roles = Array.isArray(raw) ? raw : typeof raw === 'string' ? raw.split(' ') : [];
  // Frozen: the verifier hands the same caller to every request that sends this token.
  return Object.freeze({
    kind: 'authenticated',
    subject: payload.sub!,
    huvudman,
    participating: participants.has(huvudman),
    roles: Object.freeze(roles.filter((r): r is Role => (Roles as readonly string[]).includes(r as string))) as Role[],
  });
}

/** Says what was wrong with the token, in words a developer can act on. */
function reasonOf(error: unknown): string {
  if (error instanceof KeySourceUnavailable) return error.message;
  if (error instanceof errors.JWKSTimeout) return "the identity provider's keys could not be fetched in time";
  if (error instanceof errors.JWTExpired) return 'the token has expired';
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.claim === 'nbf') return 'the token is not yet valid';
    if (error.claim === 'iss') return 'the token is from an issuer this graph does not trust';
    if (error.claim === 'aud') return 'the token is meant for another audience';
    return `the token's ${error.claim} claim is invalid`;
  }
  if (error instanceof errors.JOSEAlgNotAllowed || error instanceof errors.JOSENotSupported) return 'the token is signed with an algorithm that is not allowed';
  if (error instanceof errors.JWSSignatureVerificationFailed) return 'the token signature does not verify';
  if (error instanceof errors.JWKSNoMatchingKey) return 'the token is signed with a key this graph does not trust';
  if (error instanceof errors.JWSInvalid || error instanceof errors.JWTInvalid) return 'the token is malformed';
  if (error instanceof errors.JOSEError) return 'the token could not be verified';
  // A fetch of the provider's JWKS that failed (connection refused, bad answer).
  return `the identity provider's keys could not be fetched (${error instanceof Error ? error.message : String(error)})`;
}

export function unauthenticated(reason: string): GraphQLError {
  return new GraphQLError(`Not authenticated: ${reason}.`, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
}
