import { generateKeyPair, SignJWT } from 'jose';
import { mintDevelopmentToken } from '@orebro/huvudman-auth';

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
    'unknown key': await new SignJWT({ ...decoded })
      .setProtectedHeader({ alg: 'ES256', kid: 'someone-elses-key' })
      .sign(privateKey),
    'not a JWT': 'definitely-not-a-token',
  };
}
