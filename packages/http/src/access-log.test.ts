import { Writable } from 'node:stream';
import { ApolloServer } from '@apollo/server';
import { InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { GraphQLError } from 'graphql';
import pino from 'pino';
import { startTracing, stopTracing, traceFields } from '@orebro/telemetry';
import { accessLogPlugin } from './access-log';
import { graphqlHandler } from './graphql-handler';
import { closeServer, createHttpServer, listen } from './http-server';

interface Context {
  who?: string;
}

/** A logger like createLogger's (same mixin), writing its lines to `lines`. */
function capturingLogger(lines: Record<string, unknown>[]) {
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) lines.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  return pino({ level: 'info', base: { service: 'test' }, mixin: traceFields }, stream);
}

const TRACE_ID = '5bf92f3577b34da6a3ce929d0e0e4736';
const traceparent = `00-${TRACE_ID}-00f067aa0ba902b7-01`;
const TOKEN = 'secret-token-value';

describe('access lines and trace ids in log lines', () => {
  const exporter = new InMemorySpanExporter();
  const lines: Record<string, unknown>[] = [];
  let url: string;
  let stop: () => Promise<void>;

  beforeAll(async () => {
    startTracing({ serviceName: 'access-log-test', spanProcessors: [new SimpleSpanProcessor(exporter)] });
    const logger = capturingLogger(lines);
    const apollo = new ApolloServer<Context>({
      typeDefs: 'type Query { hello: String, partly: [String], broken: String }',
      resolvers: {
        Query: {
          hello: (_p: unknown, _a: unknown, context: Context) => {
            logger.info('resolving hello');
            return `hello ${context.who}`;
          },
          partly: () => ['a', null],
          broken: () => {
            throw new GraphQLError('Not here.', { extensions: { code: 'NOT_FOUND' } });
          },
        },
      },
      plugins: [accessLogPlugin<Context>({ caller: (context) => context.who })],
    });
    await apollo.start();
    const server = createHttpServer({
      logger,
      routes: {
        '/graphql': graphqlHandler<Context>({
          apollo,
          bodyLimitBytes: 10_000,
          context: async (req) => {
            if (req.headers.authorization === 'Bearer refused')
              throw new GraphQLError('Bad token.', { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
            return { who: req.headers.authorization ? '1880' : undefined };
          },
        }),
      },
    });
    const port = await listen(server, 0, '127.0.0.1');
    url = `http://127.0.0.1:${port}/graphql`;
    stop = async () => {
      await closeServer(server);
      await apollo.stop();
      await stopTracing();
    };
  });
  afterAll(() => stop());
  beforeEach(() => {
    lines.length = 0;
    exporter.reset();
  });

  const post = (body: unknown, headers: Record<string, string> = {}) =>
    fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

  it('writes one access line with operation, caller, outcome, status, duration and trace id, never the token', async () => {
    const response = await post({ query: 'query Greeting { hello }' }, { authorization: `Bearer ${TOKEN}`, traceparent });
    expect(await response.json()).toEqual({ data: { hello: 'hello 1880' } });
    const access = lines.filter((l) => l.msg === 'access');
    expect(access).toHaveLength(1);
    expect(access[0]).toMatchObject({
      service: 'test',
      method: 'POST',
      route: '/graphql',
      operation: 'Greeting',
      operationType: 'query',
      caller: '1880',
      outcome: 'ok',
      status: 200,
      trace_id: TRACE_ID,
    });
    expect(access[0].durationMs).toEqual(expect.any(Number));
    expect(access[0]).not.toHaveProperty('codes');
    expect(JSON.stringify(lines)).not.toContain(TOKEN);
  });

  it('puts the trace and span id of the request into a line logged while answering it', async () => {
    await post({ query: '{ hello }' }, { traceparent });
    const resolving = lines.find((l) => l.msg === 'resolving hello');
    expect(resolving).toMatchObject({ trace_id: TRACE_ID, span_id: expect.stringMatching(/^[0-9a-f]{16}$/) });
    const spans = exporter.getFinishedSpans();
    expect(spans.map((s) => s.name).sort()).toEqual(['POST /graphql', 'query', 'resolve Query.hello']);
    expect(new Set(spans.map((s) => s.spanContext().traceId))).toEqual(new Set([TRACE_ID]));
  });

  it('says partial with the codes when some fields failed, errors when none answered', async () => {
    await post({ query: 'query Mixed { hello broken }' });
    await post({ query: 'query Broken { broken }' });
    await post({ query: '{ nosuchfield }' });
    const access = lines.filter((l) => l.msg === 'access');
    expect(access.map((l) => [l.operation, l.caller, l.outcome, l.codes, l.status])).toEqual([
      ['Mixed', null, 'partial', ['NOT_FOUND'], 200],
      ['Broken', null, 'partial', ['NOT_FOUND'], 200],
      [null, null, 'errors', ['GRAPHQL_VALIDATION_FAILED'], 400],
    ]);
  });

  it('writes the line for a request refused before execution too, from its answer', async () => {
    const response = await post({ query: 'query Refused { hello }' }, { authorization: 'Bearer refused' });
    expect(response.status).toBe(401);
    const access = lines.filter((l) => l.msg === 'access');
    expect(access).toHaveLength(1);
    expect(access[0]).toMatchObject({ operation: null, caller: null, outcome: 'errors', codes: ['UNAUTHENTICATED'], status: 401 });
  });
});
