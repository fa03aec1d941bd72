import { errors, jwtVerify, type JWTPayload } from 'jose';
import { GraphQLError } from 'graphql';
import { kommunCodes, REGION_ID } from '@orebro/reference-data';
import type { AuthConfig } from './auth-config';
import { ANONYMOUS, Roles, type Caller, type Role } from './caller';
import { KeySourceUnavailable, signingKeys } from './signing-keys';

export type TokenVerifier = (authorization: string | undefined) => Promise<Caller>;

const participants = new Set([REGION_ID, ...kommunCodes]);

/**
 * Verifies a bearer token: signature against the trusted keys, allowed algorithms only, issuer,
 * audience, expiry and not-before. No header means anonymous; a header that fails is refused, never
 * downgraded to anonymous.
 */
export function createTokenVerifier(config: AuthConfig): TokenVerifier {
  const keys = signingKeys(config);
  return async (authorization) => {
    if (authorization === undefined || authorization === '') return ANONYMOUS;
    const match = /^Bearer ([A-Za-z0-9_-]+\.[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*)$/.exec(authorization.trim());
    if (!match) throw unauthenticated('the Authorization header must be "Bearer <JWT>"');
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
    return callerFrom(payload, config.claims);
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
  return {
    kind: 'authenticated',
    subject: payload.sub!,
    huvudman,
    participating: participants.has(huvudman),
    roles: roles.filter((r): r is Role => (Roles as readonly string[]).includes(r as string)),
  };
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
