import { createHash, randomBytes } from 'node:crypto';

/** A browser's cookie jar for one origin, enough to follow the provider's redirects. */
class CookieJar {
  private readonly cookies = new Map<string, string>();
  keep(response: Response): void {
    for (const header of response.headers.getSetCookie()) {
      const [pair] = header.split(';');
      const at = pair.indexOf('=');
      this.cookies.set(pair.slice(0, at), pair.slice(at + 1));
    }
  }
  header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }
}

export interface SignInResult {
  /** The URL the provider finally sent the browser to (the app's redirect URI with code, state, iss). */
  callback: URL;
  tokens: { access_token: string; id_token: string; token_type: string; expires_in: number; scope?: string };
  /** The token endpoint's Access-Control-Allow-Origin for the app's origin. */
  allowedOrigin: string | null;
  /** The browser's cookies at the provider after signing in (its session). */
  cookies: string;
}

export interface SignInOptions {
  issuer: string;
  clientId?: string;
  redirectUri: string;
  /** What the developer picks on the login page. */
  huvudman: string;
  roles: string[];
  /** Sent with the code instead of the right verifier (a PKCE test); omitted when null. */
  codeVerifierOverride?: string | null;
}

/**
 * The authorization code flow with PKCE as the systemledning app and a browser run it, over real HTTP:
 * authorize, the login page's form, the provider's redirects, then the code exchanged for tokens.
 */
export async function signIn(options: SignInOptions): Promise<SignInResult> {
  const jar = new CookieJar();
  const go = async (url: string, init: RequestInit = {}) => {
    const response = await fetch(new URL(url, options.issuer), {
      redirect: 'manual',
      ...init,
      headers: { cookie: jar.header(), ...(init.headers as Record<string, string>) },
    });
    jar.keep(response);
    return response;
  };
  const verifier = randomBytes(32).toString('base64url');
  const authorize = new URLSearchParams({
    client_id: options.clientId ?? 'systemledning-app',
    response_type: 'code',
    redirect_uri: options.redirectUri,
    scope: 'openid profile',
    code_challenge: createHash('sha256').update(verifier).digest('base64url'),
    code_challenge_method: 'S256',
    state: randomBytes(8).toString('hex'),
  });
  let response = await go(`/auth?${authorize}`);
  if (response.status !== 303) throw new Error(`authorize answered ${response.status}: ${await response.text()}`);
  const loginPage = await go(response.headers.get('location')!);
  const html = await loginPage.text();
  const action = /<form method="post" action="([^"]+)"/.exec(html)?.[1];
  if (!action) throw new Error(`no login form on the login page (${loginPage.status})`);
  const form = new URLSearchParams({ organisation: options.huvudman, login: 'yes' });
  for (const role of options.roles) form.append('roles', role);
  response = await go(action, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: form.toString() });
  let location = response.headers.get('location');
  // resume → consent (granted at once) → resume → the app's redirect URI
  for (let hop = 0; location && !location.startsWith(options.redirectUri) && hop < 8; hop++) {
    response = await go(location);
    location = response.headers.get('location');
  }
  if (!location) throw new Error(`sign-in stopped at ${response.status}: ${await response.text()}`);
  const callback = new URL(location);
  if (callback.searchParams.get('state') !== authorize.get('state')) throw new Error('the provider returned another state');
  const exchange = new URLSearchParams({
    grant_type: 'authorization_code',
    code: callback.searchParams.get('code') ?? '',
    redirect_uri: options.redirectUri,
    client_id: authorize.get('client_id')!,
  });
  if (options.codeVerifierOverride !== null) exchange.set('code_verifier', options.codeVerifierOverride ?? verifier);
  const tokenResponse = await fetch(new URL('/token', options.issuer), {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: new URL(options.redirectUri).origin },
    body: exchange,
  });
  const tokens = (await tokenResponse.json()) as SignInResult['tokens'] & { error?: string; error_description?: string };
  if (!tokenResponse.ok) throw new Error(`token endpoint: ${tokens.error}: ${tokens.error_description}`);
  return { callback, tokens, allowedOrigin: tokenResponse.headers.get('access-control-allow-origin'), cookies: jar.header() };
}

/** A JWT's header and payload, decoded without verifying (tests look at what was issued). */
export function decodeJwt(token: string): { header: Record<string, unknown>; payload: Record<string, unknown> } {
  const [header, payload] = token
    .split('.')
    .slice(0, 2)
    .map((part) => JSON.parse(Buffer.from(part, 'base64url').toString('utf8')) as Record<string, unknown>);
  return { header, payload };
}
