import { useEffect, useMemo, useRef, useState } from 'react';
import { ApolloProvider } from '@apollo/client/react';
import { BrowserRouter } from 'react-router';
import { loadAppConfig, type AppConfig } from '../auth/app-config';
import { useAuth } from '../auth/auth-context';
import { AuthProvider } from '../auth/AuthProvider';
import { createApolloClient } from '../graphql/client';
import { Layout } from './Layout';
import { AppRoutes } from './routes';

/** Loads the gateway's app config (the identity provider), then renders the app. */
export function App() {
  const [config, setConfig] = useState<AppConfig | null>(null);
  useEffect(() => void loadAppConfig().then(setConfig), []);
  if (!config) return <p role="status">Laddar…</p>;
  return (
    <AuthProvider config={config}>
      <GraphProvider>
        <BrowserRouter>
          <Layout>
            <AppRoutes />
          </Layout>
        </BrowserRouter>
      </GraphProvider>
    </AuthProvider>
  );
}

/** The one Apollo Client, created once; it asks the auth context for the current token per request. */
function GraphProvider({ children }: { children: React.ReactNode }) {
  const auth = useAuth();
  const latest = useRef(auth);
  latest.current = auth;
  const client = useMemo(() => createApolloClient(() => latest.current.accessToken()), []);
  // Signing in or out changes what the graph may show: refetch what is on screen with the new identity.
  const userKey = auth.user ? `${auth.user.huvudman}:${auth.user.roles.join(',')}` : '';
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    void client.resetStore();
  }, [client, userKey]);
  return <ApolloProvider client={client}>{children}</ApolloProvider>;
}
