import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';
import { graphqlHandler } from './graphql-handler';

/**
 * An executor that counts its calls and answers once `gate` lets it (at once without one). The gate
 * makes requests overlap for certain instead of hoping a delay is long enough on a busy machine.
 */
function slowExecutor(gate: Promise<unknown> = Promise.resolve()) {
  const calls = { count: 0 };
  const apollo = {
    async executeHTTPGraphQLRequest() {
      calls.count++;
      await gate;
      return {
        status: 200,
        headers: new HeaderMap([['content-type', 'application/json']]),
        body: { kind: 'complete', string: `{"data":{"n":${calls.count}}}` },
      };
    },
  } as unknown as ApolloServer<BaseContext>;
  return { apollo, calls };
}

/** Resolves once `count` requests have been given their sharing key (or after 10 s, so a bug fails instead of hanging). */
function afterKeys(count: number) {
  let seen = 0;
  let open = () => undefined as void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  const timer = setTimeout(open, 10_000);
  return {
    opened: opened.then(() => clearTimeout(timer)),
    key: (text: string) => {
      seen += 1;
      if (seen === count) open();
      return text;
    },
  };
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
    const gate = afterKeys(5);
    const { apollo, calls } = slowExecutor(gate.opened);
    const { server, url } = await serve((_req, _params, text) => gate.key(text), apollo);
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
      await Promise.all([
        post(url, '{"query":"{ private }"}'),
        post(url, '{"query":"{ private }"}'),
        post(url, '{"query":"{ a }"}'),
        post(url, '{"query":"{ b }"}'),
      ]);
      expect(calls.count).toBe(4);
    } finally {
      server.close();
    }
  });
});
