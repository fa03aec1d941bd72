import { once } from 'node:events';
import { ApolloServer } from '@apollo/server';
import { closeServer, createHttpServer, createLogger, graphqlHandler, listen } from '@orebro/http';
import { buildSchema, type GraphQLObjectType } from 'graphql';
import { releaseSignalPlugin, requestSignal, stopFieldsWhenAborted, type SignalContext } from './execution-deadline';

/**
 * A server whose `slow` field waits until the request's signal aborts; `below` under it counts how
 * often it is resolved. Real HTTP, so the client-gone signal comes from a closed connection.
 */
async function startServer(timeoutMs: number) {
  let started!: () => void;
  const slowStarted = new Promise<void>((resolve) => (started = resolve));
  const calls = { below: 0 };
  let aborted: AbortSignal | undefined;
  const schema = buildSchema('type Query { slow: [Item!]! } type Item { below: String }');
  schema.getQueryType()!.getFields().slow.resolve = async (_: unknown, __: unknown, context: SignalContext) => {
    aborted = context.signal;
    started();
    if (!context.signal!.aborted) await once(context.signal!, 'abort');
    return [{}, {}, {}];
  };
  (schema.getType('Item') as GraphQLObjectType).getFields().below.resolve = () => String(++calls.below);
  const apollo = new ApolloServer<SignalContext>({ schema: stopFieldsWhenAborted(schema), plugins: [releaseSignalPlugin()] });
  const signals: AbortSignal[] = [];
  await apollo.start();
  const logger = createLogger('deadline-test');
  logger.level = 'silent';
  const answered: Promise<void>[] = [];
  const handler = graphqlHandler<SignalContext>({
    apollo,
    bodyLimitBytes: 10_000,
    context: async (_req, _params, clientGone) => {
      const signal = requestSignal(clientGone, timeoutMs);
      signals.push(signal);
      return { signal };
    },
  });
  const server = createHttpServer({
    logger,
    routes: {
      '/graphql': (req, res, search) => {
        const done = handler(req, res, search);
        answered.push(done.catch(() => undefined));
        return done;
      },
    },
  });
  const port = await listen(server, 0, '127.0.0.1');
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    slowStarted,
    calls,
    signal: () => aborted,
    signals,
    finished: () => Promise.all(answered),
    stop: async () => {
      await closeServer(server);
      await apollo.stop();
    },
  };
}

const body = JSON.stringify({ query: '{ slow { below } }' });

describe('execution deadline', () => {
  it('starts no resolver once the client has gone', async () => {
    const server = await startServer(0);
    try {
      const client = new AbortController();
      const request = fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body, signal: client.signal }).catch(
        (e: Error) => e.name,
      );
      await server.slowStarted;
      client.abort();
      expect(await request).toBe('AbortError');
      await server.finished();
      expect(server.signal()?.aborted).toBe(true);
      expect(server.calls.below).toBe(0);
    } finally {
      await server.stop();
    }
  });

  it('stops at its own execution time limit, saying so', async () => {
    const server = await startServer(50);
    try {
      const response = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      const result = (await response.json()) as { errors: { message: string; extensions: { code: string } }[] };
      expect(result.errors[0].extensions.code).toBe('EXECUTION_TIME_LIMIT');
      expect(result.errors[0].message).toMatch(/time limit/);
      expect(server.calls.below).toBe(0);
    } finally {
      await server.stop();
    }
  });

  it('lets an answer finish normally within its limit', async () => {
    const server = await startServer(0);
    try {
      const request = fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ __typename }' }) });
      expect(await (await request).json()).toEqual({ data: { __typename: 'Query' } });
    } finally {
      await server.stop();
    }
  });

  it('ends the time limit of an answered request: its signal is never aborted afterwards', async () => {
    const server = await startServer(50);
    try {
      const request = fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ __typename }' }) });
      expect(await (await request).json()).toEqual({ data: { __typename: 'Query' } });
      await server.finished();
      // Well past the 50 ms limit: a timer still running would have aborted it by now.
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(server.signals).toHaveLength(1);
      expect(server.signals[0].aborted).toBe(false);
    } finally {
      await server.stop();
    }
  });
});
