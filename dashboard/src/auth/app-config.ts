/** What the gateway announces at GET /app-config.json: the identity provider, when there is one. */
export interface AppConfig {
  oidc: {
    /** The OpenID Connect issuer (its discovery document is at /.well-known/openid-configuration). */
    issuer: string;
    clientId: string;
    scope: string;
    /** The API's audience, sent as `resource` (RFC 8707) when the provider needs it for a JWT access token. */
    resource?: string;
  } | null;
}

export async function loadAppConfig(): Promise<AppConfig> {
  try {
    const response = await fetch('/app-config.json', { headers: { accept: 'application/json' } });
    if (!response.ok) return { oidc: null };
    return (await response.json()) as AppConfig;
  } catch {
    // A build hosted without the gateway's config route stays anonymous rather than failing.
    return { oidc: null };
  }
}
