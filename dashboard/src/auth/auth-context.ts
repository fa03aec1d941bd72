import { createContext, useContext } from 'react';

/** Who is using the app, as the identity provider's token says (claims `huvudman` and `roles`). */
export interface SignedInUser {
  name: string;
  huvudman: string;
  roles: string[];
}

export interface Auth {
  /** False when the gateway announces no identity provider: the app is then anonymous only. */
  available: boolean;
  user: SignedInUser | null;
  /** The access token for the next request; undefined when anonymous. */
  accessToken(): string | undefined;
  signIn(): Promise<void>;
  signOut(): Promise<void>;
  /** At the redirect URI: exchanges the code (with the PKCE verifier) for tokens; returns the path to go back to. */
  completeSignIn(): Promise<string>;
  hasRole(role: string): boolean;
}

export const ANONYMOUS_AUTH: Auth = {
  available: false,
  user: null,
  accessToken: () => undefined,
  signIn: async () => undefined,
  signOut: async () => undefined,
  completeSignIn: async () => '/',
  hasRole: () => false,
};

export const AuthContext = createContext<Auth>(ANONYMOUS_AUTH);

/** The signed-in user (or anonymous) and sign-in/sign-out, anywhere in the app. */
export const useAuth = (): Auth => useContext(AuthContext);
