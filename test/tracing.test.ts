import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mintDevelopmentToken } from '@orebro/huvudman-auth';
import { example } from './support/examples';
import { startTestFederation, type TestFederation } from './support/test-federation';

/** A span as the OTLP/HTTP JSON exporter sends it (ids in hex), with its service from the resource. */
interface ReceivedSpan {
  service: string;
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  kind: number;
  attributes: Record<string, unknown>;
}

interface OtlpExport {
  resourceSpans: {
    resource: { attributes: OtlpAttribute[] };
    scopeSpans: { spans: { traceId: string; spanId: string; parentSpanId?: string; name: string; kind: number; attributes?: OtlpAttribute[] }[] }[];
  }[];
}
interface OtlpAttribute {
  key: string;
  value: { stringValue?: string; intValue?: string | number; boolValue?: boolean };
}

const valueOf = (attribute: OtlpAttribute) => attribute.value.stringValue ?? attribute.value.intValue ?? attribute.value.boolValue;
const attributesOf = (attributes: OtlpAttribute[] = []) => Object.fromEntries(attributes.map((a) => [a.key, valueOf(a)]));

/**
 * An OpenTelemetry collector for the test: receives what every service exports over OTLP/HTTP (JSON, the
 * exporter's default encoding) and keeps the spans in memory. The services are separate processes, so
 * the spans reach the test the way they reach Jaeger or Tempo in production.
 */
