/** One value the login page offers for the organisation claim, e.g. `{ value: "1881", label: "Kumla kommun" }`. */
export interface Choice {
  value: string;
  label: string;
}

/** A public client that signs users in with the authorization code flow and PKCE (a browser app). */
export interface PublicClient {
  clientId: string;
  clientName: string;
  /**
   * Redirect URIs. An `http://localhost/...` or `http://127.0.0.1/...` entry allows any port on that
   * host with the same path (loopback redirect, RFC 8252 §7.3), so tests can run the app on free ports.
   */
  redirectUris: string[];
  postLogoutRedirectUris: string[];
}

/** A confidential client whose client_credentials tokens carry the identity given in the request (`npm run token`). */
export interface TokenClient {
  clientId: string;
  clientSecret: string;
}

/**
 * Everything the development provider knows. It has no domain knowledge beyond these: which claims
 * it issues, the values a developer may pick, the clients, the audience.
 */
export interface DevIdentityProviderOptions {
  /** The issuer, e.g. `http://localhost:4100`: the `iss` of every token, and where discovery lives. */
  issuer: string;
  /** The `aud` of every access token, e.g. `orebro-lan-graph`. */
  audience: string;
  /** The resource indicator (RFC 8707) that stands for that audience; an absolute URI. */
  resource: string;
  claims: {
    /** Name of the organisation claim, e.g. `huvudman`; its label on the login page. */
    organisation: { name: string; label: string; choices: Choice[] };
    /** Name of the roles claim (an array of strings), e.g. `roles`. */
    roles: { name: string; label: string; choices: Choice[] };
  };
  publicClients: PublicClient[];
  tokenClients: TokenClient[];
  /** Private signing keys (JWK, with `kid` and `alg`), the first signs; the rest stay published for verification. */
  signingKeys: import('jose').JWK[];
  /** Secrets that sign the provider's cookies, newest first. */
  cookieKeys: string[];
  /** Lifetime of access tokens, seconds (default 8 hours). */
  accessTokenTtlSeconds?: number;
}
