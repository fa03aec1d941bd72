import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { registeredText } from './registered-text';

/**
 * The app's one Apollo Client, created once in App. Same origin as the gateway (`/graphql`), so no
 * CORS; a build hosted elsewhere sets VITE_GRAPHQL_URL and is put on the gateway's CORS_ORIGINS.
 * `bearerToken` is asked per request, so signing in or out takes effect on the next request.
 */
export function createApolloClient(bearerToken: () => string | undefined): ApolloClient {
  const http = new HttpLink({
    uri: import.meta.env.VITE_GRAPHQL_URL ?? '/graphql',
    // Send the registered text: what the trusted-documents manifest holds, byte for byte.
    print: (ast, originalPrint) => registeredText(ast) ?? originalPrint(ast),
  });
  const auth = new SetContextLink((previous) => {
    const token = bearerToken();
    return token ? { headers: { ...previous.headers, authorization: `Bearer ${token}` } } : {};
  });
  return new ApolloClient({
    link: auth.concat(http),
    cache: new InMemoryCache(),
    // Partial answers are normal in a federation: keep the data that came, with the errors beside it.
    defaultOptions: { watchQuery: { errorPolicy: 'all' }, query: { errorPolicy: 'all' }, mutate: { errorPolicy: 'none' } },
  });
}