async function startCollector(): Promise<{ url: string; spans: ReceivedSpan[]; requests: string[]; server: Server }> {
  const spans: ReceivedSpan[] = [];
  const requests: string[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      requests.push(`${req.method} ${req.url} ${req.headers['content-type']}`);
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as OtlpExport;
      for (const resourceSpans of body.resourceSpans) {
        const service = String(attributesOf(resourceSpans.resource.attributes)['service.name']);
        for (const scope of resourceSpans.scopeSpans)
          for (const span of scope.spans)
            spans.push({
              service,
              traceId: span.traceId,
              spanId: span.spanId,
              parentSpanId: span.parentSpanId || undefined,
              name: span.name,
              kind: span.kind,
              attributes: attributesOf(span.attributes),
            });
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, spans, requests, server };
}

/** Waits until `check` holds (spans are exported in batches), or fails after `limitMs` showing what was there. */
async function eventually<T>(what: string, check: () => T | undefined, describe: () => string, limitMs = 60_000): Promise<T> {
  const deadline = Date.now() + limitMs;
  for (;;) {
    const found = check();
    if (found !== undefined) return found;
    if (Date.now() > deadline) throw new Error(`${what} did not happen within ${limitMs} ms; seen: ${describe()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const TRACE_ID = '0af7651916cd43dd8448eb211c80319c';
const CALLER_SPAN = 'b7ad6b7169203331';
const SERVER = 2;
const CLIENT = 3;

/** The JSON lines of a process's output (pino writes one object per line). */
const jsonLines = (output: readonly string[]) =>
  output.flatMap((line) => {
    try {
      return [JSON.parse(line) as Record<string, unknown>];
    } catch {
      return [];
    }
  });

describe('one trace from the gateway through samverkan and every kommun instance of a fan-out, down to SQL', () => {
  let collector: Awaited<ReturnType<typeof startCollector>>;
  let federation: TestFederation;
  let token: string;
  let answer: { data?: { huvudmen: { municipality: { code: string; population: number | null } | null }[] } | null; errors?: unknown[] };

  beforeAll(async () => {
    collector = await startCollector();
    federation = await startTestFederation({
      kommuner: ['1880', '1881'],
      env: { OTEL_EXPORTER_OTLP_ENDPOINT: collector.url, OTEL_BSP_SCHEDULE_DELAY: '100', LOG_LEVEL: 'info' },
    });
    token = await mintDevelopmentToken({ huvudman: '1880' });
    const { query, variables } = example('huvudman-overview');
    const response = await fetch(federation.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, traceparent: `00-${TRACE_ID}-${CALLER_SPAN}-01` },
      body: JSON.stringify({ query, variables, operationName: 'HuvudmanOverview' }),
    });
    answer = (await response.json()) as typeof answer;
  });
  afterAll(async () => {
    await federation?.stop();
    collector?.server.close();
  });

  const traceSpans = () => collector.spans.filter((s) => s.traceId === TRACE_ID);
  const seen = () => [...new Set(collector.spans.map((s) => `${s.service}:${s.name}:${s.traceId.slice(0, 8)}`))].join(', ');

  it('answers with the kommun instances’ data (the two running ones)', () => {
    const populations = answer.data!.huvudmen.flatMap((h) => (h.municipality?.population != null ? [h.municipality.code] : []));
    expect(populations.sort()).toEqual(['1880', '1881']);
  });

  it('exports spans of the gateway, samverkan and both kommun instances, all in the caller’s trace', async () => {
    const services = ['gateway', 'samverkan', 'kommun-1880', 'kommun-1881'];
    await eventually(
      'spans from every service in the trace',
      () => (services.every((service) => traceSpans().some((s) => s.service === service && s.kind === SERVER)) ? true : undefined),
      seen,
    );
    expect(collector.requests[0]).toMatch(/^POST \/v1\/traces application\/json/);
    // The gateway's server span continues the caller's span; each instance's server span is the child of
    // the gateway's client span to it, so the instances' spans hang under the gateway's in the trace.
    const gatewayServer = traceSpans().find((s) => s.service === 'gateway' && s.kind === SERVER)!;
    expect(gatewayServer.parentSpanId).toBe(CALLER_SPAN);
    expect(gatewayServer.name).toBe('POST /graphql');
    for (const service of ['samverkan', 'kommun-1880', 'kommun-1881']) {
      const server = traceSpans().find((s) => s.service === service && s.kind === SERVER)!;
      const client = traceSpans().find((s) => s.spanId === server.parentSpanId);
      expect({ service, parent: client && { service: client.service, kind: client.kind } }).toEqual({ service, parent: { service: 'gateway', kind: CLIENT } });
    }
    const kommunFetch = traceSpans().find((s) => s.service === 'gateway' && s.name === 'POST kommun 1881');
    expect(kommunFetch?.kind).toBe(CLIENT);
    // Apollo Gateway's own spans (plan, fetch) join the same trace.
    expect(traceSpans().some((s) => s.service === 'gateway' && s.name === 'gateway.plan')).toBe(true);
  });

  it('has the GraphQL operation and SQL statements as spans under each kommun instance’s request', async () => {
    for (const service of ['kommun-1880', 'kommun-1881']) {
      const sql = await eventually(
        `SQL spans of ${service}`,
        () => {
          const found = traceSpans().filter((s) => s.service === service && s.attributes['db.system.name'] !== undefined);
          return found.length > 0 ? found : undefined;
        },
        seen,
      );
      const server = traceSpans().find((s) => s.service === service && s.kind === SERVER)!;
      // Each SQL span descends from the instance's server span (through the spans between them).
      for (const statement of sql) {
        let at: ReceivedSpan | undefined = statement;
        while (at && at.spanId !== server.spanId) at = traceSpans().find((s) => s.spanId === at!.parentSpanId && s.service === service);
        expect({ statement: statement.name, under: at?.spanId }).toEqual({ statement: statement.name, under: server.spanId });
      }
      expect(sql.map((s) => s.attributes['db.query.text']).join('\n')).toMatch(/select/i);
      expect(sql[0].kind).toBe(CLIENT);
      expect(traceSpans().some((s) => s.service === service && s.attributes['graphql.operation.type'] === 'query')).toBe(true);
    }
  });

  it('writes one access line per request at the gateway and at each instance, with the trace id and without the token', async () => {
    const accessLine = (output: readonly string[]) => jsonLines(output).filter((l) => l.msg === 'access' && l.trace_id === TRACE_ID);
    const gatewayLines = accessLine(federation.gateway.output);
    expect(gatewayLines).toHaveLength(1);
    expect(gatewayLines[0]).toMatchObject({
      level: 30,
      service: 'gateway',
      method: 'POST',
      route: '/graphql',
      operation: 'HuvudmanOverview',
      operationType: 'query',
      caller: '1880',
      status: 200,
      trace_id: TRACE_ID,
    });
    // Ten of the twelve kommuner have no instance in this federation: data with errors naming them.
    expect(gatewayLines[0].outcome).toBe('partial');
    expect(gatewayLines[0].codes).toEqual(['HUVUDMAN_UNAVAILABLE']);
    expect(typeof gatewayLines[0].durationMs).toBe('number');
    expect(gatewayLines[0].span_id).toMatch(/^[0-9a-f]{16}$/);
    for (const instance of ['samverkan', 'kommun-1880', 'kommun-1881']) {
      const lines = accessLine(federation.instance(instance).output);
      expect({ instance, count: lines.length }).toEqual({ instance, count: 1 });
      expect(lines[0]).toMatchObject({ route: '/graphql', caller: '1880', outcome: 'ok', status: 200 });
    }
    // Not the token, nor any part of it, in any line of any process.
    const everything = [federation.gateway, ...federation.subgraphs].flatMap((p) => p.output).join('\n');
    expect(everything).not.toContain(token.split('.')[2]);
    expect(everything).not.toContain(token.split('.')[1]);
  });

  it('writes an access line for a refused request too (a bad token), naming no caller', async () => {
    const response = await fetch(federation.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer not-a-token', traceparent: `00-${'1'.repeat(32)}-${CALLER_SPAN}-01` },
      body: JSON.stringify({ query: 'query Refused { huvudmen { id } }' }),
    });
    expect(response.status).toBe(401);
    const line = await eventually(
      'the access line of the refused request',
      () => jsonLines(federation.gateway.output).find((l) => l.msg === 'access' && l.trace_id === '1'.repeat(32)),
      () => federation.gateway.output.slice(-5).join('\n'),
    );
    expect(line).toMatchObject({ status: 401, caller: null, outcome: 'errors', codes: ['UNAUTHENTICATED'] });
    expect(JSON.stringify(line)).not.toContain('not-a-token');
  });

  it('reports at start what each instance did to its database: migrations or schema, and seeding', () => {
    for (const instance of ['samverkan', 'kommun-1880']) {
      const lines = jsonLines(federation.instance(instance).output);
      expect({ instance, schema: lines.some((l) => /database schema up to date|applied \d+ migration|schema generator/.test(String(l.msg))) }).toEqual({
        instance,
        schema: true,
      });
      const seeded = lines.find((l) => l.msg === 'seeded empty areas');
      expect(seeded?.rows).toEqual(expect.any(Object));
      expect(Object.values(seeded!.rows as Record<string, number>).some((count) => count > 0)).toBe(true);
    }
  });
});
