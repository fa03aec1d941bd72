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
