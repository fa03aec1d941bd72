import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { UserManager, WebStorageStateStore, type User } from 'oidc-client-ts';
import type { AppConfig } from './app-config';
import { ANONYMOUS_AUTH, AuthContext, type Auth, type SignedInUser } from './auth-context';

/**
 * The redirect URI's path. `/` because identity providers register loopback and app redirect URIs by
 * origin with path `/` (the development provider does); the app tells a sign-in answer there by its
 * `code` and `state` parameters.
 */
export const CALLBACK_PATH = '/';

/** True when this page load is the identity provider's answer to a sign-in (or its refusal). */
export function isSignInResponse(location: { pathname: string; search: string }): boolean {
  const params = new URLSearchParams(location.search);
  return location.pathname === CALLBACK_PATH && params.has('state') && (params.has('code') || params.has('error'));
}

/**
 * Sign-in with OpenID Connect, authorization code flow with PKCE (oidc-client-ts), against the issuer
 * the gateway announces. Anonymous by default. Tokens live in sessionStorage (gone when the tab
 * closes), never localStorage. The same code path serves the development provider and production.
 */
export function AuthProvider({ config, children }: { config: AppConfig; children: ReactNode }) {
  const manager = useMemo(() => (config.oidc ? createUserManager(config.oidc) : null), [config]);
  const [user, setUser] = useState<User | null>(null);
  const current = useRef<User | null>(null);
  current.current = user;

  useEffect(() => {
    if (!manager) return;
    void manager.getUser().then((stored) => setUser(stored && !stored.expired ? stored : null));
    const loaded = (u: User) => setUser(u);
    const unloaded = () => setUser(null);
    manager.events.addUserLoaded(loaded);
    manager.events.addUserUnloaded(unloaded);
    manager.events.addAccessTokenExpired(unloaded);
    return () => {
      manager.events.removeUserLoaded(loaded);
      manager.events.removeUserUnloaded(unloaded);
      manager.events.removeAccessTokenExpired(unloaded);
    };
  }, [manager]);

  const auth = useMemo<Auth>(() => {
    if (!manager) return ANONYMOUS_AUTH;
    const signedIn = user && !user.expired ? describeUser(user) : null;
    return {
      available: true,
      user: signedIn,
      accessToken: () => (current.current && !current.current.expired ? current.current.access_token : undefined),
      signIn: () => manager.signinRedirect({ state: { returnTo: window.location.pathname + window.location.search } }),
      signOut: async () => {
        const idToken = current.current?.id_token;
        await manager.removeUser();
        setUser(null);
        // End the provider's session too, so the next sign-in can pick another identity.
        if (idToken) await manager.signoutRedirect({ id_token_hint: idToken }).catch(() => undefined);
      },
      completeSignIn: async () => {
        const signedInUser = await manager.signinRedirectCallback();
        return (signedInUser.state as { returnTo?: string } | undefined)?.returnTo ?? '/';
      },
      hasRole: (role) => signedIn?.roles.includes(role) ?? false,
    };
  }, [manager, user]);

  return <AuthContext.Provider value={auth}>{children}</AuthContext.Provider>;
}

function createUserManager(oidc: NonNullable<AppConfig['oidc']>): UserManager {
  const store = new WebStorageStateStore({ store: window.sessionStorage });
  return new UserManager({
    authority: oidc.issuer,
    client_id: oidc.clientId,
    redirect_uri: `${window.location.origin}${CALLBACK_PATH}`,
    post_logout_redirect_uri: `${window.location.origin}/`,
    response_type: 'code',
    scope: oidc.scope,
    userStore: store,
    stateStore: store,
    automaticSilentRenew: false,
    extraQueryParams: oidc.resource ? { resource: oidc.resource } : undefined,
    extraTokenParams: oidc.resource ? { resource: oidc.resource } : undefined,
  });
}

/** Name, huvudman and roles from the ID token's claims, else the access token's (display only: the graph decides access). */
function describeUser(user: User): SignedInUser {
  const access = decodeJwtPayload(user.access_token);
  const claim = (name: string): unknown => (user.profile as Record<string, unknown>)[name] ?? access[name];
  const roles = claim('roles');
  return {
    name: String(claim('name') ?? claim('preferred_username') ?? user.profile.sub),
    huvudman: String(claim('huvudman') ?? ''),
    roles: Array.isArray(roles) ? roles.map(String) : [],
  };
}

function decodeJwtPayload(token: string): Record<string, unknown> {
  try {
    const part = token.split('.')[1] ?? '';
    const json = atob(part.replace(/-/g, '+').replace(/_/g, '/'));
    return JSON.parse(new TextDecoder().decode(Uint8Array.from(json, (c) => c.charCodeAt(0)))) as Record<string, unknown>;
  } catch {
    return {};
  }
}
