import { join } from 'node:path';
import type { DevIdentityProviderOptions } from './options';

/** The app's client id: the same variable tells the gateway which client id to announce to the app. */
export const DEFAULT_APP_CLIENT_ID = 'systemledning-app';
export const DEFAULT_TOKEN_CLIENT_ID = 'dev-token';
export const DEFAULT_TOKEN_CLIENT_SECRET = 'dev-token-secret';
export const DEFAULT_PORT = 4100;
/** Loopback redirect URIs: any port on these hosts with path `/` (see PublicClient.redirectUris). */
const LOOPBACK_REDIRECTS = ['http://localhost/', 'http://127.0.0.1/'];

export interface ProviderEnvConfig {
  port: number;
  host: string;
  keysFile: string;
  /** Everything but the keys and the claim choices, which the caller supplies. */
  options: Omit<DevIdentityProviderOptions, 'signingKeys' | 'cookieKeys' | 'claims'>;
}

/**
 * Reads the provider's environment: PORT (4100), HOST (127.0.0.1), IDP_ISSUER (http://localhost:PORT),
 * AUTH_AUDIENCE (orebro-lan-graph), IDP_RESOURCE (urn:<audience>), IDP_KEYS_FILE
 * (DATA_DIR/dev-identity-provider-keys.json), APP_OIDC_CLIENT_ID (systemledning-app),
 * IDP_APP_REDIRECT_URIS (more redirect URIs besides loopback ones, comma-separated),
 * IDP_TOKEN_CLIENT_ID / IDP_TOKEN_CLIENT_SECRET (dev-token / dev-token-secret).
 * Refuses NODE_ENV=production: this provider signs whatever identity a developer picks.
 */
export function providerConfigFromEnv(env: NodeJS.ProcessEnv): ProviderEnvConfig {
  if (env.NODE_ENV === 'production') {
    throw new Error(
      'Invalid configuration: the development identity provider lets anyone pick any identity and never runs with NODE_ENV=production. Point AUTH_ISSUER at your identity provider instead (README: "Pointing the graph at your identity provider").',
    );
  }
  const port = env.PORT ? Number(env.PORT) : DEFAULT_PORT;
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`Invalid configuration: PORT must be a port number, got "${env.PORT}".`);
  const issuer = (env.IDP_ISSUER || `http://localhost:${port}`).replace(/\/$/, '');
  if (!URL.canParse(issuer)) throw new Error(`Invalid configuration: IDP_ISSUER must be an absolute URL, got "${issuer}".`);
  const audience = env.AUTH_AUDIENCE || 'orebro-lan-graph';
  const resource = env.IDP_RESOURCE || (/^[a-z][a-z0-9+.-]*:/i.test(audience) ? audience : `urn:${audience}`);
  const extraRedirects = (env.IDP_APP_REDIRECT_URIS ?? '')
    .split(',')
    .map((u) => u.trim())
    .filter(Boolean);
  for (const uri of extraRedirects)
    if (!URL.canParse(uri)) throw new Error(`Invalid configuration: IDP_APP_REDIRECT_URIS holds "${uri}", which is not an absolute URL.`);
  const redirects = [...LOOPBACK_REDIRECTS, ...extraRedirects];
  return {
    port,
    host: env.HOST || '127.0.0.1',
    keysFile: env.IDP_KEYS_FILE || join(env.DATA_DIR || 'data', 'dev-identity-provider-keys.json'),
    options: {
      issuer,
      audience,
      resource,
      publicClients: [
        { clientId: env.APP_OIDC_CLIENT_ID || DEFAULT_APP_CLIENT_ID, clientName: 'Systemledning', redirectUris: redirects, postLogoutRedirectUris: redirects },
      ],
      tokenClients: [
        { clientId: env.IDP_TOKEN_CLIENT_ID || DEFAULT_TOKEN_CLIENT_ID, clientSecret: env.IDP_TOKEN_CLIENT_SECRET || DEFAULT_TOKEN_CLIENT_SECRET },
      ],
    },
  };
}
