import { createLocalJWKSet, createRemoteJWKSet, errors, jwtVerify, type JWTPayload } from 'jose';
import { GraphQLError } from 'graphql';
import { kommunCodes, REGION_ID } from '@orebro/reference-data';
import type { AuthConfig } from './auth-config';
import { ANONYMOUS, Roles, type Caller, type Role } from './caller';

export type TokenVerifier = (authorization: string | undefined) => Promise<Caller>;

const participants = new Set([REGION_ID, ...kommunCodes]);

/**
 * Verifies a bearer token: signature against the trusted keys, allowed algorithms only, issuer,
 * audience, expiry and not-before. No header means anonymous; a header that fails is refused, never
 * downgraded to anonymous.
 */
export function createTokenVerifier(config: AuthConfig): TokenVerifier {
  const keys = config.keys.kind === 'remote' ? createRemoteJWKSet(new URL(config.keys.url)) : createLocalJWKSet(config.keys.jwks);
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
    return callerFrom(payload);
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

function callerFrom(payload: JWTPayload): Caller {
  if (blank(payload.sub)) throw unauthenticated('the token\'s sub claim is empty: it must name the user');
  const huvudman = payload.huvudman;
  if (typeof huvudman !== 'string' || blank(huvudman)) throw unauthenticated('the token has no huvudman claim');
  const roles = Array.isArray(payload.roles) ? payload.roles : [];
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
  return 'the token could not be verified';
}

export function unauthenticated(reason: string): GraphQLError {
  return new GraphQLError(`Not authenticated: ${reason}.`, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
}
