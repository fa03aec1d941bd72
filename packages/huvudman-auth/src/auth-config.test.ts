import { authConfigFromEnv, DEVELOPMENT_ISSUER } from './auth-config';

describe('authConfigFromEnv', () => {
  test('AUTH_ISSUER alone means discovery at the issuer; AUTH_DISCOVERY_URL reaches it by another address', () => {
    expect(authConfigFromEnv({ AUTH_ISSUER: 'https://id.example/realms/orebro' }).keys).toEqual({
      kind: 'discovery',
      discoveryUrl: 'https://id.example/realms/orebro/.well-known/openid-configuration',
    });
    expect(
      authConfigFromEnv({ AUTH_ISSUER: 'http://localhost:4100', AUTH_DISCOVERY_URL: 'http://identity:4100/.well-known/openid-configuration' }).keys,
    ).toEqual({
      kind: 'discovery',
      discoveryUrl: 'http://identity:4100/.well-known/openid-configuration',
    });
    expect(authConfigFromEnv({ AUTH_ISSUER: 'https://id.example', AUTH_JWKS_URL: 'https://id.example/keys' }).keys).toEqual({
      kind: 'remote',
      url: 'https://id.example/keys',
    });
  });

  test('nothing set trusts the committed development key, which production refuses, as it refuses the development issuer', () => {
    expect(authConfigFromEnv({})).toMatchObject({ issuer: DEVELOPMENT_ISSUER, keys: { kind: 'local' } });
    expect(() => authConfigFromEnv({ NODE_ENV: 'production' })).toThrow(/NODE_ENV=production with the development signing key or issuer/);
    expect(() => authConfigFromEnv({ NODE_ENV: 'production', AUTH_JWKS_URL: 'https://id.example/keys' })).toThrow(/development signing key or issuer/);
    expect(authConfigFromEnv({ NODE_ENV: 'production', AUTH_ISSUER: 'https://id.example' }).keys.kind).toBe('discovery');
  });

  test('claim names and key cache times are configurable; malformed values are refused naming the variable', () => {
    expect(
      authConfigFromEnv({ AUTH_ISSUER: 'https://id.example', AUTH_CLAIM_HUVUDMAN: 'extension_huvudman', AUTH_CLAIM_ROLES: 'realm_access.roles' }).claims,
    ).toEqual({
      huvudman: 'extension_huvudman',
      roles: 'realm_access.roles',
    });
    expect(authConfigFromEnv({}).claims).toEqual({ huvudman: 'huvudman', roles: 'roles' });
    expect(() => authConfigFromEnv({ AUTH_CLAIM_ROLES: 'roles..x' })).toThrow(/AUTH_CLAIM_ROLES/);
    expect(() => authConfigFromEnv({ AUTH_JWKS_COOLDOWN_MS: 'soon' })).toThrow(/AUTH_JWKS_COOLDOWN_MS/);
    expect(() => authConfigFromEnv({ AUTH_ISSUER: 'orebro-idp' })).toThrow(/AUTH_ISSUER "orebro-idp" is not an http\(s\) URL/);
    expect(() => authConfigFromEnv({ AUTH_DISCOVERY_URL: 'identity:4100' })).toThrow(/AUTH_DISCOVERY_URL/);
    expect(() => authConfigFromEnv({ AUTH_ALGORITHMS: 'HS256' })).toThrow(/only asymmetric/);
  });
});
