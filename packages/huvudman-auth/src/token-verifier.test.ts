// The verifier against a real identity provider's HTTP surface (discovery and JWKS served by node:http):
// keys found through discovery, claims mapped as Keycloak or Entra ID write them, and an unreachable
// or mismatched provider refused with a reason.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type JWK } from 'jose';
import { authConfigFromEnv } from './auth-config';
import { createTokenVerifier } from './token-verifier';

let server: Server;
let base = '';
let advertisedIssuer = '';
let privateKey: Awaited<ReturnType<typeof generateKeyPair>>['privateKey'];
let publicJwk: JWK;

beforeAll(async () => {
  const pair = await generateKeyPair('ES256');
  privateKey = pair.privateKey;
  publicJwk = { ...(await exportJWK(pair.publicKey)), kid: 'k1', alg: 'ES256', use: 'sig' };
  server = createServer((req, res) => {
    if (req.url === '/.well-known/openid-configuration') return void res.end(JSON.stringify({ issuer: advertisedIssuer, jwks_uri: `${base}/jwks` }));
    if (req.url === '/jwks') return void res.end(JSON.stringify({ keys: [publicJwk] }));
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  advertisedIssuer = base;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const sign = (claims: Record<string, unknown>, issuer = base) =>
  new SignJWT(claims)
    .setProtectedHeader({ alg: 'ES256', kid: 'k1' })
    .setSubject('u1')
    .setIssuer(issuer)
    .setAudience('orebro-lan-graph')
    .setExpirationTime('5m')
    .sign(privateKey);

test('keys come from the issuer discovery document; huvudman and roles from the default claims', async () => {
  const verify = createTokenVerifier(authConfigFromEnv({ AUTH_ISSUER: base }));
  await expect(verify(`Bearer ${await sign({ huvudman: '1881', roles: ['writer', 'not-a-role'] })}`)).resolves.toEqual({
    kind: 'authenticated',
    subject: 'u1',
    huvudman: '1881',
    participating: true,
    roles: ['writer'],
  });
});

test('claim mapping: Keycloak realm roles (nested) and an Entra ID extension attribute; a space-separated roles string', async () => {
  const keycloak = createTokenVerifier(
    authConfigFromEnv({ AUTH_ISSUER: base, AUTH_CLAIM_ROLES: 'realm_access.roles', AUTH_CLAIM_HUVUDMAN: 'extension_huvudman' }),
  );
  await expect(keycloak(`Bearer ${await sign({ extension_huvudman: '18', realm_access: { roles: ['auditor', 'offline_access'] } })}`)).resolves.toMatchObject({
    huvudman: '18',
    roles: ['auditor'],
  });
  const spaced = createTokenVerifier(authConfigFromEnv({ AUTH_ISSUER: base }));
  await expect(spaced(`Bearer ${await sign({ huvudman: '1880', roles: 'writer secretariat' })}`)).resolves.toMatchObject({ roles: ['writer', 'secretariat'] });
  await expect(keycloak(`Bearer ${await sign({ huvudman: '1880' })}`)).rejects.toThrow('the token has no extension_huvudman claim');
});

test('a discovery document for another issuer, or a provider that does not answer, refuses the token with the reason', async () => {
  advertisedIssuer = 'https://someone-else.example';
  try {
    const verify = createTokenVerifier(authConfigFromEnv({ AUTH_ISSUER: base }));
    await expect(verify(`Bearer ${await sign({ huvudman: '1881' })}`)).rejects.toThrow(/is for issuer https:\/\/someone-else.example, not the configured/);
    // Retried on the next token: once the document is right, the same verifier accepts.
    advertisedIssuer = base;
    await expect(verify(`Bearer ${await sign({ huvudman: '1881' })}`)).resolves.toMatchObject({ huvudman: '1881' });
  } finally {
    advertisedIssuer = base;
  }
  const nowhere = createTokenVerifier(authConfigFromEnv({ AUTH_ISSUER: 'http://127.0.0.1:9' }));
  await expect(nowhere(`Bearer ${await sign({ huvudman: '1881' }, 'http://127.0.0.1:9')}`)).rejects.toThrow(/discovery document .* could not be read/);
  await expect(nowhere(undefined)).resolves.toEqual({ kind: 'anonymous' });
});

describe('a verified token is kept as verified (AUTH_VERIFIED_TOKEN_TTL_MS), never past its expiry, per verifier', () => {
  const signExpiring = (claims: Record<string, unknown>, expiresAt: number) =>
    new SignJWT(claims)
      .setProtectedHeader({ alg: 'ES256', kid: 'k1' })
      .setSubject('u1')
      .setIssuer(base)
      .setAudience('orebro-lan-graph')
      .setExpirationTime(expiresAt)
      .sign(privateKey);

  test('a kept token is refused once its exp has passed, as if it had never been kept', async () => {
    const verify = createTokenVerifier(authConfigFromEnv({ AUTH_ISSUER: base, AUTH_VERIFIED_TOKEN_TTL_MS: '600000' }));
    const token = `Bearer ${await signExpiring({ huvudman: '1881' }, Math.floor(Date.now() / 1000) + 2)}`;
    await expect(verify(token)).resolves.toMatchObject({ huvudman: '1881' });
    await expect(verify(token)).resolves.toMatchObject({ huvudman: '1881' });
    const expiresAt = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString()).exp * 1000;
    await new Promise((resolve) => setTimeout(resolve, expiresAt - Date.now() + 100));
    await expect(verify(token)).rejects.toThrow('the token has expired');
  });

  test('a withdrawn key: tokens already verified are honoured until the TTL runs out, then refused; with 0, at once', async () => {
    // Keys fetched anew on every use (no key-set cache), so only the verified-token TTL keeps the old verdict.
    const env = { AUTH_ISSUER: base, AUTH_JWKS_COOLDOWN_MS: '0', AUTH_JWKS_CACHE_MAX_AGE_MS: '0' };
    const kept = createTokenVerifier(authConfigFromEnv({ ...env, AUTH_VERIFIED_TOKEN_TTL_MS: '1000' }));
    const everyTime = createTokenVerifier(authConfigFromEnv({ ...env, AUTH_VERIFIED_TOKEN_TTL_MS: '0' }));
    const token = `Bearer ${await sign({ huvudman: '1880' })}`;
    await expect(kept(token)).resolves.toMatchObject({ huvudman: '1880' });
    await expect(everyTime(token)).resolves.toMatchObject({ huvudman: '1880' });
    const original = publicJwk;
    const withdrawnAt = Date.now();
    publicJwk = { ...(await exportJWK((await generateKeyPair('ES256')).publicKey)), kid: 'k2', alg: 'ES256', use: 'sig' };
    try {
      await expect(everyTime(token)).rejects.toThrow('the token is signed with a key this graph does not trust');
      await expect(kept(token)).resolves.toMatchObject({ huvudman: '1880' });
      expect(Date.now() - withdrawnAt).toBeLessThan(1000);
      await new Promise((resolve) => setTimeout(resolve, 1100 - (Date.now() - withdrawnAt)));
      await expect(kept(token)).rejects.toThrow('the token is signed with a key this graph does not trust');
      // A refused token is not kept either: refused again, with the reason.
      await expect(kept(token)).rejects.toThrow('the token is signed with a key this graph does not trust');
    } finally {
      publicJwk = original;
    }
  });

  test("one verifier's verdict never serves another's configuration", async () => {
    const ours = createTokenVerifier(authConfigFromEnv({ AUTH_ISSUER: base }));
    const otherAudience = createTokenVerifier(authConfigFromEnv({ AUTH_ISSUER: base, AUTH_AUDIENCE: 'another-graph' }));
    const keycloakRoles = createTokenVerifier(authConfigFromEnv({ AUTH_ISSUER: base, AUTH_CLAIM_ROLES: 'realm_access.roles' }));
    const token = `Bearer ${await sign({ huvudman: '1880', roles: ['writer'], realm_access: { roles: ['auditor'] } })}`;
    await expect(ours(token)).resolves.toMatchObject({ roles: ['writer'] });
    await expect(otherAudience(token)).rejects.toThrow('the token is meant for another audience');
    await expect(keycloakRoles(token)).resolves.toMatchObject({ roles: ['auditor'] });
    await expect(ours(token)).resolves.toMatchObject({ roles: ['writer'] });
  });

  test('the caller handed out is frozen: a request cannot change what the next one with this token gets', async () => {
    const verify = createTokenVerifier(authConfigFromEnv({ AUTH_ISSUER: base }));
    const token = `Bearer ${await sign({ huvudman: '1880', roles: ['writer'] })}`;
    const first = await verify(token);
    expect(() => (first as { roles: string[] }).roles.push('auditor')).toThrow(TypeError);
    expect(() => Object.assign(first, { huvudman: '18' })).toThrow(TypeError);
    expect(await verify(token)).toEqual({ kind: 'authenticated', subject: 'u1', huvudman: '1880', participating: true, roles: ['writer'] });
  });

  test('AUTH_VERIFIED_TOKEN_TTL_MS must be a whole number of milliseconds', () => {
    expect(() => authConfigFromEnv({ AUTH_VERIFIED_TOKEN_TTL_MS: '30s' })).toThrow(
      'Invalid configuration: AUTH_VERIFIED_TOKEN_TTL_MS must be a whole number of milliseconds, got "30s".',
    );
    expect(authConfigFromEnv({}).verifiedTokenTtlMs).toBe(30_000);
  });
});
