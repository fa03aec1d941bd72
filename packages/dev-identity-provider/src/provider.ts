import Provider, { errors, type ClientMetadata, type Configuration, type KoaContextWithOIDC } from 'oidc-provider';
import { checkIdentity, displayName, identityOf, type DevIdentity } from './accounts';
import type { DevIdentityProviderOptions } from './options';
import { escapeHtml, page, PAGE_CSP } from './page';

const EIGHT_HOURS = 8 * 3600;
/** The longest token a token client may ask for with `hours`. */
const MAX_TOKEN_CLIENT_HOURS = 24;

/**
 * An oidc-provider instance issuing RFC 9068 JWT access tokens for one resource (the graph), with the
 * organisation and roles claims, to a PKCE public client (the browser app) and to token clients
 * (client_credentials with the identity given as request parameters: `npm run token`).
 */
export function createOidcProvider(options: DevIdentityProviderOptions): Provider {
  const orgClaim = options.claims.organisation.name;
  const rolesClaim = options.claims.roles.name;
  const ttl = options.accessTokenTtlSeconds ?? EIGHT_HOURS;
  const tokenClientIds = new Set(options.tokenClients.map((c) => c.clientId));

  /** oidc-provider's ttl function for access tokens: the lifetime getResourceServerInfo chose for this request. */
  const resourceTtl = (_ctx: KoaContextWithOIDC, token: { resourceServer?: { accessTokenTTL?: number } }): number =>
    token.resourceServer?.accessTokenTTL ?? ttl;

  const claimsOf = (identity: DevIdentity) => ({ [orgClaim]: identity.organisation, [rolesClaim]: identity.roles });

  /** The identity a token client asks for, from its request parameters; a clear error when malformed. */
  const requestedIdentity = (ctx: KoaContextWithOIDC): DevIdentity => {
    const params = tokenRequestBody(ctx);
    const organisation = typeof params[orgClaim] === 'string' ? (params[orgClaim] as string) : '';
    if (!organisation) throw new errors.InvalidRequest(`give the ${orgClaim} parameter`);
    // Roles as one comma- or space-separated value, or the parameter repeated.
    const raw = params[rolesClaim];
    const roles = (Array.isArray(raw) ? raw : [raw]).flatMap((r) => (typeof r === 'string' ? r.split(/[ ,]+/) : [])).filter(Boolean);
    const identity = { organisation, roles: [...new Set(roles)] };
    const problem = checkIdentity(identity, options, false);
    if (problem) throw new errors.InvalidRequest(problem);
    return identity;
  };

  const configuration: Configuration = {
    clients: [
      ...options.publicClients.map((client): ClientMetadata => ({
        client_id: client.clientId,
        client_name: client.clientName,
        // "native": the application type whose loopback redirect URIs may use any port (RFC 8252 §7.3),
        // which oidc-provider implements; the app runs on a port chosen at start in tests.
        application_type: 'native',
        token_endpoint_auth_method: 'none',
        grant_types: ['authorization_code', 'refresh_token'],
        response_types: ['code'],
        redirect_uris: client.redirectUris,
        post_logout_redirect_uris: client.postLogoutRedirectUris,
      })),
      ...options.tokenClients.map((client): ClientMetadata => ({
        client_id: client.clientId,
        client_secret: client.clientSecret,
        grant_types: ['client_credentials'],
        response_types: [],
        redirect_uris: [],
      })),
    ],
    clientDefaults: { id_token_signed_response_alg: 'ES256' },
    jwks: { keys: options.signingKeys as never },
    cookies: { keys: options.cookieKeys },
    pkce: { required: () => true },
    scopes: ['openid', 'profile', 'offline_access'],
    claims: { openid: ['sub', orgClaim, rolesClaim], profile: ['name'] },
    // The app reads who signed in from the ID token, without a userinfo call.
    conformIdTokenClaims: false,
    // Access tokens last as long as their resource server says (below): a token client's `hours`, or the
    // default. A number here would override that for client_credentials tokens (oidc-provider reads
    // ttl.ClientCredentials, not accessTokenTTL, when it is not a function), so `hours` was ignored.
    ttl: { AccessToken: resourceTtl, ClientCredentials: resourceTtl, IdToken: 3600, Interaction: 3600, Session: 14 * 24 * 3600, Grant: 14 * 24 * 3600 },
    features: {
      devInteractions: { enabled: false },
      clientCredentials: { enabled: true },
      rpInitiatedLogout: {
        enabled: true,
        logoutSource: async (ctx, form) => {
          ctx.set('content-security-policy', PAGE_CSP);
          ctx.body = page(
            'Logga ut',
            `<h1>Vill du logga ut?</h1>${form}<button autofocus type="submit" form="op.logoutForm" value="yes" name="logout">Ja, logga ut</button><button class="secondary" type="submit" form="op.logoutForm">Nej, förbli inloggad</button>`,
          );
        },
        postLogoutSuccessSource: async (ctx) => {
          ctx.set('content-security-policy', PAGE_CSP);
          ctx.body = page('Utloggad', '<h1>Du är utloggad</h1><p>Du kan stänga fliken.</p>');
        },
      },
      resourceIndicators: {
        enabled: true,
        defaultResource: () => options.resource,
        useGrantedResource: () => true,
        getResourceServerInfo: (ctx, indicator) => {
          if (indicator !== options.resource) throw new errors.InvalidTarget(`the only resource here is ${options.resource}`);
          return {
            scope: 'graph',
            audience: options.audience,
            accessTokenFormat: 'jwt',
            accessTokenTTL: tokenClientIds.has(ctx.oidc.client?.clientId ?? '') ? tokenClientTtl(ctx, ttl) : ttl,
            jwt: { sign: { alg: 'ES256' } },
          };
        },
      },
    },
    findAccount: (_ctx, sub) => {
      const identity = identityOf(sub, options);
      if (!identity) return undefined;
      return { accountId: sub, claims: () => ({ sub, name: displayName(identity, options), ...claimsOf(identity) }) };
    },
    extraTokenClaims: (ctx, token) => {
      if (token.kind === 'ClientCredentials') return claimsOf(requestedIdentity(ctx));
      const identity = 'accountId' in token && typeof token.accountId === 'string' ? identityOf(token.accountId, options) : undefined;
      return identity ? claimsOf(identity) : undefined;
    },
    formats: {
      customizers: {
        // A token client's token is about the identity it named, not about the client.
        jwt: (ctx, token, jwt) => {
          if (token.kind !== 'ClientCredentials') return;
          const params = tokenRequestBody(ctx);
          const subject = typeof params.subject === 'string' && params.subject ? params.subject : `dev-${jwt.payload[orgClaim] as string}`;
          jwt.payload.sub = subject;
        },
      },
    },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    renderError: async (ctx, out) => {
      ctx.type = 'html';
      ctx.set('content-security-policy', PAGE_CSP);
      ctx.body = page(
        'Fel',
        `<h1>Inloggningen gick inte</h1>${Object.entries(out)
          .map(([key, value]) => `<pre><strong>${escapeHtml(key)}</strong>: ${escapeHtml(value)}</pre>`)
          .join('')}`,
      );
    },
    // Browser apps call the token endpoint from their own origin: allow the origins of their redirect URIs.
    clientBasedCORS: (_ctx, origin, client) => origin !== 'null' && client.redirectUriAllowed(`${origin}/`),
  };

  const provider = new Provider(options.issuer, configuration);
  // Behind a TLS-terminating proxy, trust X-Forwarded-* for the URLs the provider builds.
  provider.proxy = true;
  return provider;
}

/**
 * The token request's form parameters as sent. oidc-provider passes a grant only the parameters it
 * registered (`scope` for client_credentials); the identity a token client asks for is read from here.
 */
function tokenRequestBody(ctx: KoaContextWithOIDC): Record<string, unknown> {
  return (ctx.oidc as unknown as { body?: Record<string, unknown> }).body ?? {};
}

function tokenClientTtl(ctx: KoaContextWithOIDC, fallback: number): number {
  const hours = tokenRequestBody(ctx).hours;
  if (hours === undefined || hours === '') return fallback;
  const value = Number(hours);
  if (!(value > 0 && value <= MAX_TOKEN_CLIENT_HOURS)) throw new errors.InvalidRequest(`hours must be a number above 0 and at most ${MAX_TOKEN_CLIENT_HOURS}`);
  // At least a second: oidc-provider wants a positive whole number of seconds.
  return Math.max(1, Math.round(value * 3600));
}
