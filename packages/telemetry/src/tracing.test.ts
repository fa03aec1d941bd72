import { InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { SpanKind } from '@opentelemetry/api';
import {
  activeTraceId,
  inClientSpan,
  inServerSpan,
  recordFinishedSpan,
  startTracing,
  stopTracing,
  traceFields,
  tracingEnabled,
  tracingWanted,
} from './tracing';

const TRACE_ID = '4bf92f3577b34da6a3ce929d0e0e4736';
const PARENT_SPAN = '00f067aa0ba902b7';
const traceparent = `00-${TRACE_ID}-${PARENT_SPAN}-01`;

describe('tracing off (no endpoint)', () => {
  it('is not wanted without an OTLP endpoint, nor when disabled or exporter none', () => {
    expect(tracingWanted({})).toBe(false);
    expect(tracingWanted({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318' })).toBe(true);
    expect(tracingWanted({ OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'http://collector:4318/v1/traces' })).toBe(true);
    expect(tracingWanted({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318', OTEL_SDK_DISABLED: 'true' })).toBe(false);
    expect(tracingWanted({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318', OTEL_TRACES_EXPORTER: 'none' })).toBe(false);
    expect(() => tracingWanted({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318', OTEL_TRACES_EXPORTER: 'zipkin' })).toThrow(
      /OTEL_TRACES_EXPORTER must be "otlp" or "none", got "zipkin"/,
    );
  });

  it('starts nothing and runs work without spans or headers', async () => {
    expect(startTracing({ serviceName: 'test', env: {} })).toBe(false);
    expect(tracingEnabled()).toBe(false);
    const seen = await inServerSpan({ traceparent }, 'GET /x', {}, async (span) =>
      inClientSpan('call', {}, { authorization: 'Bearer t' }, async (headers, client) => ({ span, client, headers, fields: traceFields() })),
    );
    expect(seen).toEqual({ span: undefined, client: undefined, headers: { authorization: 'Bearer t' }, fields: {} });
  });
});

describe('tracing on (injected processor)', () => {
  const exporter = new InMemorySpanExporter();
  beforeAll(() => {
    expect(startTracing({ serviceName: 'unit', attributes: { 'service.instance.id': 'unit-1' }, spanProcessors: [new SimpleSpanProcessor(exporter)] })).toBe(
      true,
    );
  });
  afterAll(() => stopTracing());
  beforeEach(() => exporter.reset());

  it('refuses a second start', () => {
    expect(() => startTracing({ serviceName: 'again', spanProcessors: [] })).toThrow(/already started/);
  });

  it('continues the caller’s trace and passes it on to outgoing requests', async () => {
    const outgoing = await inServerSpan({ traceparent }, 'POST /graphql', { 'http.request.method': 'POST' }, async () => {
      expect(activeTraceId()).toBe(TRACE_ID);
      return inClientSpan('POST kommun-1880', {}, { authorization: 'Bearer t' }, async (headers) => {
        recordFinishedSpan('SELECT', { durationMs: 5 }, { 'db.query.text': 'select 1' });
        return headers;
      });
    });
    const spans = exporter.getFinishedSpans();
    const server = spans.find((s) => s.name === 'POST /graphql')!;
    const client = spans.find((s) => s.name === 'POST kommun-1880')!;
    const sql = spans.find((s) => s.name === 'SELECT')!;
    expect([server, client, sql].map((s) => s.spanContext().traceId)).toEqual([TRACE_ID, TRACE_ID, TRACE_ID]);
    expect(server.kind).toBe(SpanKind.SERVER);
    expect(server.parentSpanContext?.spanId).toBe(PARENT_SPAN);
    expect(client.kind).toBe(SpanKind.CLIENT);
    expect(client.parentSpanContext?.spanId).toBe(server.spanContext().spanId);
    expect(sql.parentSpanContext?.spanId).toBe(client.spanContext().spanId);
    expect(server.resource.attributes).toMatchObject({ 'service.name': 'unit', 'service.instance.id': 'unit-1' });
    // The outgoing request names the client span as its parent, keeping what it had.
    expect(outgoing).toEqual({ authorization: 'Bearer t', traceparent: `00-${TRACE_ID}-${client.spanContext().spanId}-01` });
  });

  it('gives log fields of the active span, none outside one', async () => {
    expect(traceFields()).toEqual({});
    const fields = await inServerSpan({}, 'GET /', {}, async (span) => ({ fields: traceFields(), ids: span!.spanContext() }));
    expect(fields.fields).toEqual({ trace_id: fields.ids.traceId, span_id: fields.ids.spanId });
    expect(fields.ids.traceId).toMatch(/^[0-9a-f]{32}$/);
  });

  it('records a failure and rethrows it', async () => {
    await expect(
      inServerSpan({}, 'POST /fail', {}, async () => {
        throw new Error('broken');
      }),
    ).rejects.toThrow('broken');
    const [span] = exporter.getFinishedSpans();
    expect(span.status).toEqual({ code: 2, message: 'broken' });
  });
});
