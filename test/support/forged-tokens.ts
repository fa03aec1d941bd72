import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { generateKeyPair, importJWK, SignJWT, type JWK } from 'jose';
import { DEFAULT_AUDIENCE, DEVELOPMENT_ISSUER, mintDevelopmentToken } from '@orebro/huvudman-auth';

const b64url = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** Tokens that must all be refused, each for its own reason, next to what a valid one claims. */
export async function forgedTokens(claims: { huvudman: string; roles: ('writer' | 'secretariat' | 'auditor')[] }) {
  const valid = await mintDevelopmentToken(claims);
  const [header, payload, signature] = valid.split('.');
  const decoded = JSON.parse(Buffer.from(payload, 'base64url').toString()) as Record<string, unknown>;
  const { privateKey } = await generateKeyPair('ES256');
  return {
    expired: await mintDevelopmentToken({ ...claims, expiresInSeconds: -120 }),
    'not yet valid': await mintDevelopmentToken({ ...claims, notBeforeSeconds: 3600 }),
    'wrong issuer': await mintDevelopmentToken({ ...claims, issuer: 'https://id.evil.example' }),
    'wrong audience': await mintDevelopmentToken({ ...claims, audience: 'some-other-api' }),
    'alg none': `${b64url({ alg: 'none', typ: 'JWT' })}.${payload}.`,
    'tampered signature': `${header}.${b64url({ ...decoded, huvudman: '1880' })}.${signature}`,
    'unknown key': await new SignJWT({ ...decoded }).setProtectedHeader({ alg: 'ES256', kid: 'someone-elses-key' }).sign(privateKey),
    'not a JWT': 'definitely-not-a-token',
  };
}

/**
 * A token correctly signed with the trusted development key, carrying exactly `claims` besides
 * issuer, audience and expiry: for claims the minting helper would never write (an empty `sub`).
 */
export async function signedWithDevelopmentKey(claims: Record<string, unknown>): Promise<string> {
  const jwk = JSON.parse(readFileSync(join(dirname(require.resolve('@orebro/huvudman-auth')), 'dev-keys', 'development-private-key.json'), 'utf8')) as JWK;
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({ iss: DEVELOPMENT_ISSUER, aud: DEFAULT_AUDIENCE, iat: now, exp: now + 600, ...claims })
    .setProtectedHeader({ alg: 'ES256', kid: jwk.kid })
    .sign(await importJWK(jwk, 'ES256'));
}

/** Correctly signed tokens whose subject or huvudman names nobody: each must be refused everywhere. */
export async function tokensNamingNobody(): Promise<Record<string, string>> {
  const staff = { huvudman: '1880', roles: ['writer', 'secretariat'] };
  return {
    'empty sub': await signedWithDevelopmentKey({ ...staff, sub: '' }),
    'whitespace sub': await signedWithDevelopmentKey({ ...staff, sub: ' \t\u00a0' }),
    'zero-width sub': await signedWithDevelopmentKey({ ...staff, sub: '\u200b' }),
    'control-character sub': await signedWithDevelopmentKey({ ...staff, sub: '\u0000\u001f' }),
    'null sub': await signedWithDevelopmentKey({ ...staff, sub: null }),
    'missing sub': await signedWithDevelopmentKey({ ...staff }),
    'numeric sub': await signedWithDevelopmentKey({ ...staff, sub: 0 }),
    'empty huvudman': await signedWithDevelopmentKey({ ...staff, sub: 'someone', huvudman: '' }),
    'whitespace huvudman': await signedWithDevelopmentKey({ ...staff, sub: 'someone', huvudman: '  ' }),
  };
}
