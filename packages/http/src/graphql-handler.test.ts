import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';
import { graphqlHandler } from './graphql-handler';

/** An executor that counts its calls and answers after a short delay, so requests overlap. */
function slowExecutor() {
  const calls = { count: 0 };
  const apollo = {
    async executeHTTPGraphQLRequest() {
      calls.count++;
      await new Promise((r) => setTimeout(r, 100));
      return { status: 200, headers: new HeaderMap([['content-type', 'application/json']]), body: { kind: 'complete', string: `{"data":{"n":${calls.count}}}` } };
    },
  } as unknown as ApolloServer<BaseContext>;
  return { apollo, calls };
}

async function serve(share: Parameters<typeof graphqlHandler>[0]['share'], apollo: ApolloServer<BaseContext>): Promise<{ server: Server; url: string }> {
  const handler = graphqlHandler({ apollo, bodyLimitBytes: 10_000, context: async () => ({}), share });
  const server = createServer((req, res) => void handler(req, res, ''));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/` };
}

const post = (url: string, body: string) => fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body }).then((r) => r.text());

describe('graphqlHandler in-flight sharing', () => {
  it('executes identical shareable requests that overlap once, and gives each the same answer', async () => {
    const { apollo, calls } = slowExecutor();
    const { server, url } = await serve((_req, _params, text) => text, apollo);
    try {
      const answers = await Promise.all(Array.from({ length: 5 }, () => post(url, '{"query":"{ a }"}')));
      expect(calls.count).toBe(1);
      expect(new Set(answers)).toEqual(new Set(['{"data":{"n":1}}']));
      await post(url, '{"query":"{ a }"}');
      expect(calls.count).toBe(2); // forgotten once answered: a later request executes again
    } finally {
      server.close();
    }
  });

  it('executes every request on its own when no key is given, or when keys differ', async () => {
    const { apollo, calls } = slowExecutor();
    const { server, url } = await serve((_req, _params, text) => (text.includes('private') ? undefined : text), apollo);
    try {
      await Promise.all([post(url, '{"query":"{ private }"}'), post(url, '{"query":"{ private }"}'), post(url, '{"query":"{ a }"}'), post(url, '{"query":"{ b }"}')]);
      expect(calls.count).toBe(4);
    } finally {
      server.close();
    }
  });
});
